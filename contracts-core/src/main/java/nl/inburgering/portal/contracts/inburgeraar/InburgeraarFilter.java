package nl.inburgering.portal.contracts.inburgeraar;

import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Filter of the inburgeraar list; every field is optional (null: no condition).
 *
 * @param tekst      contained (case-insensitive) in the surname or the client reference; a valid BSN
 *                   finds the inburgeraar with that BSN (through its fingerprint, nothing decrypted)
 * @param gemeenteId for the contract manager: one gemeente's inburgeraars
 */
public record InburgeraarFilter(String tekst, Long gemeenteId, Leerroute leerroute, Doelgroep doelgroep) {

    public static InburgeraarFilter none() {
        return new InburgeraarFilter(null, null, null, null);
    }

    @Override
    public String toString() {
        return "InburgeraarFilter[gemeenteId=" + gemeenteId + ", leerroute=" + leerroute + ", doelgroep=" + doelgroep
                + "]";
    }
}
