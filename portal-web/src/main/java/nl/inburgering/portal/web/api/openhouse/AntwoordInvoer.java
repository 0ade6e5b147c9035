package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/**
 * The answer to one condition (OpenAPI schema {@code AntwoordInvoer}).
 *
 * @param eisVolgnummer the number of the condition, from 1
 * @param tekst         empty or absent clears the answer
 */
public record AntwoordInvoer(
        @NotNull(message = Messages.VERPLICHT) Integer eisVolgnummer,
        @Size(max = 4000, message = Messages.TE_LANG) String tekst) {
}
