package nl.inburgering.portal.contracts.settlement;

import java.math.BigDecimal;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * An invoice line as pages and the API show it: the placement and the inburgeraar's name (the provider
 * teaches them; never the BSN), the gemeente that pays, the month it settles (the original month for a
 * correction), quantity, price, amount and the contract manager's verdict.
 */
public record FactuurregelView(long id, long factuurId, int volgnummer, long plaatsingId, String inburgeraar,
        long gemeenteId, String gemeente, boolean zelfbetaler, YearMonth periode, boolean correctie,
        Betaalmodel betaalmodel, Mijlpaal mijlpaal, BigDecimal aantal, Money prijs, Money bedrag, String omschrijving,
        Regelbeoordeling beoordeling, Afkeurcode afkeurcode, String opmerking) {
}
