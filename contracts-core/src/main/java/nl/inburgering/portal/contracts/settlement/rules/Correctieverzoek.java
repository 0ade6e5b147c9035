package nl.inburgering.portal.contracts.settlement.rules;

import java.time.YearMonth;
import java.util.Objects;

/**
 * An approved correction of a placement's attendance in a month already settled (DESIGN.md, "Settlement",
 * Corrections): the next settlement recomputes that month for that placement, and every month after it
 * up to the one being settled, and bills the differences as correction lines.
 */
public record Correctieverzoek(long plaatsingId, YearMonth maand) {

    public Correctieverzoek {
        Objects.requireNonNull(maand, "maand");
    }
}
