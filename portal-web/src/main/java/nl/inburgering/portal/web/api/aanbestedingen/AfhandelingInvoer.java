package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.constraints.Size;
import nl.inburgering.portal.tendering.gunning.BezwaarStatus;
import nl.inburgering.portal.web.api.Messages;

/**
 * The resolution of an objection (OpenAPI schema {@code AfhandelingInvoer}).
 *
 * @param uitkomst GEGROND, ONGEGROND or INGETROKKEN; a provider may only withdraw (INGETROKKEN)
 */
public record AfhandelingInvoer(BezwaarStatus uitkomst,
        @Size(max = 4000, message = Messages.TE_LANG) String toelichting) {
}
