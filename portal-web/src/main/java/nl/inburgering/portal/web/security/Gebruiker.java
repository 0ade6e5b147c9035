package nl.inburgering.portal.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;

/**
 * A person who logs in to the portal. A GEMEENTE user is bound to one gemeente and an AANBIEDER user
 * to one provider for as long as the account exists; that binding is their tenancy (DESIGN.md,
 * "Users and what each may see"). Accounts are deactivated, never deleted, so the audit log keeps
 * pointing at someone.
 */
@Entity
@Table(name = "gebruiker")
public class Gebruiker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "gebruikersnaam", nullable = false, unique = true, length = 50)
    private String gebruikersnaam;

    @Column(name = "naam", nullable = false, length = 120)
    private String naam;

    @Column(name = "wachtwoord_hash", nullable = false, length = 200)
    private String wachtwoordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", nullable = false, length = 30)
    private Role rol;

    @Column(name = "gemeente_id")
    private Long gemeenteId;

    @Column(name = "aanbieder_id")
    private Long aanbiederId;

    @Column(name = "actief", nullable = false)
    private boolean actief;

    @Column(name = "aangemaakt", nullable = false)
    private Instant aangemaakt;

    protected Gebruiker() {
    }

    Gebruiker(String gebruikersnaam, String naam, String wachtwoordHash, Role rol, Long gemeenteId,
            Long aanbiederId, Instant aangemaakt) {
        // Actor's constructor enforces the role/tenant binding
        new Actor(gebruikersnaam, rol, gemeenteId, aanbiederId);
        this.gebruikersnaam = gebruikersnaam;
        this.naam = naam;
        this.wachtwoordHash = wachtwoordHash;
        this.rol = rol;
        this.gemeenteId = gemeenteId;
        this.aanbiederId = aanbiederId;
        this.actief = true;
        this.aangemaakt = aangemaakt;
    }

    Actor asActor() {
        return new Actor(gebruikersnaam, rol, gemeenteId, aanbiederId);
    }

    void activeer(boolean actief) {
        this.actief = actief;
    }

    void wijzigWachtwoord(String hash) {
        this.wachtwoordHash = hash;
    }

    public Long getId() {
        return id;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public Role getRol() {
        return rol;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public boolean isActief() {
        return actief;
    }

    GebruikerView view() {
        return new GebruikerView(id, gebruikersnaam, naam, rol, gemeenteId, aanbiederId, actief);
    }
}
