package nl.inburgering.portal.web.api.contracten;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import nl.inburgering.portal.web.api.Messages;

/**
 * The weight of a tendered contract in its lot's fair share (OpenAPI schema {@code DoelaandeelInvoer}).
 * Weights are relative: 50/30/20 is 5/3/2. Greater than zero, below a million, at most two decimals;
 * the service checks the range.
 */
public record DoelaandeelInvoer(@NotNull(message = Messages.VERPLICHT) BigDecimal gewicht) {
}
