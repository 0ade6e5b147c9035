package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A month's own invoice line for one placement and product: its {@link Grondslag} says how quantity and
 * price give the amount.
 *
 * @param tariefGeldigVanaf the tariff version that prices the line
 */
public record Afrekenregel(long plaatsingId, long gemeenteId, boolean zelfbetaler, YearMonth periode,
        LocalDate tariefGeldigVanaf, Grondslag grondslag) implements Factuurregel {

    public Afrekenregel {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(tariefGeldigVanaf, "tariefGeldigVanaf");
        Objects.requireNonNull(grondslag, "grondslag");
    }

    @Override
    public Product product() {
        Mijlpaal m = grondslag instanceof Mijlpaalgrondslag g ? g.mijlpaal() : null;
        return new Product(grondslag.betaalmodel(), tariefGeldigVanaf, m,
                grondslag instanceof Uurgrondslag u ? u.onderdeel() : null);
    }

    @Override
    public BigDecimal aantal() {
        return grondslag.aantal();
    }

    @Override
    public Money bedrag() {
        return grondslag.bedrag();
    }
}
