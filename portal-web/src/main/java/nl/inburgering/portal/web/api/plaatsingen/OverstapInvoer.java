package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.OverstapGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.Messages;

/**
 * A route switch (OpenAPI schema {@code OverstapInvoer}): the placement ends with reason OVERSTAP on
 * {@code einddatum} and a new referral follows, in one transaction.
 *
 * @param nieuweLeerroute optional: absent or the same route is a switch of provider
 * @param nieuwePipDatum  required when the route changes
 * @param aanbiederId     onderwijsroute: the provider the inburgeraar chose
 */
public record OverstapInvoer(
        @NotNull(message = Messages.VERPLICHT) LocalDate einddatum,
        @Size(max = 500, message = Messages.TE_LANG) String toelichting,
        Leerroute nieuweLeerroute,
        LocalDate nieuwePipDatum,
        @NotNull(message = Messages.VERPLICHT) LocalDate geplandeStart,
        BigDecimal geplandeUren,
        Long aanbiederId) {

    OverstapGegevens gegevens() {
        return new OverstapGegevens(einddatum, toelichting, nieuweLeerroute, nieuwePipDatum, geplandeStart,
                geplandeUren, aanbiederId);
    }
}
