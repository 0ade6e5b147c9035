package nl.inburgering.portal.contracts.gemeente;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.CbsCode;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Oin;

/**
 * A municipality of the region (DESIGN.md, "Domain model", Gemeente). Under the Wet inburgering 2021
 * each gemeente is responsible for its own inburgeraars; the lead municipality
 * (centrumgemeente, {@link #isLead()}) buys on behalf of all and charges each participating gemeente
 * its share. Reference data: identified by its CBS code, with an OIN (needed as party identifier on
 * the UBL statements) and a billing contact.
 *
 * <p>The region has at most one lead; {@link GemeenteService} enforces that, the database too.
 */
@Entity
@Table(name = "gemeente")
public class Gemeente {

    static final int MAX_NAAM = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "cbs_code", nullable = false, unique = true, length = 4)
    private CbsCode cbsCode;

    @Column(name = "naam", nullable = false, length = MAX_NAAM)
    private String naam;

    @Column(name = "oin", length = 20)
    private Oin oin;

    @Column(name = "is_lead", nullable = false)
    private boolean lead;

    @Embedded
    private FactuurContact factuurContact;

    protected Gemeente() {
    }

    /**
     * @param oin            optional
     * @param factuurContact optional
     */
    public Gemeente(CbsCode cbsCode, String naam, Oin oin, boolean lead, FactuurContact factuurContact) {
        this.cbsCode = Objects.requireNonNull(cbsCode, "cbsCode");
        wijzig(naam, oin, lead, factuurContact);
    }

    /** Changes everything but the CBS code, which identifies the gemeente for good. */
    public void wijzig(String naam, Oin oin, boolean lead, FactuurContact factuurContact) {
        if (naam == null || naam.isBlank()) {
            throw InvalidInputException.of("naam", "verplicht", "Vul de naam van de gemeente in.");
        }
        if (naam.strip().length() > MAX_NAAM) {
            throw InvalidInputException.of("naam", "te-lang", "Hoogstens " + MAX_NAAM + " tekens.");
        }
        this.naam = naam.strip();
        this.oin = oin;
        this.lead = lead;
        this.factuurContact = factuurContact;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public CbsCode getCbsCode() {
        return cbsCode;
    }

    public String getNaam() {
        return naam;
    }

    /** Optional. */
    public Oin getOin() {
        return oin;
    }

    /** Whether this is the centrumgemeente that buys for the region. */
    public boolean isLead() {
        return lead;
    }

    /** Optional. */
    public FactuurContact getFactuurContact() {
        return factuurContact;
    }

    @Override
    public String toString() {
        return naam + " (" + cbsCode + ")";
    }
}
