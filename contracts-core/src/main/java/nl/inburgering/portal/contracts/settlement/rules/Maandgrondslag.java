package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * {@code PER_MAAND}: line = round(rate x activeDays / daysInMonth) (DESIGN.md, "Settlement"). The
 * quotient is rounded once, half up, from its exact value.
 *
 * @param actieveDagen the active days of the month at this rate
 * @param dagenInMaand 28 to 31
 */
public record Maandgrondslag(int actieveDagen, int dagenInMaand, Money maandtarief) implements Grondslag {

    public Maandgrondslag {
        Objects.requireNonNull(maandtarief, "maandtarief");
        if (dagenInMaand < 28 || dagenInMaand > 31 || actieveDagen < 0 || actieveDagen > dagenInMaand) {
            throw new IllegalArgumentException(actieveDagen + " active days of " + dagenInMaand);
        }
    }

    @Override
    public Betaalmodel betaalmodel() {
        return Betaalmodel.PER_MAAND;
    }

    @Override
    public BigDecimal aantal() {
        return BigDecimal.valueOf(actieveDagen);
    }

    @Override
    public Money bedrag() {
        return Money.of(maandtarief.amount().multiply(BigDecimal.valueOf(actieveDagen))
                .divide(BigDecimal.valueOf(dagenInMaand), Money.SCALE, Money.ROUNDING));
    }
}
