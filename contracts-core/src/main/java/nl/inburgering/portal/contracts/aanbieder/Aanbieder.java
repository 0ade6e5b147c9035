package nl.inburgering.portal.contracts.aanbieder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.EmailAddress;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.KvkNumber;

/**
 * A provider of inburgering courses (DESIGN.md, "Domain model", Aanbieder): a
 * {@link AanbiederSoort#TAALAANBIEDER} or an {@link AanbiederSoort#ONDERWIJSINSTELLING}.
 *
 * <p>Two qualifications decide what a provider may do (DESIGN.md, "Eligibility", rule 3):
 * <ul>
 * <li><b>WEB recognition</b> (Wet educatie en beroepsonderwijs): only a recognised education
 * institution may give the onderwijsroute ({@link #isWebErkendOp(LocalDate)}). Only an
 * ONDERWIJSINSTELLING can be WEB-recognised or have a BRIN/RIO code.</li>
 * <li><b>The Blik op Werk keurmerk inburgering</b> (Besluit inburgering 2021): the B1- and
 * Z-route only with a keurmerk {@link KeurmerkStatus#GELDIG} on the planned start date. The history
 * is append-only in time: {@link #registreerKeurmerk} refuses a period that does not start after the
 * latest one, so "status on date D" ({@link #keurmerkStatusOp(LocalDate)}) is always well defined.</li>
 * </ul>
 * KvK number and IBAN are validated in their value objects; uniqueness of the KvK number across
 * providers is the service's check (and a database constraint).
 */
@Entity
@Table(name = "aanbieder")
public class Aanbieder {

