package nl.inburgering.portal.contracts.inburgeraar;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Input for registering an inburgeraar, as typed: {@link InburgeraarService} validates every field at
 * once.
 *
 * @param gemeenteId          for a GEMEENTE user its own gemeente (null means the own one)
 * @param bsn                 optional; 9 digits passing the 11-test
 * @param voorkeurAanbiederId optional
 */
public record InburgeraarGegevens(Long gemeenteId, String klantReferentie, String bsn, String voorletters,
        String achternaam, Doelgroep doelgroep, Leerroute leerroute, LocalDate pipDatum, boolean zelfbetaler,
        Long voorkeurAanbiederId) {

    /** Never shows the BSN. */
    @Override
    public String toString() {
        return "InburgeraarGegevens[gemeenteId=" + gemeenteId + ", klantReferentie=" + klantReferentie + "]";
    }
}
