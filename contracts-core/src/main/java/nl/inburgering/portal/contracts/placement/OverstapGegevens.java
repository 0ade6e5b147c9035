package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Input for a route switch ({@link PlaatsingService#stapOver}): the current placement ends with reason
 * OVERSTAP on {@code einddatum}, and a new referral follows in the same transaction.
 *
 * @param toelichting     optional
 * @param nieuweLeerroute optional: the route of the new PIP decision; null or the same route keeps the
 *                        route (a switch of provider)
 * @param nieuwePipDatum  required when the route changes
 * @param geplandeUren    optional
 * @param aanbiederId     for the onderwijsroute: the provider the inburgeraar chose
 */
public record OverstapGegevens(LocalDate einddatum, String toelichting, Leerroute nieuweLeerroute,
        LocalDate nieuwePipDatum, LocalDate geplandeStart, BigDecimal geplandeUren, Long aanbiederId) {
}
