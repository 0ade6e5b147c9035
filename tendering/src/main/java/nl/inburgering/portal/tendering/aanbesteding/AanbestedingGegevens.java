package nl.inburgering.portal.tendering.aanbesteding;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * Input for a new tender or a change to a draft, as entered: {@link AanbestedingService} validates
 * every field at once and reports all errors together, with field names as below ({@code
 * percelen[0].gemeenteIds}, {@code kwaliteitscriteria[1].weging}, {@code voorwaarden.looptijdMaanden}).
 * That the weights sum to 100 is reported under {@code kwaliteitscriteria}.
 *
 * @param referentie         unique in the region, e.g. {@code AB-2026-01}
 * @param omschrijving       optional
 * @param sluitingstijd      the bid deadline as a date-time in Dutch time (Europe/Amsterdam)
 * @param standstillDagen    null is the legal minimum of 20
 * @param prijsWeging        the weight of price, 0 to 100; with the quality weights it sums to 100
 * @param kwaliteitscriteria may be empty (price only) when the price weight is 100
 */
public record AanbestedingGegevens(String referentie, String titel, String omschrijving, LocalDateTime sluitingstijd,
        Integer standstillDagen, BigDecimal prijsWeging, List<Criterium> kwaliteitscriteria, List<PerceelInvoer> percelen,
        Voorwaarden voorwaarden) {

    /**
     * A quality criterion.
     *
     * @param weging   its weight, more than 0, at most two decimals
     * @param maxScore the highest score the contract manager may give, e.g. 10
     */
    public record Criterium(String naam, BigDecimal weging, Integer maxScore) {
    }

    /**
     * A lot.
     *
     * @param leerroute      B1_ROUTE or Z_ROUTE (the onderwijsroute is bought by Open House)
     * @param gemeenteIds    the participating gemeenten, at least one
     * @param aantalWinnaars how many providers win the lot, at least one
     * @param tariefposten   the priced items with their estimated volume; see {@link Perceel#MAX_TARIEFPOSTEN}
     */
    public record PerceelInvoer(String naam, Leerroute leerroute, Set<Long> gemeenteIds, Integer aantalWinnaars,
            List<Post> tariefposten) {
    }

    /**
     * A tariff item of a lot.
     *
     * @param omschrijving  what is priced, e.g. "Taaluur Z-route (groepsles)"
     * @param geraamdVolume the estimated volume over the contract term in the item's unit (hours, months,
     *                      trajectories): a whole number, at least 1
     * @param onderdeel     optional, PER_UUR only: the component this item prices ("KNM per uur"); required
     *                      and different per item when the lot has more than one item
     */
    public record Post(String omschrijving, Long geraamdVolume, Onderdeel onderdeel) {

        /** An item for every component. */
        public Post(String omschrijving, Long geraamdVolume) {
            this(omschrijving, geraamdVolume, null);
        }
    }

    /**
     * The terms of the resulting contracts.
     *
     * @param verlengopties               number of extension options, 0 or more
     * @param verlengingMaanden           months per option; required when there are options
     * @param mijlpalen                   TRAJECT only: percentage per milestone, summing to 100
     * @param maxUrenPerPlaatsing         PER_UUR only, optional: billable hours per placement
     * @param geoorloofdVerzuimDeclarabel PER_UUR: whether excused absence is billable
     */
    public record Voorwaarden(Integer looptijdMaanden, Integer verlengopties, Integer verlengingMaanden,
            Betaalmodel betaalmodel, Map<Mijlpaal, BigDecimal> mijlpalen, BigDecimal maxUrenPerPlaatsing,
            BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel) {
    }
}
