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
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One attendance record (DESIGN.md, "Domain model", Presentie): for one placement, one date and one
 * component, the hours scheduled and attended, and why the rest was missed. There is one record per
 * (placement, date, component): a resubmission replaces it, unless its month is settled; then only an
 * approved {@link Correctieverzoek} changes it (DESIGN.md, "Settlement", Corrections).
 *
 * <p>Written in bulk, in SQL, by {@link PresentieService#verwerk} after the rules of {@link Presentieregel};
 * the database repeats the record's own rules as check constraints. This class is the read side: no
 * method changes a record.
 */
@Entity
@Table(name = "presentie", uniqueConstraints = @UniqueConstraint(name = "ux_presentie_plaatsing_datum_onderdeel",
        columnNames = {"plaatsing_id", "datum", "onderdeel"}))
public class Presentie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "plaatsing_id", nullable = false)
    private Long plaatsingId;

    @Column(name = "datum", nullable = false)
    private LocalDate datum;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderdeel", nullable = false, length = 20)
    private Onderdeel onderdeel;

    @Column(name = "geroosterde_uren", nullable = false, precision = 4, scale = 2)
    private BigDecimal geroosterdeUren;

    @Column(name = "aanwezige_uren", nullable = false, precision = 4, scale = 2)
    private BigDecimal aanwezigeUren;

    @Enumerated(EnumType.STRING)
    @Column(name = "verzuimreden", length = 20)
    private Verzuimreden verzuimreden;

    @Column(name = "gewijzigd_door", nullable = false, length = 100)
    private String gewijzigdDoor;

    @Column(name = "gewijzigd_op", nullable = false)
    private Instant gewijzigdOp;

    @Column(name = "correctieverzoek_id")
    private Long correctieverzoekId;

    protected Presentie() {
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getPlaatsingId() {
        return plaatsingId;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public BigDecimal getGeroosterdeUren() {
        return geroosterdeUren;
    }

    public BigDecimal getAanwezigeUren() {
        return aanwezigeUren;
    }

    /** Null when all scheduled hours were attended. */
    public Verzuimreden getVerzuimreden() {
        return verzuimreden;
    }

    public String getGewijzigdDoor() {
        return gewijzigdDoor;
    }

    public Instant getGewijzigdOp() {
        return gewijzigdOp;
    }

    /** The approved correction these values come from; null for an ordinary submission. */
    public Long getCorrectieverzoekId() {
        return correctieverzoekId;
    }

    public PresentieView view() {
        return new PresentieView(id, plaatsingId, datum, onderdeel, geroosterdeUren, aanwezigeUren, verzuimreden,
                gewijzigdDoor, gewijzigdOp, correctieverzoekId);
    }
}
