package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.openhouse.procedure.EisGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * One condition of a procedure to create or change (OpenAPI schema {@code EisInvoer}); numbered by
 * its position in the list.
 */
public record EisInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 500, message = Messages.TE_LANG) String omschrijving,
        @Size(max = 2000, message = Messages.TE_LANG) String toelichting,
        @NotNull(message = Messages.VERPLICHT) Boolean verplicht) {

    EisGegevens gegevens() {
        return new EisGegevens(omschrijving, toelichting, Boolean.TRUE.equals(verplicht));
    }
}
