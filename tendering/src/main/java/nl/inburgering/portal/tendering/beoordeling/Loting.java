package nl.inburgering.portal.tendering.beoordeling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * A recorded draw that decides a tie in the BPKV ranking of a lot (DESIGN.md, "Tender": ties by
 * quality points, then by draw): the bids in the order they were drawn (first drawn ranks highest),
 * when, by whom, and how it was done (e.g. by a notary, in the presence of whom). Append-only: a new
 * draw for the same bids supersedes an older one.
 */
@Entity
@Table(name = "loting")
public class Loting {

    static final int MAX_TOELICHTING = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Column(name = "perceel_id", nullable = false)
    private Long perceelId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "loting_inschrijving", joinColumns = @JoinColumn(name = "loting_id"))
    @OrderColumn(name = "positie")
    @Column(name = "inschrijving_id", nullable = false)
    private List<Long> volgorde = new ArrayList<>();

    @Column(name = "toelichting", nullable = false, length = MAX_TOELICHTING)
    private String toelichting;

    @Column(name = "uitgevoerd_op", nullable = false)
    private Instant uitgevoerdOp;

    @Column(name = "uitgevoerd_door", nullable = false, length = 100)
    private String uitgevoerdDoor;

    protected Loting() {
    }

    /** @param volgorde at least two different bids, in drawn order */
    public Loting(long aanbestedingId, long perceelId, List<Long> volgorde, String toelichting, String door,
            Instant op) {
        FieldChecks checks = new FieldChecks();
        checks.check(volgorde != null && volgorde.size() >= 2 && volgorde.stream().noneMatch(Objects::isNull)
                && new HashSet<>(volgorde).size() == volgorde.size(), "volgorde", "loting.volgorde",
                "Een loting ordent ten minste twee verschillende inschrijvingen.");
        String t = checks.requiredText("toelichting", toelichting, MAX_TOELICHTING);
        checks.throwIfAny();
        this.aanbestedingId = aanbestedingId;
        this.perceelId = perceelId;
        this.volgorde.addAll(volgorde);
        this.toelichting = t;
        this.uitgevoerdDoor = Objects.requireNonNull(door, "door");
        this.uitgevoerdOp = Objects.requireNonNull(op, "op");
    }

    public Long getId() {
        return id;
    }

    public Long getAanbestedingId() {
        return aanbestedingId;
    }

    public Long getPerceelId() {
        return perceelId;
    }

    /** The bid ids in drawn order: the first ranks highest. */
    public List<Long> getVolgorde() {
        return List.copyOf(volgorde);
    }

    public String getToelichting() {
        return toelichting;
    }

    public Instant getUitgevoerdOp() {
        return uitgevoerdOp;
    }

    public String getUitgevoerdDoor() {
        return uitgevoerdDoor;
    }
}
