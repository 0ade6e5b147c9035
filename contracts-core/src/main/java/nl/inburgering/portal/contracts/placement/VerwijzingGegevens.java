package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Input for a referral, as typed: {@link PlaatsingService#verwijs} checks every field at once.
 *
 * @param leerroute    optional: the inburgeraar's leerroute from the PIP (a referral for another route
 *                     is refused: change the route first, or switch with an overstap)
 * @param geplandeUren optional
 * @param aanbiederId  for the onderwijsroute only: the provider the inburgeraar chose (default: the
 *                     preferred provider registered with the inburgeraar)
 */
public record VerwijzingGegevens(Long inburgeraarId, Leerroute leerroute, LocalDate geplandeStart,
        BigDecimal geplandeUren, Long aanbiederId) {
}
