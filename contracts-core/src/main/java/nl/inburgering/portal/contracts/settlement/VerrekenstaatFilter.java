package nl.inburgering.portal.contracts.settlement;

import java.time.YearMonth;

/** Optional criteria for a list of statements; all null is everything the actor may see. */
public record VerrekenstaatFilter(Long gemeenteId, YearMonth maand, Verrekenstaatstatus status) {

    public static VerrekenstaatFilter alles() {
        return new VerrekenstaatFilter(null, null, null);
    }
}
