package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.inburgering.portal.web.api.Messages;

/**
 * What to propose for (OpenAPI schema {@code ToewijzingsvoorstelInvoer}): a lot, named as its contracts
 * name it ({@code herkomstReferentie} and {@code perceel} of a contract), and the waiting referrals.
 */
public record ToewijzingsvoorstelInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_LANG) String aanbesteding,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_LANG) String perceel,
        @NotNull(message = Messages.VERPLICHT) @Size(min = 1, max = 5000, message = "Geef 1 tot en met {max}"
                + " plaatsingen.") List<Long> plaatsingIds) {
}
