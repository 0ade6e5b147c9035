package nl.inburgering.portal.web.api.facturen;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.contracts.settlement.Afkeurcode;
import nl.inburgering.portal.web.api.Messages;

/** The contract manager rejects one line (OpenAPI schema {@code RegelAfkeuringInvoer}). */
public record RegelAfkeuringInvoer(@NotNull(message = Messages.VERPLICHT) Afkeurcode afkeurcode,
        @NotBlank(message = Messages.VERPLICHT) @Size(max = 1000, message = Messages.TE_LANG) String opmerking) {
}
