package nl.inburgering.portal.contracts.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A pause of a running placement: from its first day {@code ONDERBROKEN} up to and including its last
 * (open while the placement is still paused). Settlement under {@code PER_MAAND} subtracts these days
 * (DESIGN.md, "Settlement": active days from actual start to end, inclusive, minus days ONDERBROKEN).
 * Immutable: closing a pause gives a new value.
 */
@Embeddable
public class Onderbreking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_REDEN = 500;

    @Column(name = "vanaf", nullable = false)
    private LocalDate vanaf;

    @Column(name = "tot_en_met")
    private LocalDate totEnMet;

    @Column(name = "reden", length = MAX_REDEN)
    private String reden;

    protected Onderbreking() {
    }

    /** @param totEnMet null while the pause lasts */
    public Onderbreking(LocalDate vanaf, LocalDate totEnMet, String reden) {
        this.vanaf = Objects.requireNonNull(vanaf, "vanaf");
        if (totEnMet != null && totEnMet.isBefore(vanaf)) {
            throw new IllegalArgumentException("a pause ends on or after its first day");
        }
        this.totEnMet = totEnMet;
        this.reden = reden;
    }

    /** This pause, closed with its last day. */
    Onderbreking totEnMet(LocalDate laatsteDag) {
        return new Onderbreking(vanaf, laatsteDag, reden);
    }

    public boolean isOpen() {
        return totEnMet == null;
    }

    /**
     * The days of this pause within the period from {@code van} up to and including {@code tot}; an open
     * pause counts up to {@code tot}.
     */
    public long dagenIn(LocalDate van, LocalDate tot) {
        LocalDate begin = vanaf.isAfter(van) ? vanaf : van;
        LocalDate einde = totEnMet == null || totEnMet.isAfter(tot) ? tot : totEnMet;
        return einde.isBefore(begin) ? 0 : ChronoUnit.DAYS.between(begin, einde) + 1;
    }

    /** First day paused. */
    public LocalDate getVanaf() {
        return vanaf;
    }

    /** Last day paused, inclusive; null while the pause lasts. */
    public LocalDate getTotEnMet() {
        return totEnMet;
    }

    /** Optional. */
    public String getReden() {
        return reden;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Onderbreking p && vanaf.equals(p.vanaf) && Objects.equals(totEnMet, p.totEnMet)
                && Objects.equals(reden, p.reden);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vanaf, totEnMet, reden);
    }

    @Override
    public String toString() {
        return "onderbroken vanaf " + vanaf + (totEnMet == null ? "" : " tot en met " + totEnMet);
    }
}
