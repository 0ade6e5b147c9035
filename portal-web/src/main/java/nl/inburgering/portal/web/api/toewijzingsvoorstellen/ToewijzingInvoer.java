package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.validation.constraints.NotNull;
import nl.inburgering.portal.contracts.placement.Toewijzing;
import nl.inburgering.portal.web.api.Messages;

/** One referral and its contract (OpenAPI schema {@code ToewijzingInvoer}). */
public record ToewijzingInvoer(
        @NotNull(message = Messages.VERPLICHT) Long plaatsingId,
        @NotNull(message = Messages.VERPLICHT) Long contractId) {

    Toewijzing toewijzing() {
        return new Toewijzing(plaatsingId, contractId);
    }
}
