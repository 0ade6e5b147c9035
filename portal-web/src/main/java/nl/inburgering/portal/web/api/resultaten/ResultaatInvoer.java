package nl.inburgering.portal.web.api.resultaten;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.attendance.ResultaatGegevens;
import nl.inburgering.portal.contracts.attendance.ResultaatSoort;
import nl.inburgering.portal.contracts.attendance.Taalniveau;
import nl.inburgering.portal.contracts.attendance.Uitslag;
import nl.inburgering.portal.web.api.Messages;

/**
 * A result as the provider records it (OpenAPI schema {@code ResultaatInvoer}); which of niveau, uitslag and
 * toelichting a kind needs is the service's rule.
 */
public record ResultaatInvoer(@NotNull(message = Messages.VERPLICHT) Long plaatsingId,
        @NotNull(message = Messages.VERPLICHT) ResultaatSoort soort, Taalniveau niveau, Uitslag uitslag,
        @NotNull(message = Messages.VERPLICHT) LocalDate datum,
        @Size(max = 2000, message = "Hoogstens 2000 tekens.") String toelichting) {

    ResultaatGegevens gegevens() {
        return new ResultaatGegevens(plaatsingId, soort, niveau, uitslag, datum, toelichting);
    }
}
