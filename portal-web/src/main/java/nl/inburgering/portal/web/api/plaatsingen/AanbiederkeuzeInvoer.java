package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import nl.inburgering.portal.web.api.Messages;

/**
 * The provider the inburgeraar chose, for an onderwijsroute referral waiting in the pool (OpenAPI schema
 * {@code AanbiederkeuzeInvoer}).
 */
public record AanbiederkeuzeInvoer(@NotNull(message = Messages.VERPLICHT) Long aanbiederId) {
}
