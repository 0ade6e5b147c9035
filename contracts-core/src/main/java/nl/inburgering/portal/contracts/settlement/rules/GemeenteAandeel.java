package nl.inburgering.portal.contracts.settlement.rules;

import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * One gemeente's share of an invoice: the sum of its lines and its share of the VAT (DESIGN.md,
 * "Settlement"). The gemeente's statement (verrekenstaat) adds these up over all contracts.
 */
public record GemeenteAandeel(long gemeenteId, Money netto, Money btw) {

    public GemeenteAandeel {
        Objects.requireNonNull(netto, "netto");
        Objects.requireNonNull(btw, "btw");
    }

    public Money totaal() {
        return netto.plus(btw);
    }
}
