package nl.inburgering.portal.web.api.afrekeningen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import nl.inburgering.portal.web.api.Messages;

/**
 * A settlement run to start (OpenAPI schema {@code AfrekeningInvoer}).
 *
 * @param maand      the month, {@code JJJJ-MM}; it must have ended
 * @param contractId one contract; absent for all
 */
public record AfrekeningInvoer(@NotBlank(message = Messages.VERPLICHT) String maand,
        @Positive(message = Messages.POSITIEF) Long contractId) {
}
