package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.inburgering.portal.web.api.Messages;

/** The date of a start, a resumption or a completion (OpenAPI schema {@code PlaatsingDatumInvoer}). */
public record DatumInvoer(@NotNull(message = Messages.VERPLICHT) LocalDate datum) {
}
