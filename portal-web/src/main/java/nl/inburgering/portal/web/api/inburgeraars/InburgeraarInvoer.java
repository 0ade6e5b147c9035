package nl.inburgering.portal.web.api.inburgeraars;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.Messages;

/**
 * An inburgeraar to register or correct (OpenAPI schema {@code InburgeraarInvoer}).
 *
 * @param gemeenteId          a gemeente user: its own (or absent); the contract manager names it
 * @param bsn                 optional; on a correction, absent keeps the BSN as it is
 * @param zelfbetaler         optional, default false
 * @param voorkeurAanbiederId optional: the Open House provider the inburgeraar chose (onderwijsroute)
 */
public record InburgeraarInvoer(
        Long gemeenteId,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 50, message = Messages.TE_LANG) String klantReferentie,
        @Size(max = 20, message = Messages.TE_LANG) String bsn,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 20, message = Messages.TE_LANG) String voorletters,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 200, message = Messages.TE_LANG) String achternaam,
        @NotNull(message = Messages.VERPLICHT) Doelgroep doelgroep,
        @NotNull(message = Messages.VERPLICHT) Leerroute leerroute,
        @NotNull(message = Messages.VERPLICHT) LocalDate pipDatum,
        Boolean zelfbetaler,
        Long voorkeurAanbiederId) {

    InburgeraarGegevens gegevens() {
        return new InburgeraarGegevens(gemeenteId, klantReferentie, bsn, voorletters, achternaam, doelgroep, leerroute,
                pipDatum, Boolean.TRUE.equals(zelfbetaler), voorkeurAanbiederId);
    }

    /** Never shows the BSN. */
    @Override
    public String toString() {
        return "InburgeraarInvoer[gemeenteId=" + gemeenteId + ", klantReferentie=" + klantReferentie + "]";
    }
}
