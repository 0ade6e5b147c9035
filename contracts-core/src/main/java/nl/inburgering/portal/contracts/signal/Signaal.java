package nl.inburgering.portal.contracts.signal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * An attendance signal (DESIGN.md, "Signals"): for one placement and one 4-week period, attendance below 80 %
 * or more than 8 hours ONGEOORLOOFD ({@link SignaalRegels}). Raised by {@link SignaalService#bereken} for the
 * inburgeraar's gemeente (fixed on the placement) and the contract manager; at most one per placement, kind
 * and period. The gemeente handles it with a remark ({@link #handelAf}); the totals stay as computed.
 */
@Entity
@Table(name = "signaal", uniqueConstraints = @UniqueConstraint(name = "ux_signaal_plaatsing_soort_periode",
        columnNames = {"plaatsing_id", "soort", "periode_van"}))
public class Signaal {

    static final int MAX_OPMERKING = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "plaatsing_id", nullable = false)
    private Long plaatsingId;

    @Column(name = "inburgeraar_id", nullable = false)
    private Long inburgeraarId;

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, length = 30)
    private Signaalsoort soort;

    @Column(name = "periode_van", nullable = false)
    private LocalDate periodeVan;

    @Column(name = "periode_tot", nullable = false)
    private LocalDate periodeTot;

    @Column(name = "geroosterde_uren", nullable = false, precision = 7, scale = 2)
    private BigDecimal geroosterdeUren;

    @Column(name = "aanwezige_uren", nullable = false, precision = 7, scale = 2)
    private BigDecimal aanwezigeUren;

    @Column(name = "ongeoorloofde_uren", nullable = false, precision = 7, scale = 2)
    private BigDecimal ongeoorloofdeUren;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SignaalStatus status;

    @Column(name = "aangemaakt_op", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "afgehandeld_door", length = 100)
    private String afgehandeldDoor;

    @Column(name = "afgehandeld_op")
    private Instant afgehandeldOp;

    @Column(name = "opmerking", length = MAX_OPMERKING)
    private String opmerking;

    protected Signaal() {
    }

    /** The gemeente has handled the signal (a talk, a warning, an adjusted plan), with a remark. */
    public void handelAf(String opmerking, Actor door) {
        if (status != SignaalStatus.OPEN) {
            throw new StateConflictException("Dit signaal is al afgehandeld.");
        }
        FieldChecks checks = new FieldChecks();
        String o = checks.requiredText("opmerking", opmerking, MAX_OPMERKING);
        checks.throwIfAny();
        this.opmerking = o;
        this.status = SignaalStatus.AFGEHANDELD;
        this.afgehandeldDoor = door.username();
        this.afgehandeldOp = Instant.now();
    }

    public SignaalView view() {
        return new SignaalView(id, plaatsingId, inburgeraarId, gemeenteId, contractId, soort, periodeVan, periodeTot,
                geroosterdeUren, aanwezigeUren, ongeoorloofdeUren, new Aanwezigheid(geroosterdeUren, aanwezigeUren,
                        ongeoorloofdeUren).percentage(), status, aangemaaktOp, afgehandeldDoor, afgehandeldOp,
                opmerking);
    }

    public Long getId() {
        return id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public SignaalStatus getStatus() {
        return status;
    }
}
