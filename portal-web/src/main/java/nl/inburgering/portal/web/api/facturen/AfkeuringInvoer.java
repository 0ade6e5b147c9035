package nl.inburgering.portal.web.api.facturen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/** The contract manager rejects the whole invoice, with a reason (OpenAPI schema {@code AfkeuringInvoer}). */
public record AfkeuringInvoer(@NotBlank(message = Messages.VERPLICHT)
        @Size(max = 1000, message = Messages.TE_LANG) String reden) {
}
