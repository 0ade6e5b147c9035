package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/**
 * The rejection of a self-registration, with the reason the applicant is told (OpenAPI schema
 * {@code AfwijzingInvoer}).
 */
public record AfwijzingInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 2000, message = Messages.TE_LANG) String reden) {
}
