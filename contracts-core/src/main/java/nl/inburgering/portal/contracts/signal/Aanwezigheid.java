package nl.inburgering.portal.contracts.signal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The attendance totals of one placement over a period: what the signal rules look at.
 *
 * @param ongeoorloofd the hours scheduled but not attended with reason ONGEOORLOOFD
 */
public record Aanwezigheid(BigDecimal geroosterd, BigDecimal aanwezig, BigDecimal ongeoorloofd) {

    public static final Aanwezigheid GEEN = new Aanwezigheid(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public Aanwezigheid {
        Objects.requireNonNull(geroosterd, "geroosterd");
        Objects.requireNonNull(aanwezig, "aanwezig");
        Objects.requireNonNull(ongeoorloofd, "ongeoorloofd");
    }

    /** Attended as a percentage of scheduled, 2 decimals half up; null when nothing was scheduled. */
    public BigDecimal percentage() {
        if (geroosterd.signum() == 0) {
            return null;
        }
        return aanwezig.multiply(BigDecimal.valueOf(100)).divide(geroosterd, 2, RoundingMode.HALF_UP);
    }
}
