package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * {@code TRAJECT}: a milestone's line = round(price x percentage / 100) (DESIGN.md, "Settlement").
 *
 * @param bereiktOp the date the milestone was reached, in the month of the line
 */
public record Mijlpaalgrondslag(Mijlpaal mijlpaal, LocalDate bereiktOp, Percentage percentage, Money trajectprijs)
        implements Grondslag {

    public Mijlpaalgrondslag {
        Objects.requireNonNull(mijlpaal, "mijlpaal");
        Objects.requireNonNull(bereiktOp, "bereiktOp");
        Objects.requireNonNull(percentage, "percentage");
        Objects.requireNonNull(trajectprijs, "trajectprijs");
    }

    @Override
    public Betaalmodel betaalmodel() {
        return Betaalmodel.TRAJECT;
    }

    @Override
    public BigDecimal aantal() {
        return BigDecimal.ONE;
    }

    @Override
    public Money bedrag() {
        return percentage.applyTo(trajectprijs);
    }
}
