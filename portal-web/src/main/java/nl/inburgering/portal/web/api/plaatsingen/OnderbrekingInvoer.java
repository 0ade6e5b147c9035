package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.web.api.Messages;

/**
 * A pause (OpenAPI schema {@code OnderbrekingInvoer}).
 *
 * @param vanaf the first day of the pause
 * @param reden optional
 */
public record OnderbrekingInvoer(
        @NotNull(message = Messages.VERPLICHT) LocalDate vanaf,
        @Size(max = 500, message = Messages.TE_LANG) String reden) {
}
