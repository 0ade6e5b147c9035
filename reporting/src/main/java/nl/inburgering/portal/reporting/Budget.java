package nl.inburgering.portal.reporting;

import java.math.BigDecimal;

/**
 * A gemeente's budget for one year against what it spent and has committed (issue 8, "budget versus committed
 * versus spent"). All amounts in euros including VAT.
 *
 * @param asielmigranten the gemeente's asielmigranten with their PIP in the year
 * @param norm the budget norm per asielmigrant of the year
 * @param budget {@code norm x asielmigranten}
 * @param uitgegeven the gemeente's shares of the approved invoices of the year's months (GEMEENTEN invoices only)
 * @param verplicht the expected remaining cost, on the reference date, of the gemeente's open placements at their
 *        contracts' current tariffs (see {@code RapportageService} for the estimate per payment model)
 * @param ruimte {@code budget - uitgegeven - verplicht}; negative when the budget will not suffice
 */
public record Budget(long gemeenteId, String gemeenteNaam, int jaar, long asielmigranten, BigDecimal norm,
        BigDecimal budget, BigDecimal uitgegeven, BigDecimal verplicht, BigDecimal ruimte) {

    /** The budget of the year from the norm and the count, and what is left after spending and commitments. */
    public static Budget van(long gemeenteId, String gemeenteNaam, int jaar, long asielmigranten, BigDecimal norm,
            BigDecimal uitgegeven, BigDecimal verplicht) {
        BigDecimal budget = Bedragen.euro(norm.multiply(BigDecimal.valueOf(asielmigranten)));
        BigDecimal u = Bedragen.euro(uitgegeven);
        BigDecimal v = Bedragen.euro(verplicht);
        return new Budget(gemeenteId, gemeenteNaam, jaar, asielmigranten, Bedragen.euro(norm), budget, u, v,
                budget.subtract(u).subtract(v));
    }
}
