package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.inburgering.portal.web.api.Messages;

/**
 * The contract manager's confirmation (OpenAPI schema {@code BevestigingInvoer}): per referral the
 * contract, as proposed or changed. All or nothing.
 */
public record BevestigingInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(min = 1, max = 5000, message = "Geef 1 tot en met {max}"
                + " toewijzingen.") List<@NotNull(message = Messages.VERPLICHT) @Valid ToewijzingInvoer> toewijzingen) {
}
