package nl.inburgering.portal.tendering.beoordeling;

import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * One row of the BPKV table of a lot: a bid's evaluation price, price points, quality points per
 * criterion, total and rank; or, for an excluded bid, only the reason.
 *
 * @param prijspunten       priceWeight x lowest valid evaluation price / own evaluation price, 2 decimals
 *                          (null when excluded)
 * @param kwaliteitspunten  sum of score / maxScore x weight, 2 decimals (null when excluded)
 * @param totaal            price points + quality points, computed exactly and rounded half up to 2 decimals
 * @param rang              1 is best; null when excluded
 * @param winnaar           ranked within the number of winners of the lot
 * @param volledigGescoord  every criterion has a score
 * @param doorLotingBeslist the rank against an equal bid was decided by a recorded draw
 * @param lotingNodig       equal to another bid in total and quality points, and no draw recorded yet
 * @param uitsluitingsreden why the bid was excluded; null for a valid bid
 */
public record BpkvRegel(long inschrijvingId, String naam, Money evaluatieprijs, BigDecimal prijspunten,
        BigDecimal kwaliteitspunten, List<CriteriumPunten> criteria, BigDecimal totaal, Integer rang, boolean winnaar,
        boolean volledigGescoord, boolean doorLotingBeslist, boolean lotingNodig, String uitsluitingsreden) {

    public BpkvRegel {
        criteria = List.copyOf(criteria);
    }

    public boolean isUitgesloten() {
        return uitsluitingsreden != null;
    }
}
