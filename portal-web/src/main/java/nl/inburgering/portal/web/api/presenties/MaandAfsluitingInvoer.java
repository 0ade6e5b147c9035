package nl.inburgering.portal.web.api.presenties;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.inburgering.portal.web.api.Messages;

/**
 * Locks a month of a contract for attendance (OpenAPI schema {@code MaandAfsluitingInvoer}).
 *
 * @param maand {@code JJJJ-MM}
 */
public record MaandAfsluitingInvoer(@NotNull(message = Messages.VERPLICHT) Long contractId,
        @NotNull(message = Messages.VERPLICHT) @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])",
                message = "Een maand als JJJJ-MM.") String maand) {
}
