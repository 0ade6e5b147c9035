package nl.inburgering.portal.web.api.facturen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/** The provider submits its invoice under its own number (OpenAPI schema {@code IndieningInvoer}). */
public record IndieningInvoer(@NotBlank(message = Messages.VERPLICHT)
        @Size(max = 50, message = Messages.TE_LANG) String factuurnummer) {
}
