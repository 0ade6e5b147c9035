package nl.inburgering.portal.contracts.placement;

import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Filter of the placement list; every field is optional (null: no condition). The pool of referrals
 * waiting for a contract is {@code status = AANGEMELD}.
 *
 * @param lopend true: only placements not yet final; false: only final ones
 */
public record PlaatsingFilter(Long inburgeraarId, Long gemeenteId, Long contractId, PlaatsingStatus status,
        Leerroute leerroute, Boolean lopend) {

    public static PlaatsingFilter none() {
        return new PlaatsingFilter(null, null, null, null, null, null);
    }

    /** The referrals waiting for a contract, optionally of one leerroute. */
    public static PlaatsingFilter wachtend(Leerroute leerroute) {
        return new PlaatsingFilter(null, null, null, PlaatsingStatus.AANGEMELD, leerroute, null);
    }
}
