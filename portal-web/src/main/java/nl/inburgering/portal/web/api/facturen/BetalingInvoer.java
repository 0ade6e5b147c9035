package nl.inburgering.portal.web.api.facturen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.web.api.Messages;

/** The payment of an approved invoice (OpenAPI schema {@code BetalingInvoer}). */
public record BetalingInvoer(@NotNull(message = Messages.VERPLICHT) LocalDate betaaldOp,
        @Size(max = 100, message = Messages.TE_LANG) String betaalreferentie) {
}
