package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount in euros: a {@link BigDecimal} with scale 2, never a {@code double}.
 *
 * <p>DESIGN.md, "Settlement": every invoice line is rounded to cents {@link RoundingMode#HALF_UP}
 * once, at the line. That rounding happens in exactly two places here: {@link #rounded(BigDecimal)}
 * and {@link #times(BigDecimal)}; {@link #of(BigDecimal)} refuses an amount that would need it, so a
 * rounding step is always visible in the calling code. Amounts may be negative (correction lines).
 *
 * <p>{@link #of(String)} reads what people type: {@code 12.50}, Dutch {@code 12,50}, {@code 1.234,56},
 * {@code € 12,-}. One dot followed by exactly three digits ({@code 1.234}) could be a thousand or
 * one euro and a bit, so it is refused as ambiguous rather than guessed. {@link #toString()} gives
 * the canonical form {@code 1234.50}; formatting for display is the web layer's job. Stored as
 * {@code NUMERIC(19,2)}.
 */
public final class Money implements Comparable<Money>, Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

    /** What NUMERIC(19,2) holds: 17 digits before the decimal point. */
    private static final BigDecimal LIMIT = new BigDecimal("1E17");
    private static final Pattern CANONICAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern DUTCH_THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d*)?");
    private static final String FIELD = "bedrag";

    private final BigDecimal amount;

    private Money(BigDecimal amount) {
        this.amount = amount;
    }

    /**
     * The exact amount; refuses more than two significant decimals (use {@link #rounded} where a
     * rounding rule applies).
     */
    public static Money of(BigDecimal amount) {
        if (amount == null) {
            throw InvalidInputException.of(FIELD, "bedrag.verplicht", "Vul een bedrag in.");
        }
        BigDecimal exact;
        try {
            exact = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw InvalidInputException.of(FIELD, "bedrag.decimalen",
                    "Een bedrag heeft hoogstens twee cijfers achter de komma.");
        }
        return checked(exact);
    }

    /** The amount rounded to cents, half up: the one rounding rule of settlement. */
    public static Money rounded(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        return checked(amount.setScale(SCALE, ROUNDING));
    }

    /** Whole euros. */
    public static Money euros(long euros) {
        return checked(BigDecimal.valueOf(euros).setScale(SCALE));
    }

    /**
     * Parses an amount as typed: optional euro sign, optional minus, decimal point or Dutch decimal
     * comma, Dutch thousands dots ({@code 1.234,56}, {@code 1.234.567}) or spaces, and {@code 12,-}
     * for whole euros. Otherwise a dot is a decimal point ({@code 12.50}); {@code 1.234} is refused
     * as ambiguous.
     */
    public static Money of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "bedrag.verplicht", "Vul een bedrag in.");
        }
        String s = text.strip().replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00A0]", "");
        if (s.endsWith(",-")) {
            s = s.substring(0, s.length() - 2);
        }
        if (DUTCH_THOUSANDS.matcher(s).matches()) {
            if (s.indexOf(',') < 0 && s.indexOf('.') == s.lastIndexOf('.')) {
                throw InvalidInputException.of(FIELD, "bedrag.dubbelzinnig", "Is '" + text.strip()
                        + "' een bedrag met decimalen of met een punt voor duizendtallen? Gebruik een komma voor "
                        + "decimalen, bijvoorbeeld 1234,50.");
            }
            s = s.replace(".", "");
        }
        s = s.replace(',', '.');
        if (!CANONICAL.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "bedrag.ongeldig",
                    "'" + text.strip() + "' is geen geldig bedrag; gebruik bijvoorbeeld 1234,50.");
        }
        return of(new BigDecimal(s));
    }

    /** Sum of amounts; {@link #ZERO} for none. */
    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    private static Money checked(BigDecimal scaled) {
        if (scaled.abs().compareTo(LIMIT) >= 0) {
            throw InvalidInputException.of(FIELD, "bedrag.te-groot", "Het bedrag is te groot.");
        }
        return new Money(scaled.signum() == 0 ? BigDecimal.ZERO.setScale(SCALE) : scaled);
    }

    public BigDecimal amount() {
        return amount;
    }

    public Money plus(Money other) {
        return checked(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return checked(amount.subtract(other.amount));
    }

    /** This amount times a factor (hours, a fraction of a month, a VAT rate), rounded half up to cents. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return rounded(amount.multiply(factor));
    }

    public Money negate() {
        return checked(amount.negate());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return amount.hashCode();
    }

    /** Canonical form: plain digits, a decimal point and two decimals, e.g. {@code -1234.50}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
