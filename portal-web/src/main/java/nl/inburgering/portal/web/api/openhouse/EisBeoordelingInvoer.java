package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/**
 * The assessment of one condition (OpenAPI schema {@code EisBeoordelingInvoer}).
 *
 * @param opmerking required when the condition is not met
 */
public record EisBeoordelingInvoer(
        @NotNull(message = Messages.VERPLICHT) Integer eisVolgnummer,
        @NotNull(message = Messages.VERPLICHT) Boolean voldaan,
        @Size(max = 2000, message = Messages.TE_LANG) String opmerking) {
}
