package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.constraints.Size;
import nl.inburgering.portal.web.api.Messages;

/** A reason, e.g. for cancelling a tender or withdrawing an award decision (OpenAPI schema {@code RedenInvoer}). */
public record RedenInvoer(@Size(max = 1000, message = Messages.TE_LANG) String reden) {
}
