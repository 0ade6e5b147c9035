package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A line as it was stored on an invoice: what settlement needs of it to know what was billed
 * ({@link ReedsGefactureerd}): placement, gemeente, who pays, month, product, quantity and amount. A month's
 * own line and a correction line read back alike; for a correction, {@code aantal} and {@code bedrag} are the
 * differences it billed.
 */
public record GefactureerdeRegel(long plaatsingId, long gemeenteId, boolean zelfbetaler, YearMonth periode,
        Product product, BigDecimal aantal, Money bedrag) implements Factuurregel {

    public GefactureerdeRegel {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(aantal, "aantal");
        Objects.requireNonNull(bedrag, "bedrag");
    }
}
