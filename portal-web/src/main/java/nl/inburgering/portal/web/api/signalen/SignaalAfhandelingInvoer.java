package nl.inburgering.portal.web.api.signalen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/** The gemeente's remark when it marks a signal handled (OpenAPI schema {@code SignaalAfhandelingInvoer}). */
public record SignaalAfhandelingInvoer(@NotBlank(message = Messages.VERPLICHT)
        @Size(max = 2000, message = "Hoogstens 2000 tekens.") String opmerking) {
}
