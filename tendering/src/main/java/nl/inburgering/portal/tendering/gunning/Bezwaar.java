package nl.inburgering.portal.tendering.gunning;

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
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * An objection (bezwaar) of a bidder against an award decision (DESIGN.md, "Tender": contracts can
 * be created only while no objection is open). A bidder lodges it within the standstill; the
 * contract manager may also register one received otherwise. OPEN until resolved, once, as
 * {@link BezwaarStatus#GEGROND}, {@link BezwaarStatus#ONGEGROND} or {@link BezwaarStatus#INGETROKKEN}, with
 * an explanation.
 */
@Entity
@Table(name = "bezwaar")
public class Bezwaar {

    static final int MAX_TEKST = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Column(name = "voornemen_id", nullable = false)
    private Long voornemenId;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Column(name = "aanbieder_naam", nullable = false, length = 200)
    private String aanbiederNaam;

    @Column(name = "perceel_id")
    private Long perceelId;

    @Column(name = "omschrijving", nullable = false, length = MAX_TEKST)
    private String omschrijving;

    @Column(name = "ingediend_op", nullable = false)
    private Instant ingediendOp;

    @Column(name = "ingediend_door", nullable = false, length = 100)
    private String ingediendDoor;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private BezwaarStatus status;

    @Column(name = "afgehandeld_op")
    private Instant afgehandeldOp;

    @Column(name = "afgehandeld_door", length = 100)
    private String afgehandeldDoor;

    @Column(name = "toelichting", length = MAX_TEKST)
    private String toelichting;

    protected Bezwaar() {
    }

    /** @param perceelId optional */
    public Bezwaar(Gunningsvoornemen voornemen, long aanbiederId, String aanbiederNaam, Long perceelId,
            String omschrijving, String door, Instant op) {
        FieldChecks checks = new FieldChecks();
        String tekst = checks.requiredText("omschrijving", omschrijving, MAX_TEKST);
        checks.throwIfAny();
        this.aanbestedingId = voornemen.getAanbestedingId();
        this.voornemenId = Objects.requireNonNull(voornemen.getId(), "voornemen.id");
        this.aanbiederId = aanbiederId;
        this.aanbiederNaam = Objects.requireNonNull(aanbiederNaam, "aanbiederNaam");
        this.perceelId = perceelId;
        this.omschrijving = tekst;
        this.ingediendDoor = Objects.requireNonNull(door, "door");
        this.ingediendOp = Objects.requireNonNull(op, "op");
        this.status = BezwaarStatus.OPEN;
    }

    /** Resolves the objection, once, with an explanation. */
    public void handelAf(BezwaarStatus uitkomst, String toelichting, String door, Instant op) {
        if (status != BezwaarStatus.OPEN) {
            throw new StateConflictException("Dit bezwaar is al afgehandeld (" + status.name().toLowerCase(Nl.LOCALE) + ").");
        }
        FieldChecks checks = new FieldChecks();
        if (checks.required("uitkomst", uitkomst) != null && uitkomst == BezwaarStatus.OPEN) {
            checks.add("uitkomst", "bezwaar.uitkomst", "Kies gegrond, ongegrond of ingetrokken.");
        }
        String t = checks.requiredText("toelichting", toelichting, MAX_TEKST);
        if (checks.hasErrors()) {
            throw new InvalidInputException(checks.errors());
        }
        this.status = uitkomst;
        this.toelichting = t;
        this.afgehandeldDoor = Objects.requireNonNull(door, "door");
        this.afgehandeldOp = Objects.requireNonNull(op, "op");
    }

    public boolean isOpen() {
        return status == BezwaarStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAanbestedingId() {
        return aanbestedingId;
    }

    public Long getVoornemenId() {
        return voornemenId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public String getAanbiederNaam() {
        return aanbiederNaam;
    }

    /** Optional. */
    public Long getPerceelId() {
        return perceelId;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public String getIngediendDoor() {
        return ingediendDoor;
    }

    public BezwaarStatus getStatus() {
        return status;
    }

    public Instant getAfgehandeldOp() {
        return afgehandeldOp;
    }

    public String getAfgehandeldDoor() {
        return afgehandeldDoor;
    }

    /** The resolution's explanation; null while open. */
    public String getToelichting() {
        return toelichting;
    }
}
