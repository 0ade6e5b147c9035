package nl.inburgering.portal.web.api.contracten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.MijlpaalAandeel;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * One tariff version of a contract (OpenAPI schema {@code Tarief}). Money is a string with two
 * decimals ({@code "52.50"}), so no client reads it as a binary floating-point number.
 *
 * @param bedrag              per hour, per month or per trajectory, by {@code betaalmodel}
 * @param maxUrenPerPlaatsing PER_UUR only, optional
 * @param mijlpalen           TRAJECT only: percentage per milestone, summing to 100
 * @param onderdeel           PER_UUR only, optional: the component whose hours this rate prices
 */
@JsonbPropertyOrder({"id", "geldigVanaf", "betaalmodel", "bedrag", "maxUrenPerPlaatsing", "mijlpalen",
        "omschrijving", "onderdeel"})
public record TariefDto(long id, LocalDate geldigVanaf, Betaalmodel betaalmodel, String bedrag,
        BigDecimal maxUrenPerPlaatsing, Map<Mijlpaal, BigDecimal> mijlpalen, String omschrijving,
        Onderdeel onderdeel) {

    static TariefDto of(Tarief t) {
        Map<Mijlpaal, BigDecimal> mijlpalen = null;
        if (!t.getMijlpalen().isEmpty()) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (MijlpaalAandeel m : t.getMijlpalen()) {
                mijlpalen.put(m.getMijlpaal(), m.getPercentage().value());
            }
        }
        return new TariefDto(t.getId(), t.getGeldigVanaf(), t.getBetaalmodel(), t.getBedrag().toString(),
                t.getMaxUrenPerPlaatsing(), mijlpalen, t.getOmschrijving(), t.getOnderdeel());
    }
}
