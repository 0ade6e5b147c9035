package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * {@code PER_UUR}: line = round(billable hours in the month x rate) (DESIGN.md, "Settlement").
 *
 * @param uren      the billable hours of the month at this rate, after the cap
 * @param onderdeel the component of the rate, or null for the general rate
 */
public record Uurgrondslag(Uren uren, Money uurtarief, Onderdeel onderdeel) implements Grondslag {

    public Uurgrondslag {
        Objects.requireNonNull(uren, "uren");
        Objects.requireNonNull(uurtarief, "uurtarief");
    }

    /** Hours at the general rate. */
    public Uurgrondslag(Uren uren, Money uurtarief) {
        this(uren, uurtarief, null);
    }

    @Override
    public Betaalmodel betaalmodel() {
        return Betaalmodel.PER_UUR;
    }

    @Override
    public BigDecimal aantal() {
        return uren.waarde();
    }

    @Override
    public Money bedrag() {
        return uurtarief.times(uren.waarde());
    }
}
