package nl.inburgering.portal.contracts.settlement;

import java.time.YearMonth;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;

/** Optional criteria for a list of invoices; all null is everything the actor may see. */
public record FactuurFilter(YearMonth maand, Factuurstatus status, Long contractId, Long aanbiederId,
        Factuursoort soort) {

    public static FactuurFilter alles() {
        return new FactuurFilter(null, null, null, null, null);
    }

    /** The invoices waiting for the contract manager's decision. */
    public static FactuurFilter teBeoordelen() {
        return new FactuurFilter(null, Factuurstatus.INGEDIEND, null, null, null);
    }
}
