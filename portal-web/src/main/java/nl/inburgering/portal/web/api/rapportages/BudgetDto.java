package nl.inburgering.portal.web.api.rapportages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import nl.inburgering.portal.reporting.Budget;

/** A gemeente's budget of a year against spending and commitments (OpenAPI schema {@code RapportageBudget}). */
@JsonbPropertyOrder({"gemeenteId", "gemeenteNaam", "jaar", "asielmigranten", "norm", "budget", "uitgegeven",
        "verplicht", "ruimte"})
public record BudgetDto(long gemeenteId, String gemeenteNaam, int jaar, long asielmigranten, BigDecimal norm,
        BigDecimal budget, BigDecimal uitgegeven, BigDecimal verplicht, BigDecimal ruimte) {

    static BudgetDto of(Budget b) {
        return new BudgetDto(b.gemeenteId(), b.gemeenteNaam(), b.jaar(), b.asielmigranten(), b.norm(), b.budget(),
                b.uitgegeven(), b.verplicht(), b.ruimte());
    }
}
