package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * A bid on one lot (OpenAPI schema {@code InschrijvingInvoer}): a price above zero for every tariff
 * item of the lot. A second bid on the same lot before the deadline replaces the first.
 */
public record InschrijvingInvoer(Long perceelId,
        @Valid @Size(max = 20, message = Messages.TE_VEEL) List<PrijsInvoer> prijzen) {

    /**
     * A price (OpenAPI schema {@code OnderdeelPrijsInvoer}).
     *
     * @param onderdeel the number of the lot's priced item (the domain's tariff item)
     * @param prijs     euros per unit: a string with at most two decimals ({@code "52.50"}) or a JSON number
     */
    public record PrijsInvoer(Integer onderdeel, BigDecimal prijs) {
    }

    InschrijvingGegevens gegevens() {
        return new InschrijvingGegevens(perceelId, prijzen == null ? null : prijzen.stream()
                .map(p -> p == null ? null : new InschrijvingGegevens.Prijs(p.onderdeel(), p.prijs()))
                .toList());
    }
}
