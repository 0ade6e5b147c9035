package nl.inburgering.portal.web.api.contracten;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.web.api.Messages;

/**
 * One tariff version of a new contract (OpenAPI schema {@code TariefInvoer}).
 *
 * @param bedrag euros as a string with at most two decimals ({@code "52.50"}); a JSON number is
 *               accepted too
 */
public record TariefInvoer(
        @NotNull(message = Messages.VERPLICHT) LocalDate geldigVanaf,
        @NotNull(message = Messages.VERPLICHT) Betaalmodel betaalmodel,
        @NotNull(message = Messages.VERPLICHT) BigDecimal bedrag,
        BigDecimal maxUrenPerPlaatsing,
        Map<Mijlpaal, BigDecimal> mijlpalen,
        @Size(max = 200, message = Messages.TE_LANG) String omschrijving,
        Onderdeel onderdeel) {

    TariefGegevens gegevens() {
        return new TariefGegevens(geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen, omschrijving,
                onderdeel);
    }
}
