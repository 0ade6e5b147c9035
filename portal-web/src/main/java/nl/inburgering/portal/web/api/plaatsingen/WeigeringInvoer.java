package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/** The provider declines a proposal, with a reason (OpenAPI schema {@code WeigeringInvoer}). */
public record WeigeringInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 500, message = Messages.TE_LANG) String reden) {
}
