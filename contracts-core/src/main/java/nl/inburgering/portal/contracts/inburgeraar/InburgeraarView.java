package nl.inburgering.portal.contracts.inburgeraar;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * What callers get to see of an inburgeraar: the BSN only masked ({@code XXXXX6789}, or null without
 * BSN), never encrypted text or fingerprint.
 */
public record InburgeraarView(long id, long version, long gemeenteId, String klantReferentie, String bsnGemaskeerd,
        String voorletters, String achternaam, Doelgroep doelgroep, Leerroute leerroute, LocalDate pipDatum,
        boolean zelfbetaler, Long voorkeurAanbiederId) {
}
