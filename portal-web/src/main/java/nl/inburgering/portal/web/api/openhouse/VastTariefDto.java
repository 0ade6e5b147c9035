package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.openhouse.procedure.VastTarief;

/**
 * One fixed tariff of a procedure version (OpenAPI schema {@code VastTarief}): the terms every
 * admitted provider's contract gets. Money is a string with two decimals, as in {@code Tarief}.
 *
 * @param maxUrenPerPlaatsing PER_UUR only, optional
 * @param mijlpalen           TRAJECT only: percentage per milestone, summing to 100
 */
@JsonbPropertyOrder({"geldigVanaf", "betaalmodel", "bedrag", "maxUrenPerPlaatsing", "mijlpalen", "omschrijving"})
public record VastTariefDto(LocalDate geldigVanaf, Betaalmodel betaalmodel, String bedrag,
        BigDecimal maxUrenPerPlaatsing, Map<Mijlpaal, BigDecimal> mijlpalen, String omschrijving) {

    static VastTariefDto of(VastTarief t) {
        Map<Mijlpaal, BigDecimal> mijlpalen = null;
        if (!t.getMijlpalen().isEmpty()) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (Map.Entry<Mijlpaal, Percentage> m : t.getMijlpalen().entrySet()) {
                mijlpalen.put(m.getKey(), m.getValue().value());
            }
        }
        return new VastTariefDto(t.getGeldigVanaf(), t.getBetaalmodel(), t.getBedrag().toString(),
                t.getMaxUrenPerPlaatsing(), mijlpalen, t.getOmschrijving());
    }
}
