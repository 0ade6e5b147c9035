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
import nl.inburgering.portal.contracts.shared.Iban;
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

    /** The town hall's address ({@link Adres}); the three columns are all set or all null. */
    @Column(name = "straat", length = Adres.MAX_STRAAT)
    private String straat;

    @Column(name = "postcode", length = 7)
    private String postcode;

    @Column(name = "plaats", length = Adres.MAX_PLAATS)
    private String plaats;

    /** The account a participating gemeente pays its statement to: needed of the lead. */
    @Column(name = "iban", length = 34)
    private Iban iban;

    /** The VAT identifier ({@code NL001589623B01}): needed of the lead, which charges VAT on the statements. */
    @Column(name = "btw_nummer", length = 14)
    private String btwNummer;

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

    /**
     * Sets what the UBL invoice of a statement needs (SI-UBL 2.0 / NLCIUS): the address, and of the lead the
     * IBAN and VAT identifier. Each may be null; {@link GemeenteService#wijzigFactuurgegevens} validates.
     */
    public void wijzigFactuurgegevens(Adres adres, Iban iban, String btwNummer) {
        this.straat = adres == null ? null : adres.straat();
        this.postcode = adres == null ? null : adres.postcode();
        this.plaats = adres == null ? null : adres.plaats();
        this.iban = iban;
        this.btwNummer = btwNummer;
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

    /** Optional: the town hall's postal address. */
    public Adres getAdres() {
        return straat == null ? null : new Adres(straat, postcode, plaats);
    }

    /** Optional. */
    public Iban getIban() {
        return iban;
    }

    /** Optional. */
    public String getBtwNummer() {
        return btwNummer;
    }

    @Override
    public String toString() {
        return naam + " (" + cbsCode + ")";
    }
}
