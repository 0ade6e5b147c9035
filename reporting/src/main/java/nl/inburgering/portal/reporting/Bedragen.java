package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Euro amounts (scale 2, HALF_UP, as {@code Money}) and percentages of the reports. */
public final class Bedragen {

    public static final BigDecimal HONDERD = new BigDecimal("100");

    private Bedragen() {
    }

    /** Rounded to cents, HALF_UP; null is zero. */
    public static BigDecimal euro(BigDecimal bedrag) {
        return bedrag == null ? BigDecimal.ZERO.setScale(2) : bedrag.setScale(2, RoundingMode.HALF_UP);
    }

    /** {@code deel / geheel x 100} with one decimal, HALF_UP; null when {@code geheel} is zero (no basis). */
    public static BigDecimal percentage(BigDecimal deel, BigDecimal geheel) {
        if (geheel == null || geheel.signum() == 0) {
            return null;
        }
        return (deel == null ? BigDecimal.ZERO : deel).multiply(HONDERD).divide(geheel, 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal percentage(long deel, long geheel) {
        return percentage(BigDecimal.valueOf(deel), BigDecimal.valueOf(geheel));
    }

    static BigDecimal nul() {
        return BigDecimal.ZERO.setScale(2);
    }
}
