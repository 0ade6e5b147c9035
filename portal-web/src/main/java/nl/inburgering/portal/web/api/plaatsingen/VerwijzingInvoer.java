package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.VerwijzingGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.Messages;

/**
 * A referral (OpenAPI schema {@code VerwijzingInvoer}).
 *
 * @param leerroute   optional: must be the inburgeraar's leerroute from the PIP
 * @param aanbiederId onderwijsroute only: the provider the inburgeraar chose (default: the preferred provider
 *                    registered with the inburgeraar)
 */
public record VerwijzingInvoer(
        @NotNull(message = Messages.VERPLICHT) Long inburgeraarId,
        Leerroute leerroute,
        @NotNull(message = Messages.VERPLICHT) LocalDate geplandeStart,
        BigDecimal geplandeUren,
        Long aanbiederId) {

    VerwijzingGegevens gegevens() {
        return new VerwijzingGegevens(inburgeraarId, leerroute, geplandeStart, geplandeUren, aanbiederId);
    }
}
