package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of hours: a {@link BigDecimal} with scale 2, never a {@code double}. Attendance is recorded in
 * quarter hours ({@link #isKwartieren()}); a cap of billable hours ({@code maxUrenPerPlaatsing}) may have
 * two decimals, so hours cut off at a cap may too. Negative only as a difference (a correction line).
 */
public record Uren(BigDecimal waarde) implements Comparable<Uren> {

    public static final Uren NUL = new Uren(BigDecimal.ZERO);
    private static final BigDecimal VIER = BigDecimal.valueOf(4);

    public Uren {
        Objects.requireNonNull(waarde, "waarde");
        try {
            waarde = waarde.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("hours have at most two decimals: " + waarde, e);
        }
    }

    public static Uren of(BigDecimal waarde) {
        return new Uren(waarde);
    }

    /** {@code "2.75"} */
    public static Uren of(String waarde) {
        return new Uren(new BigDecimal(waarde));
    }

    public static Uren of(long heleUren) {
        return new Uren(BigDecimal.valueOf(heleUren));
    }

    /** {@code kwartieren} quarter hours: 10 is 2.50 hours. */
    public static Uren kwartieren(long kwartieren) {
        return new Uren(BigDecimal.valueOf(kwartieren).divide(VIER));
    }

    /** Whole quarter hours, as attendance is recorded. */
    public boolean isKwartieren() {
        return waarde.multiply(VIER).stripTrailingZeros().scale() <= 0;
    }

    public Uren plus(Uren andere) {
        return new Uren(waarde.add(andere.waarde));
    }

    public Uren minus(Uren andere) {
        return new Uren(waarde.subtract(andere.waarde));
    }

    /** The smaller of the two. */
    public Uren hoogstens(Uren grens) {
        return compareTo(grens) <= 0 ? this : grens;
    }

    /** This, or {@link #NUL} when negative. */
    public Uren nietNegatief() {
        return isNegatief() ? NUL : this;
    }

    public boolean isNul() {
        return waarde.signum() == 0;
    }

    public boolean isPositief() {
        return waarde.signum() > 0;
    }

    public boolean isNegatief() {
        return waarde.signum() < 0;
    }

    @Override
    public int compareTo(Uren o) {
        return waarde.compareTo(o.waarde);
    }

    @Override
    public String toString() {
        return waarde.toPlainString() + " uur";
    }
}
