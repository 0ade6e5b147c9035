package nl.inburgering.portal.contracts.placement;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A placement of one inburgeraar on one contract (DESIGN.md, "Domain model", Plaatsing), from the
 * gemeente's referral to its end.
 *
 * <p>A referral is a placement in status {@link PlaatsingStatus#AANGEMELD}, still without contract: the
 * pool the contract manager allocates from. The life cycle is the state machine of
 * {@link PlaatsingActie}; each step is an intent-named method that refuses an illegal transition with a
 * Dutch message naming the current status, and appends a {@link StatusWijziging} to the history. A
 * declined proposal returns the referral to the pool, the declined contract and the reason kept in the
 * history. Pauses are recorded as {@link Onderbreking} periods, because settlement subtracts the days
 * {@code ONDERBROKEN} (DESIGN.md, "Settlement", PER_MAAND).
 *
 * <p>Fixed at the referral, for settlement: the inburgeraar's gemeente (each invoice line is tagged
 * with it) and whether the inburgeraar pays personally (zelfbetaler placements are never charged to the
 * gemeente). Dates follow the life: referred &lt;= actual start &lt;= pauses &lt;= end.
 *
 * <p>Eligibility (DESIGN.md, "Eligibility of a placement") needs other aggregates and the database; the
 * services check it with {@link Eligibility} before {@link #stelVoor} and {@link #accepteer}. At most
 * one lopende placement per inburgeraar is the services' check and a partial unique index.
 */
@Entity
@Table(name = "plaatsing")
public class Plaatsing {

    static final BigDecimal MAX_UREN = new BigDecimal("99999.99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "inburgeraar_id", nullable = false)
    private Long inburgeraarId;

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "zelfbetaler", nullable = false)
    private boolean zelfbetaler;

    @Column(name = "contract_id")
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "leerroute", nullable = false, length = 20)
    private Leerroute leerroute;

    @Column(name = "voorkeur_aanbieder_id")
    private Long voorkeurAanbiederId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private PlaatsingStatus status;

    @Column(name = "aangemeld_op", nullable = false)
    private LocalDate aangemeldOp;

    @Column(name = "geplande_start", nullable = false)
    private LocalDate geplandeStart;

    @Column(name = "geplande_uren", precision = 7, scale = 2)
    private BigDecimal geplandeUren;

    @Column(name = "werkelijke_start")
    private LocalDate werkelijkeStart;

    @Column(name = "einddatum")
    private LocalDate einddatum;

    @Enumerated(EnumType.STRING)
    @Column(name = "eindreden", length = 20)
    private BeeindigingsReden eindreden;

    @Column(name = "eindtoelichting", length = StatusWijziging.MAX_TOELICHTING)
    private String eindtoelichting;

    @Column(name = "vorige_plaatsing_id")
    private Long vorigePlaatsingId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plaatsing_status_wijziging", joinColumns = @JoinColumn(name = "plaatsing_id"))
    @OrderColumn(name = "volgnummer")
    private List<StatusWijziging> historie = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "plaatsing_onderbreking", joinColumns = @JoinColumn(name = "plaatsing_id"))
    @OrderColumn(name = "volgnummer")
    private List<Onderbreking> onderbrekingen = new ArrayList<>();

    protected Plaatsing() {
    }

    /**
     * A referral: status {@link PlaatsingStatus#AANGEMELD}, no contract yet.
     *
     * @param geplandeUren        optional; the provider may set it on accepting
     * @param voorkeurAanbiederId for the onderwijsroute: the provider the inburgeraar chose
     * @param vorigePlaatsingId   after a route switch: the placement it follows
     */
    public Plaatsing(long inburgeraarId, long gemeenteId, boolean zelfbetaler, Leerroute leerroute,
            LocalDate aangemeldOp, LocalDate geplandeStart, BigDecimal geplandeUren, Long voorkeurAanbiederId,
            Long vorigePlaatsingId, Actor door) {
        FieldChecks checks = new FieldChecks();
        checks.required("leerroute", leerroute);
        checks.required("aangemeldOp", aangemeldOp);
        checks.required("geplandeStart", geplandeStart);
        checkUren(checks, geplandeUren);
        checks.throwIfAny();
        this.inburgeraarId = inburgeraarId;
        this.gemeenteId = gemeenteId;
        this.zelfbetaler = zelfbetaler;
        this.leerroute = leerroute;
        this.aangemeldOp = aangemeldOp;
        this.geplandeStart = geplandeStart;
        this.geplandeUren = geplandeUren;
        this.voorkeurAanbiederId = voorkeurAanbiederId;
        this.vorigePlaatsingId = vorigePlaatsingId;
        this.status = PlaatsingStatus.AANGEMELD;
        historie.add(new StatusWijziging(Instant.now(), null, status, aangemeldOp, null, door.username(), door.role(),
                vorigePlaatsingId == null ? null : "Overstap vanuit plaatsing " + vorigePlaatsingId));
    }

    static void checkUren(FieldChecks checks, BigDecimal uren) {
        if (uren != null) {
            checks.check(uren.signum() > 0 && uren.compareTo(MAX_UREN) <= 0
                    && uren.stripTrailingZeros().scale() <= 2, "geplandeUren", "plaatsing.uren-ongeldig",
                    "Het aantal geplande uren is groter dan nul, hoogstens " + MAX_UREN.toPlainString()
                            + ", met hoogstens twee decimalen.");
        }
    }

    /**
     * Records the provider the inburgeraar chose for the onderwijsroute, while the referral waits for a
     * contract (e.g. after the first choice declined).
     */
    public void kiesAanbieder(long aanbiederId) {
        if (status != PlaatsingStatus.AANGEMELD) {
            throw new StateConflictException("Deze plaatsing heeft status " + status + "; een andere aanbieder kiezen"
                    + " kan alleen bij status AANGEMELD.");
        }
        if (leerroute != Leerroute.ONDERWIJSROUTE) {
            throw new IllegalStateException("only the onderwijsroute names the provider");
        }
        voorkeurAanbiederId = aanbiederId;
    }

    /** Proposes the referral on a contract; eligibility has been checked. */
    public void stelVoor(long contract, Actor door) {
        PlaatsingStatus van = status;
        status = PlaatsingActie.VOORSTELLEN.vanuit(status);
        contractId = contract;
        log(van, null, door, null);
    }

    /**
     * The provider accepts the proposal; eligibility has been checked again (the contract, the provider's
     * keurmerk or the capacity may have changed since the proposal).
     *
     * @param uren optional: the planned hours, replacing those of the referral
     */
    public void accepteer(BigDecimal uren, Actor door) {
        PlaatsingActie.ACCEPTEREN.vanuit(status);
        FieldChecks checks = new FieldChecks();
        checkUren(checks, uren);
        checks.throwIfAny();
        PlaatsingStatus van = status;
        status = PlaatsingActie.ACCEPTEREN.naar();
        if (uren != null) {
            geplandeUren = uren;
        }
        log(van, null, door, null);
    }

    /** The provider declines, with a reason: the referral goes back to the pool, without contract. */
    public void weiger(String reden, Actor door) {
        PlaatsingActie.WEIGEREN.vanuit(status);
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, StatusWijziging.MAX_TOELICHTING);
        checks.throwIfAny();
        PlaatsingStatus van = status;
        status = PlaatsingActie.WEIGEREN.naar();
        log(van, null, door, r);
        contractId = null;
    }

    /** The course began on the actual start date. */
    public void start(LocalDate datum, Actor door) {
        PlaatsingActie.STARTEN.vanuit(status);
        FieldChecks checks = new FieldChecks();
        if (checks.required("datum", datum) != null) {
            checks.check(!datum.isBefore(aangemeldOp), "datum", "plaatsing.start-voor-aanmelding",
                    "De startdatum ligt niet voor de aanmelding (" + aangemeldOp + ").");
        }
        checks.throwIfAny();
        PlaatsingStatus van = status;
        status = PlaatsingActie.STARTEN.naar();
        werkelijkeStart = datum;
        log(van, datum, door, null);
    }

    /** Pauses the course from this date on (its first day ONDERBROKEN). */
    public void onderbreek(LocalDate vanaf, String reden, Actor door) {
        PlaatsingActie.ONDERBREKEN.vanuit(status);
        FieldChecks checks = new FieldChecks();
        String r = checks.optionalText("reden", reden, Onderbreking.MAX_REDEN);
        if (checks.required("vanaf", vanaf) != null) {
            checks.check(!vanaf.isBefore(werkelijkeStart), "vanaf", "plaatsing.onderbreking-voor-start",
                    "Een onderbreking begint niet voor de start (" + werkelijkeStart + ").");
            Onderbreking vorige = laatsteOnderbreking();
            if (vorige != null) {
                checks.check(vanaf.isAfter(vorige.getTotEnMet()), "vanaf", "plaatsing.onderbreking-overlapt",
                        "Een onderbreking begint na de vorige (tot en met " + vorige.getTotEnMet() + ").");
            }
        }
        checks.throwIfAny();
        PlaatsingStatus van = status;
        status = PlaatsingActie.ONDERBREKEN.naar();
        onderbrekingen.add(new Onderbreking(vanaf, null, r));
        log(van, vanaf, door, r);
    }

    /** Resumes the course on this date (its first day running again): the pause ends the day before. */
    public void hervat(LocalDate datum, Actor door) {
        PlaatsingActie.HERVATTEN.vanuit(status);
        Onderbreking open = laatsteOnderbreking();
        FieldChecks checks = new FieldChecks();
        if (checks.required("datum", datum) != null) {
            checks.check(datum.isAfter(open.getVanaf()), "datum", "plaatsing.hervatten-na-onderbreking",
                    "Hervatten kan vanaf de dag na het begin van de onderbreking (" + open.getVanaf() + ").");
        }
        checks.throwIfAny();
        PlaatsingStatus van = status;
        status = PlaatsingActie.HERVATTEN.naar();
        sluitOnderbreking(datum.minusDays(1));
        log(van, datum, door, null);
    }

    /** The course was completed on this date (the last day). A pause still open ends on it. */
    public void rondAf(LocalDate datum, Actor door) {
        PlaatsingActie.AFRONDEN.vanuit(status);
        checkEinddatum(datum);
        eindig(PlaatsingActie.AFRONDEN, datum, null, null, door);
    }

    /**
     * The provider ends the placement early (drop-out, moved away, ...). A route switch is not the
     * provider's: the gemeente records it with the new referral ({@link #beeindigVoorOverstap}).
     *
     * @param toelichting required for {@link BeeindigingsReden#ANDERS}
     */
    public void beeindig(LocalDate datum, BeeindigingsReden reden, String toelichting, Actor door) {
        PlaatsingActie.BEEINDIGEN.vanuit(status);
        String t = checkReden(datum, reden, toelichting);
        eindig(PlaatsingActie.BEEINDIGEN, datum, reden, t, door);
    }

    /** The gemeente withdraws a referral before the course began; the reason as for an early end. */
    public void trekIn(LocalDate datum, BeeindigingsReden reden, String toelichting, Actor door) {
        PlaatsingActie.INTREKKEN.vanuit(status);
        String t = checkReden(datum, reden, toelichting);
        eindig(PlaatsingActie.INTREKKEN, datum, reden, t, door);
    }

    /**
     * Ends the placement with reason {@link BeeindigingsReden#OVERSTAP}, from any status that is not yet
     * final; the service creates the new referral in the same transaction.
     */
    public void beeindigVoorOverstap(LocalDate datum, String toelichting, Actor door) {
        PlaatsingActie.OVERSTAPPEN.vanuit(status);
        FieldChecks checks = new FieldChecks();
        String t = checks.optionalText("toelichting", toelichting, StatusWijziging.MAX_TOELICHTING);
        checkEinddatum(checks, datum);
        checks.throwIfAny();
        eindig(PlaatsingActie.OVERSTAPPEN, datum, BeeindigingsReden.OVERSTAP, t, door);
    }

    private String checkReden(LocalDate datum, BeeindigingsReden reden, String toelichting) {
        FieldChecks checks = new FieldChecks();
        if (checks.required("reden", reden) != null) {
            checks.check(reden != BeeindigingsReden.OVERSTAP, "reden", "plaatsing.overstap-via-gemeente",
                    "Een overstap legt de gemeente vast, samen met de nieuwe verwijzing.");
        }
        String t = reden == BeeindigingsReden.ANDERS
                ? checks.requiredText("toelichting", toelichting, StatusWijziging.MAX_TOELICHTING)
                : checks.optionalText("toelichting", toelichting, StatusWijziging.MAX_TOELICHTING);
        checkEinddatum(checks, datum);
        checks.throwIfAny();
        return t;
    }

    private void checkEinddatum(LocalDate datum) {
        FieldChecks checks = new FieldChecks();
        checkEinddatum(checks, datum);
        checks.throwIfAny();
    }

    /** The end date (the last day) is not before the referral, the actual start, or a pause. */
    private void checkEinddatum(FieldChecks checks, LocalDate datum) {
        if (checks.required("datum", datum) == null) {
            return;
        }
        LocalDate vroegst = werkelijkeStart != null ? werkelijkeStart : aangemeldOp;
        Onderbreking laatste = laatsteOnderbreking();
        if (laatste != null) {
            LocalDate naPauze = laatste.isOpen() ? laatste.getVanaf() : laatste.getTotEnMet().plusDays(1);
            vroegst = naPauze.isAfter(vroegst) ? naPauze : vroegst;
        }
        checks.check(!datum.isBefore(vroegst), "datum", "plaatsing.einde-te-vroeg",
                "De einddatum ligt niet voor " + vroegst + ".");
    }

    private void eindig(PlaatsingActie actie, LocalDate datum, BeeindigingsReden reden, String toelichting,
            Actor door) {
        PlaatsingStatus van = status;
        status = actie.vanuit(status);
        Onderbreking laatste = laatsteOnderbreking();
        if (laatste != null && laatste.isOpen()) {
            sluitOnderbreking(datum);
        }
        einddatum = datum;
        eindreden = reden;
        eindtoelichting = toelichting;
        log(van, datum, door, reden == null ? toelichting
                : reden + (toelichting == null ? "" : ": " + toelichting));
    }

    private void sluitOnderbreking(LocalDate laatsteDag) {
        int i = onderbrekingen.size() - 1;
        onderbrekingen.set(i, onderbrekingen.get(i).totEnMet(laatsteDag));
    }

    private Onderbreking laatsteOnderbreking() {
        return onderbrekingen.isEmpty() ? null : onderbrekingen.get(onderbrekingen.size() - 1);
    }

    private void log(PlaatsingStatus van, LocalDate datum, Actor door, String toelichting) {
        Objects.requireNonNull(door, "door");
        historie.add(new StatusWijziging(Instant.now(), van, status, datum, contractId, door.username(), door.role(),
                toelichting));
    }

    public boolean isLopend() {
        return status.isLopend();
    }

    /** Whether it takes a place on its contract (rule 4; see {@link PlaatsingStatus#BEZET_CAPACITEIT}). */
    public boolean bezetCapaciteit() {
        return status.bezetCapaciteit();
    }

    /**
     * Whether it counts for the fair share of its contract: it is or was on the contract, and did not end
     * before it started (a withdrawn or declined proposal does not count).
     */
    public boolean teltVoorVerdeling() {
        return contractId != null && (status != PlaatsingStatus.VOORTIJDIG_BEEINDIGD || werkelijkeStart != null);
    }

    /** Days ONDERBROKEN from {@code van} up to and including {@code tot}. */
    public long dagenOnderbroken(LocalDate van, LocalDate tot) {
        return onderbrekingen.stream().mapToLong(o -> o.dagenIn(van, tot)).sum();
    }

    /**
     * Active days from {@code van} up to and including {@code tot}: the days from the actual start to the
     * end date (or {@code tot} while running), minus the days ONDERBROKEN (DESIGN.md, "Settlement",
     * PER_MAAND). Zero before the start or for a placement that never started.
     */
    public long actieveDagen(LocalDate van, LocalDate tot) {
        if (werkelijkeStart == null) {
            return 0;
        }
        LocalDate begin = werkelijkeStart.isAfter(van) ? werkelijkeStart : van;
        LocalDate einde = einddatum != null && einddatum.isBefore(tot) ? einddatum : tot;
        if (einde.isBefore(begin)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(begin, einde) + 1 - dagenOnderbroken(begin, einde);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getInburgeraarId() {
        return inburgeraarId;
    }

    /** The inburgeraar's gemeente, fixed at the referral. */
    public Long getGemeenteId() {
        return gemeenteId;
    }

    /** Fixed at the referral: never charged to the gemeente. */
    public boolean isZelfbetaler() {
        return zelfbetaler;
    }

    /** Null while AANGEMELD (in the pool). */
    public Long getContractId() {
        return contractId;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    /** For the onderwijsroute: the provider the inburgeraar chose. */
    public Long getVoorkeurAanbiederId() {
        return voorkeurAanbiederId;
    }

    public PlaatsingStatus getStatus() {
        return status;
    }

    /** The referral date: the order of allocation. */
    public LocalDate getAangemeldOp() {
        return aangemeldOp;
    }

    public LocalDate getGeplandeStart() {
        return geplandeStart;
    }

    /** Optional. */
    public BigDecimal getGeplandeUren() {
        return geplandeUren;
    }

    /** Set once started. */
    public LocalDate getWerkelijkeStart() {
        return werkelijkeStart;
    }

    /** The last day, once final. */
    public LocalDate getEinddatum() {
        return einddatum;
    }

    /** Set when ended early. */
    public BeeindigingsReden getEindreden() {
        return eindreden;
    }

    /** Optional explanation of an early end. */
    public String getEindtoelichting() {
        return eindtoelichting;
    }

    /** After a route switch: the placement this one follows. */
    public Long getVorigePlaatsingId() {
        return vorigePlaatsingId;
    }

    /** The history, oldest first; read-only. */
    public List<StatusWijziging> getHistorie() {
        return Collections.unmodifiableList(historie);
    }

    /** The pauses, oldest first; read-only. */
    public List<Onderbreking> getOnderbrekingen() {
        return Collections.unmodifiableList(onderbrekingen);
    }

    /** No personal data: safe for logs. */
    @Override
    public String toString() {
        return "Plaatsing " + id + " (" + status + ")";
    }
}
