package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * How an invoice line's amount follows from quantity and price, one kind per payment model (DESIGN.md,
 * "Settlement"). Each computes its amount with exactly one rounding to cents, half up, at the line.
 */
public sealed interface Grondslag permits Uurgrondslag, Maandgrondslag, Mijlpaalgrondslag {

    Betaalmodel betaalmodel();

    /**
     * The quantity: hours ({@code PER_UUR}), active days ({@code PER_MAAND}) or one milestone
     * ({@code TRAJECT}).
     */
    BigDecimal aantal();

    /** The line amount, rounded to cents half up once. */
    Money bedrag();
}
