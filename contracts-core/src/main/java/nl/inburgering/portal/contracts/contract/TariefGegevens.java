package nl.inburgering.portal.contracts.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * Input for one tariff version, as entered: {@link ContractService} validates every field at once.
 *
 * @param bedrag              euros, at most two decimals: rate per hour, per month or the trajectory price
 * @param maxUrenPerPlaatsing PER_UUR only, optional
 * @param mijlpalen           TRAJECT only: percentage per milestone, summing to 100
 * @param omschrijving        optional product description
 * @param onderdeel           PER_UUR only, optional: the rate applies to the hours of this component (a tender's
 *                            price item "KNM per uur"); absent, it applies to every component without a rate of
 *                            its own
 */
public record TariefGegevens(LocalDate geldigVanaf, Betaalmodel betaalmodel, BigDecimal bedrag,
        BigDecimal maxUrenPerPlaatsing, Map<Mijlpaal, BigDecimal> mijlpalen, String omschrijving,
        Onderdeel onderdeel) {

    /** A tariff for all components. */
    public TariefGegevens(LocalDate geldigVanaf, Betaalmodel betaalmodel, BigDecimal bedrag,
            BigDecimal maxUrenPerPlaatsing, Map<Mijlpaal, BigDecimal> mijlpalen, String omschrijving) {
        this(geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen, omschrijving, null);
    }
}
