package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A correction request for attendance in a settled month (DESIGN.md, "Settlement", Corrections): once a month
 * is settled its attendance changes only through a correction the contract manager approves. The provider
 * proposes new values for one record with a reason; the contract manager approves ({@link #keurGoed}) or
 * rejects with a reason ({@link #wijsAf}). An approved correction is applied to the attendance by the
 * service and waits, {@link #isTeVerrekenen() to be settled}, for the next settlement run, which adds the
 * difference as correction lines referencing the original month ({@link #getMaand()}) and then marks it
 * {@link #markeerVerrekend settled}.
 *
 * <p>The record as it was when the request was made is kept beside the proposal, so the contract manager
 * sees old and new side by side. At most one open request per record (a partial unique index).
 */
@Entity
@Table(name = "correctieverzoek")
public class Correctieverzoek {

    static final int MAX_TEKST = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "plaatsing_id", nullable = false)
    private Long plaatsingId;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderdeel", nullable = false, length = 20)
    private Onderdeel onderdeel;

    /** First day of the settled month. */
    @Column(name = "maand", nullable = false)
    private LocalDate maand;

    @Column(name = "oud_geroosterd", precision = 4, scale = 2)
    private BigDecimal oudGeroosterd;

    @Column(name = "oud_aanwezig", precision = 4, scale = 2)
    private BigDecimal oudAanwezig;

    @Enumerated(EnumType.STRING)
    @Column(name = "oud_verzuimreden", length = 20)
    private Verzuimreden oudVerzuimreden;

    @Column(name = "nieuw_geroosterd", nullable = false, precision = 4, scale = 2)
    private BigDecimal nieuwGeroosterd;

    @Column(name = "nieuw_aanwezig", nullable = false, precision = 4, scale = 2)
    private BigDecimal nieuwAanwezig;

    @Enumerated(EnumType.STRING)
    @Column(name = "nieuw_verzuimreden", length = 20)
    private Verzuimreden nieuwVerzuimreden;

    @Column(name = "reden", nullable = false, length = MAX_TEKST)
    private String reden;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CorrectieStatus status;

    @Column(name = "ingediend_door", nullable = false, length = 100)
    private String ingediendDoor;

    @Column(name = "ingediend_op", nullable = false)
    private Instant ingediendOp;

    @Column(name = "beoordeeld_door", length = 100)
    private String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    private Instant beoordeeldOp;

    @Column(name = "beoordeling", length = MAX_TEKST)
    private String beoordeling;

    @Column(name = "te_verrekenen", nullable = false)
    private boolean teVerrekenen;

    /** First day of the month of the settlement run that billed it. */
    @Column(name = "verrekend_in")
    private LocalDate verrekendIn;

    protected Correctieverzoek() {
    }

    /**
     * A proposal; the record's rules have been checked by the service.
     *
     * @param oud the record now, or null when there is none
     */
    public Correctieverzoek(long plaatsingId, long contractId, PresentieInvoer nieuw, PresentieView oud, String reden,
            Actor door) {
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, MAX_TEKST);
        checks.throwIfAny();
        Objects.requireNonNull(nieuw.datum(), "datum");
        this.plaatsingId = plaatsingId;
        this.contractId = contractId;
        this.datum = nieuw.datum();
        this.onderdeel = Objects.requireNonNull(nieuw.onderdeel(), "onderdeel");
        this.maand = YearMonth.from(datum).atDay(1);
        if (oud != null) {
            this.oudGeroosterd = oud.geroosterdeUren();
            this.oudAanwezig = oud.aanwezigeUren();
            this.oudVerzuimreden = oud.verzuimreden();
        }
        this.nieuwGeroosterd = Objects.requireNonNull(nieuw.geroosterdeUren(), "geroosterdeUren");
        this.nieuwAanwezig = Objects.requireNonNull(nieuw.aanwezigeUren(), "aanwezigeUren");
        this.nieuwVerzuimreden = nieuw.verzuimreden();
        this.reden = r;
        this.status = CorrectieStatus.INGEDIEND;
        this.ingediendDoor = door.username();
        this.ingediendOp = Instant.now();
    }

    /** The contract manager approves: the service applies the values; the next settlement bills the difference. */
    public void keurGoed(String toelichting, Actor door) {
        FieldChecks checks = new FieldChecks();
        String t = checks.optionalText("toelichting", toelichting, MAX_TEKST);
        checks.throwIfAny();
        beoordeel(CorrectieStatus.GOEDGEKEURD, t, door);
        teVerrekenen = true;
    }

    /** The contract manager rejects, with a reason; the attendance stays as it was. */
    public void wijsAf(String reden, Actor door) {
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, MAX_TEKST);
        checks.throwIfAny();
        beoordeel(CorrectieStatus.AFGEWEZEN, r, door);
    }

    /** The settlement of this month has billed the difference. */
    public void markeerVerrekend(YearMonth afrekenmaand) {
        if (!teVerrekenen) {
            throw new StateConflictException("Correctieverzoek " + id + " wacht niet op verrekening (status " + status
                    + (verrekendIn == null ? "" : ", verrekend in " + YearMonth.from(verrekendIn)) + ").");
        }
        teVerrekenen = false;
        verrekendIn = afrekenmaand.atDay(1);
    }

    private void beoordeel(CorrectieStatus naar, String tekst, Actor door) {
        if (status != CorrectieStatus.INGEDIEND) {
            throw new StateConflictException("Dit correctieverzoek is al beoordeeld (" + status + ").");
        }
        status = naar;
        beoordeling = tekst;
        beoordeeldDoor = door.username();
        beoordeeldOp = Instant.now();
    }

    /** The proposed record. */
    public PresentieInvoer nieuw() {
        return new PresentieInvoer(plaatsingId, datum, onderdeel, nieuwGeroosterd, nieuwAanwezig, nieuwVerzuimreden);
    }

    public CorrectieView view() {
        return new CorrectieView(id, plaatsingId, contractId, datum, onderdeel, getMaand(), oudGeroosterd, oudAanwezig,
                oudVerzuimreden, nieuwGeroosterd, nieuwAanwezig, nieuwVerzuimreden, reden, status, ingediendDoor,
                ingediendOp, beoordeeldDoor, beoordeeldOp, beoordeling, teVerrekenen,
                verrekendIn == null ? null : YearMonth.from(verrekendIn));
    }

    public Long getId() {
        return id;
    }

    public Long getPlaatsingId() {
        return plaatsingId;
    }

    public Long getContractId() {
        return contractId;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    /** The settled month the correction is for. */
    public YearMonth getMaand() {
        return YearMonth.from(maand);
    }

    public CorrectieStatus getStatus() {
        return status;
    }

    /** Approved and not yet billed by a settlement run. */
    public boolean isTeVerrekenen() {
        return teVerrekenen;
    }
}
