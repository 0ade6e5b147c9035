package nl.inburgering.portal.contracts.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Input for one tariff version, as entered: {@link ContractService} validates every field at once.
 *
 * @param bedrag              euros, at most two decimals: rate per hour, per month or the trajectory price
 * @param maxUrenPerPlaatsing PER_UUR only, optional
 * @param mijlpalen           TRAJECT only: percentage per milestone, summing to 100
 * @param omschrijving        optional product description
 */
public record TariefGegevens(LocalDate geldigVanaf, Betaalmodel betaalmodel, BigDecimal bedrag,
        BigDecimal maxUrenPerPlaatsing, Map<Mijlpaal, BigDecimal> mijlpalen, String omschrijving) {
}
