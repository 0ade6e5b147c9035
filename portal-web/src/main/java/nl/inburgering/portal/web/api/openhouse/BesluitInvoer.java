package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/**
 * The decision on a submitted application (OpenAPI schema {@code BesluitInvoer}).
 *
 * @param redenen required for AFGEWEZEN: the provider reads them in its inbox
 */
public record BesluitInvoer(
        @NotNull(message = Messages.VERPLICHT) Besluit besluit,
        @Size(max = 4000, message = Messages.TE_LANG) String redenen) {
}