    static final int MAX_NAAM = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "naam", nullable = false, length = MAX_NAAM)
    private String naam;

    @Column(name = "kvk_nummer", nullable = false, unique = true, length = 8)
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

    @Column(name = "contact_email", length = 254)
    private EmailAddress contactEmail;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aanbieder_keurmerk", joinColumns = @JoinColumn(name = "aanbieder_id"))
    @OrderBy("vanaf ASC")
    private List<KeurmerkPeriode> keurmerkHistorie = new ArrayList<>();

    protected Aanbieder() {
    }

    /**
     * @param brinCode       optional; only for an ONDERWIJSINSTELLING
     * @param webErkend      only an ONDERWIJSINSTELLING; then {@code webErkendSinds} is required
     * @param contactEmail   optional
     */
    public Aanbieder(String naam, KvkNumber kvkNummer, AanbiederSoort soort, BrinCode brinCode, boolean webErkend,
            LocalDate webErkendSinds, Iban iban, EmailAddress contactEmail) {
        zet(naam, kvkNummer, soort, brinCode, webErkend, webErkendSinds, iban, contactEmail);
    }

    /** Changes the provider's details; the keurmerk history changes only through {@link #registreerKeurmerk}. */
    public void wijzig(String naam, KvkNumber kvkNummer, AanbiederSoort soort, BrinCode brinCode, boolean webErkend,
            LocalDate webErkendSinds, Iban iban, EmailAddress contactEmail) {
        zet(naam, kvkNummer, soort, brinCode, webErkend, webErkendSinds, iban, contactEmail);
    }

    private void zet(String naam, KvkNumber kvkNummer, AanbiederSoort soort, BrinCode brinCode, boolean webErkend,
            LocalDate webErkendSinds, Iban iban, EmailAddress contactEmail) {
        FieldChecks checks = new FieldChecks();
        String n = checks.requiredText("naam", naam, MAX_NAAM);
        checks.required("kvkNummer", kvkNummer);
        checks.required("iban", iban);
        checkSoort(checks, soort, brinCode != null, webErkend, webErkendSinds);
        checks.throwIfAny();
        this.naam = n;
        this.kvkNummer = kvkNummer;
        this.soort = soort;
        this.brinCode = brinCode;
        this.webErkend = webErkend;
        this.webErkendSinds = webErkendSinds;
        this.iban = iban;
        this.contactEmail = contactEmail;
    }

    /** The rules that tie BRIN code and WEB recognition to the kind of provider. */
    static void checkSoort(FieldChecks checks, AanbiederSoort soort, boolean heeftBrin, boolean webErkend,
            LocalDate webErkendSinds) {
        if (checks.required("soort", soort) == null) {
            return;
        }
        boolean instelling = soort == AanbiederSoort.ONDERWIJSINSTELLING;
        checks.check(instelling || !heeftBrin, "brinCode", "brin.alleen-instelling",
                "Alleen een onderwijsinstelling heeft een BRIN- of RIO-code.");
        checks.check(instelling || !webErkend, "webErkend", "web.alleen-instelling",
                "Alleen een onderwijsinstelling kan WEB-erkend zijn.");
        checks.check(!webErkend || webErkendSinds != null, "webErkendSinds", "web.datum-verplicht",
                "Vul in sinds wanneer de instelling WEB-erkend is.");
        checks.check(webErkend || webErkendSinds == null, "webErkendSinds", "web.datum-zonder-erkenning",
                "Een datum van WEB-erkenning hoort alleen bij een erkende instelling.");
    }

    /**
     * Adds a period to the keurmerk history. It must start after the latest period: history is
     * recorded in order and never rewritten (a correction is a new period).
     *
     * @param geldigTot required for GELDIG, optional otherwise
     */
    public KeurmerkPeriode registreerKeurmerk(KeurmerkStatus status, LocalDate vanaf, LocalDate geldigTot) {
        KeurmerkPeriode periode = new KeurmerkPeriode(status, vanaf, geldigTot);
        Optional<KeurmerkPeriode> laatste = laatsteKeurmerkPeriode();
        if (laatste.isPresent() && !vanaf.isAfter(laatste.get().getVanaf())) {
            throw InvalidInputException.of("vanaf", "keurmerk.volgorde",
                    "Een nieuwe keurmerkperiode begint na de laatste (vanaf " + laatste.get().getVanaf() + ").");
        }
        keurmerkHistorie.add(periode);
        return periode;
    }

    /**
     * The keurmerk status on a date: that of the latest period that started on or before it, unless
     * that period's valid-until date has passed. Empty when no period applies: before the first
     * period, or after the latest one has expired (an expired GELDIG keurmerk is no keurmerk; the
     * spec has no status for "none", so there is no enum value for it).
     */
    public Optional<KeurmerkStatus> keurmerkStatusOp(LocalDate d) {
        return keurmerkPeriodeOp(d).map(KeurmerkPeriode::getStatus);
    }

    /** The period in force on a date, by the rule of {@link #keurmerkStatusOp(LocalDate)}. */
    public Optional<KeurmerkPeriode> keurmerkPeriodeOp(LocalDate d) {
        Objects.requireNonNull(d, "datum");
        return gesorteerd().stream()
                .filter(p -> !p.getVanaf().isAfter(d))
                .reduce((eerder, later) -> later)
                .filter(p -> p.dektDatum(d));
    }

    /** Eligibility rule 3 for the B1- and Z-route: keurmerk GELDIG on this date. */
    public boolean heeftGeldigKeurmerkOp(LocalDate d) {
        return keurmerkStatusOp(d).filter(s -> s == KeurmerkStatus.GELDIG).isPresent();
    }

    public Optional<KeurmerkPeriode> laatsteKeurmerkPeriode() {
        List<KeurmerkPeriode> g = gesorteerd();
        return g.isEmpty() ? Optional.empty() : Optional.of(g.get(g.size() - 1));
    }

    /** Eligibility rule 3 for the onderwijsroute: a WEB-recognised education institution on this date. */
    public boolean isWebErkendOp(LocalDate d) {
        return soort == AanbiederSoort.ONDERWIJSINSTELLING && webErkend && webErkendSinds != null
                && !d.isBefore(webErkendSinds);
    }

    private List<KeurmerkPeriode> gesorteerd() {
        List<KeurmerkPeriode> g = new ArrayList<>(keurmerkHistorie);
        g.sort(Comparator.comparing(KeurmerkPeriode::getVanaf));
        return g;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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

    /** Optional; only for an ONDERWIJSINSTELLING. */
    public BrinCode getBrinCode() {
        return brinCode;
    }

    public boolean isWebErkend() {
        return webErkend;
    }

    /** Set if and only if WEB-recognised. */
    public LocalDate getWebErkendSinds() {
        return webErkendSinds;
    }

    public Iban getIban() {
        return iban;
    }

    /** Optional. */
    public EmailAddress getContactEmail() {
        return contactEmail;
    }

    /** The keurmerk history, oldest first; read-only. */
    public List<KeurmerkPeriode> getKeurmerkHistorie() {
        return List.copyOf(gesorteerd());
    }

    @Override
    public String toString() {
        return naam + " (KvK " + kvkNummer + ")";
    }
}
