package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period a placement was {@code ONDERBROKEN} (paused): these days are not active, so they are not
 * billed under {@code PER_MAAND} and attendance on them is not counted (DESIGN.md, "Settlement").
 *
 * @param vanaf    first day paused
 * @param totEnMet last day paused, inclusive; null while the pause lasts
 */
public record OnderbrokenPeriode(LocalDate vanaf, LocalDate totEnMet) {

    public OnderbrokenPeriode {
        Objects.requireNonNull(vanaf, "vanaf");
        if (totEnMet != null && totEnMet.isBefore(vanaf)) {
            throw new IllegalArgumentException("a pause ends on or after its first day: " + vanaf + ".." + totEnMet);
        }
    }

    public boolean bevat(LocalDate dag) {
        return !dag.isBefore(vanaf) && (totEnMet == null || !dag.isAfter(totEnMet));
    }
}
