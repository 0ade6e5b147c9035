package nl.inburgering.portal.openhouse.registratie;

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
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.aanbieder.AanbiederGegevens;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.EmailAddress;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A provider's request to join the portal, made without login on the public Open House pages (issue
 * 3). The account it asks for works only after a contract manager approves it: the lead municipality
 * decides who acts as a provider in its portal (DESIGN.md, "Users"). On approval the provider is
 * created in contracts-core and the web layer makes the account.
 *
 * <p>Rules kept here:
 * <ul>
 * <li>KvK number, IBAN, e-mail and BRIN/RIO code are validated in their value objects; an
 * ONDERWIJSINSTELLING gives its BRIN/RIO code, and only an institution may state WEB recognition
 * (with its date), as for {@code Aanbieder}.</li>
 * <li>Only the password hash made by the web layer is stored, and only until the account is made or
 * the request is rejected ({@link #wisWachtwoordHash}).</li>
 * <li>{@code AANGEVRAAGD -> GOEDGEKEURD | AFGEWEZEN}, once.</li>
 * </ul>
 */
@Entity
@Table(name = "registratie")
public class Registratie {

    static final int MAX_NAAM = 200;
    static final int MAX_CONTACT = 120;
    static final int MAX_TELEFOON = 30;
    static final int MAX_HASH = 200;
    static final int MAX_REDEN = 2000;
    /** As portal-web's accounts. */
    static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,49}");
    private static final Pattern TELEFOON = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RegistratieStatus status;

    @Column(name = "naam", nullable = false, length = MAX_NAAM)
    private String naam;

    @Column(name = "kvk_nummer", nullable = false, length = 8)
    private KvkNumber kvkNummer;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, length = 30)
    private AanbiederSoort soort;

    @Column(name = "brin_code", length = 8)
    private BrinCode brinCode;

    @Column(name = "web_erkend", nullable = false)
    private boolean webErkend;

    @Column(name = "web_erkend_sinds")
    private LocalDate webErkendSinds;

    @Column(name = "iban", nullable = false, length = 34)
    private Iban iban;

    @Column(name = "contact_naam", nullable = false, length = MAX_CONTACT)
    private String contactNaam;

    @Column(name = "contact_email", nullable = false, length = 254)
    private EmailAddress contactEmail;

    @Column(name = "contact_telefoon", length = MAX_TELEFOON)
    private String contactTelefoon;

    @Column(name = "gebruikersnaam", nullable = false, length = 50)
    private String gebruikersnaam;

    @Column(name = "wachtwoord_hash", length = MAX_HASH)
    private String wachtwoordHash;

    @Column(name = "aangevraagd_op", nullable = false)
    private Instant aangevraagdOp;

    @Column(name = "beoordeeld_op")
    private Instant beoordeeldOp;

    @Column(name = "beoordeeld_door", length = 100)
    private String beoordeeldDoor;

    @Column(name = "afwijzingsreden", length = MAX_REDEN)
    private String afwijzingsreden;

    @Column(name = "aanbieder_id")
    private Long aanbiederId;

    protected Registratie() {
    }

    /** A new request; every invalid field is reported at once. */
    public Registratie(RegistratieGegevens in, Instant aangevraagdOp) {
        FieldChecks checks = new FieldChecks();
        String n = checks.requiredText("naam", in.naam(), MAX_NAAM);
        KvkNumber kvk = checks.required("kvkNummer", in.kvkNummer(), KvkNumber::of);
        BrinCode brin = null;
        boolean heeftBrin = in.brinCode() != null && !in.brinCode().isBlank();
        if (checks.required("soort", in.soort()) != null) {
            boolean instelling = in.soort() == AanbiederSoort.ONDERWIJSINSTELLING;
            if (instelling && heeftBrin) {
                brin = checks.optional("brinCode", in.brinCode(), BrinCode::of);
            } else if (instelling) {
                checks.add("brinCode", "brin.verplicht", "Een onderwijsinstelling vult haar BRIN- of RIO-code in.");
            } else {
                checks.check(!heeftBrin, "brinCode", "brin.alleen-instelling",
                        "Alleen een onderwijsinstelling heeft een BRIN- of RIO-code.");
            }
            checks.check(instelling || !in.webErkend(), "webErkend", "web.alleen-instelling",
                    "Alleen een onderwijsinstelling kan WEB-erkend zijn.");
        }
        checks.check(!in.webErkend() || in.webErkendSinds() != null, "webErkendSinds", "web.datum-verplicht",
                "Vul in sinds wanneer de instelling WEB-erkend is.");
        checks.check(in.webErkend() || in.webErkendSinds() == null, "webErkendSinds", "web.datum-zonder-erkenning",
                "Een datum van WEB-erkenning hoort alleen bij een erkende instelling.");
        Iban i = checks.required("iban", in.iban(), Iban::of);
        String contact = checks.requiredText("contactNaam", in.contactNaam(), MAX_CONTACT);
        EmailAddress email = checks.required("contactEmail", in.contactEmail(), EmailAddress::of);
        String telefoon = checks.optionalText("contactTelefoon", in.contactTelefoon(), MAX_TELEFOON);
        if (telefoon != null) {
            checks.check(TELEFOON.matcher(telefoon).matches(), "contactTelefoon", "telefoon.ongeldig",
                    "Een telefoonnummer bestaat uit cijfers, eventueel met +, spaties, haakjes of streepjes.");
        }
        String gebruiker = normaliseerGebruikersnaam(in.gebruikersnaam());
        if (checks.required("gebruikersnaam", gebruiker.isEmpty() ? null : gebruiker) != null) {
            checks.check(GEBRUIKERSNAAM.matcher(gebruiker).matches(), "gebruikersnaam", "gebruikersnaam.ongeldig",
                    "Een gebruikersnaam heeft 3 tot 50 tekens: kleine letters, cijfers en . _ @ -, "
                            + "en begint met een letter of cijfer.");
        }
        if (in.wachtwoordHash() == null || in.wachtwoordHash().isBlank() || in.wachtwoordHash().length() > MAX_HASH) {
            throw new IllegalArgumentException("the web layer hands over a password hash of at most " + MAX_HASH
                    + " characters");
        }
        checks.throwIfAny();
        this.status = RegistratieStatus.AANGEVRAAGD;
        this.naam = n;
        this.kvkNummer = kvk;
        this.soort = in.soort();
        this.brinCode = brin;
        this.webErkend = in.webErkend();
        this.webErkendSinds = in.webErkendSinds();
        this.iban = i;
        this.contactNaam = contact;
        this.contactEmail = email;
        this.contactTelefoon = telefoon;
        this.gebruikersnaam = gebruiker;
        this.wachtwoordHash = in.wachtwoordHash();
        this.aangevraagdOp = Objects.requireNonNull(aangevraagdOp, "aangevraagdOp");
    }

    /** Trimmed and lower case, as portal-web stores user names; empty for none. */
    public static String normaliseerGebruikersnaam(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** The provider as contracts-core creates it on approval. */
    public AanbiederGegevens alsAanbieder() {
        return new AanbiederGegevens(naam, kvkNummer.value(), soort, brinCode == null ? null : brinCode.value(),
                webErkend, webErkendSinds, iban.value(), contactEmail.value());
    }

    /** Approved: the provider has been created in contracts-core with this id. */
    public void keurGoed(long nieuweAanbiederId, String door, Instant op) {
        eisAangevraagd();
        status = RegistratieStatus.GOEDGEKEURD;
        aanbiederId = nieuweAanbiederId;
        beoordeeldDoor = Objects.requireNonNull(door, "door");
        beoordeeldOp = Objects.requireNonNull(op, "op");
    }

    /** Rejected, with a reason; the password hash is removed at once. */
    public void wijsAf(String reden, String door, Instant op) {
        eisAangevraagd();
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, MAX_REDEN);
        checks.throwIfAny();
        status = RegistratieStatus.AFGEWEZEN;
        afwijzingsreden = r;
        beoordeeldDoor = Objects.requireNonNull(door, "door");
        beoordeeldOp = Objects.requireNonNull(op, "op");
        wachtwoordHash = null;
    }

    /** The account has been made (or will not be): the hash is no longer kept. */
    public void wisWachtwoordHash() {
        if (status == RegistratieStatus.AANGEVRAAGD) {
            throw new StateConflictException("Deze registratie is nog niet beoordeeld.");
        }
        wachtwoordHash = null;
    }

    /** Refuses a second decision. */
    void eisAangevraagd() {
        if (status != RegistratieStatus.AANGEVRAAGD) {
            throw new StateConflictException("Deze registratie is al " + (status == RegistratieStatus.GOEDGEKEURD
                    ? "goedgekeurd" : "afgewezen") + ".");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public RegistratieStatus getStatus() {
        return status;
    }

    public String getNaam() {
        return naam;
    }

    public KvkNumber getKvkNummer() {
        return kvkNummer;
    }

    public AanbiederSoort getSoort() {
        return soort;
    }

    public BrinCode getBrinCode() {
        return brinCode;
    }

    /** As the provider states it; checked by the contract manager. */
    public boolean isWebErkend() {
        return webErkend;
    }

    public LocalDate getWebErkendSinds() {
        return webErkendSinds;
    }

    public Iban getIban() {
        return iban;
    }

    public String getContactNaam() {
        return contactNaam;
    }

    public EmailAddress getContactEmail() {
        return contactEmail;
    }

    public String getContactTelefoon() {
        return contactTelefoon;
    }

    /** Lower case, as portal-web stores it. */
    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    /**
     * The hash the web layer made, to create the account with after approval; null once the account
     * is made or the request rejected.
     */
    public String getWachtwoordHash() {
        return wachtwoordHash;
    }

    public Instant getAangevraagdOp() {
        return aangevraagdOp;
    }

    public Instant getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public String getBeoordeeldDoor() {
        return beoordeeldDoor;
    }

    public String getAfwijzingsreden() {
        return afwijzingsreden;
    }

    /** GOEDGEKEURD: the provider created in contracts-core. */
    public Long getAanbiederId() {
        return aanbiederId;
    }

    @Override
    public String toString() {
        return naam + " (KvK " + kvkNummer + ")";
    }
}
