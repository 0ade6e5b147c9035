package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A percentage from 0 to 100 with at most two decimals, e.g. a milestone's share of a trajectory
 * price (DESIGN.md, "Tarief": START 40 %, HALVERWEGE 40 %, AFRONDING 20 %) or a VAT rate.
 * Stored as {@code NUMERIC(5,2)}. {@link #toString()} gives the canonical form {@code 40.00}.
 */
public final class Percentage implements Comparable<Percentage>, Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");
    private static final String FIELD = "percentage";

    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO.setScale(2));
    public static final Percentage HUNDRED_PERCENT = new Percentage(HUNDRED.setScale(2));

    private final BigDecimal value;

    private Percentage(BigDecimal value) {
        this.value = value;
    }

    public static Percentage of(BigDecimal value) {
        if (value == null) {
            throw InvalidInputException.of(FIELD, "percentage.verplicht", "Vul een percentage in.");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw InvalidInputException.of(FIELD, "percentage.bereik", "Een percentage ligt tussen 0 en 100.");
        }
        try {
            return new Percentage(value.setScale(2, RoundingMode.UNNECESSARY));
        } catch (ArithmeticException e) {
            throw InvalidInputException.of(FIELD, "percentage.decimalen",
                    "Een percentage heeft hoogstens twee cijfers achter de komma.");
        }
    }

    public static Percentage of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** Reads {@code 40}, {@code 40%}, {@code 12,5 %} or {@code 12.5}. */
    public static Percentage of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "percentage.verplicht", "Vul een percentage in.");
        }
        String s = text.strip().replace("%", "").strip().replace(',', '.');
        if (!NUMBER.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "percentage.ongeldig",
                    "'" + text.strip() + "' is geen geldig percentage.");
        }
        return of(new BigDecimal(s));
    }

    public BigDecimal value() {
        return value;
    }

    /** As a fraction: 40 % is 0.40. Exact. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /** This share of an amount, rounded half up to cents: {@code round(amount x pct / 100)}. */
    public Money applyTo(Money amount) {
        Objects.requireNonNull(amount, "amount");
        return amount.times(fraction());
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isHundred() {
        return value.compareTo(HUNDRED) == 0;
    }

    @Override
    public int compareTo(Percentage o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentage p && value.equals(p.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
