package nl.inburgering.portal.tendering.gunning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One exercised extension option of a tendered contract: which option, the end dates, when and by whom. */
@Embeddable
public class Verlenging implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "optie", nullable = false)
    private int optie;

    @Column(name = "oude_einddatum", nullable = false)
    private LocalDate oudeEinddatum;

    @Column(name = "nieuwe_einddatum", nullable = false)
    private LocalDate nieuweEinddatum;

    @Column(name = "uitgevoerd_op", nullable = false)
    private Instant uitgevoerdOp;

    @Column(name = "uitgevoerd_door", nullable = false, length = 100)
    private String uitgevoerdDoor;

    protected Verlenging() {
    }

    Verlenging(int optie, LocalDate oudeEinddatum, LocalDate nieuweEinddatum, String door, Instant op) {
        this.optie = optie;
        this.oudeEinddatum = Objects.requireNonNull(oudeEinddatum, "oudeEinddatum");
        this.nieuweEinddatum = Objects.requireNonNull(nieuweEinddatum, "nieuweEinddatum");
        this.uitgevoerdDoor = Objects.requireNonNull(door, "door");
        this.uitgevoerdOp = Objects.requireNonNull(op, "op");
    }

    public int getOptie() {
        return optie;
    }

    public LocalDate getOudeEinddatum() {
        return oudeEinddatum;
    }

    public LocalDate getNieuweEinddatum() {
        return nieuweEinddatum;
    }

    public Instant getUitgevoerdOp() {
        return uitgevoerdOp;
    }

    public String getUitgevoerdDoor() {
        return uitgevoerdDoor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verlenging v && optie == v.optie && oudeEinddatum.equals(v.oudeEinddatum)
                && nieuweEinddatum.equals(v.nieuweEinddatum);
    }

    @Override
    public int hashCode() {
        return Objects.hash(optie, oudeEinddatum, nieuweEinddatum);
    }

    @Override
    public String toString() {
        return "optie " + optie + ": " + oudeEinddatum + " -> " + nieuweEinddatum;
    }
}
