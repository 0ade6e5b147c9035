package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.BeeindigingsReden;
import nl.inburgering.portal.web.api.Messages;

/**
 * An early end or a withdrawal (OpenAPI schema {@code PlaatsingBeeindigingInvoer}).
 *
 * @param datum       the last day
 * @param reden       not OVERSTAP: a route switch is {@code POST /plaatsingen/{plaatsingId}/overstap}
 * @param toelichting required for ANDERS
 */
public record BeeindigingInvoer(
        @NotNull(message = Messages.VERPLICHT) LocalDate datum,
        @NotNull(message = Messages.VERPLICHT) BeeindigingsReden reden,
        @Size(max = 500, message = Messages.TE_LANG) String toelichting) {
}
