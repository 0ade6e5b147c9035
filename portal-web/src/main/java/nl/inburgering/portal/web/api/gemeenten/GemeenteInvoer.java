package nl.inburgering.portal.web.api.gemeenten;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.contracts.gemeente.GemeenteGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * A gemeente to create or replace (OpenAPI schema {@code GemeenteInvoer}). The CBS code identifies
 * the gemeente for good: a replacement must repeat it unchanged.
 *
 * @param centrumgemeente optional, default false; the region has at most one
 */
public record GemeenteInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 6, message = Messages.TE_LANG) String cbsCode,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_LANG) String naam,
        @Size(max = 24, message = Messages.TE_LANG) String oin,
        Boolean centrumgemeente,
        @Size(max = 100, message = Messages.TE_LANG) String factuurContactNaam,
        @Size(max = 254, message = Messages.TE_LANG) String factuurContactEmail) {

    GemeenteGegevens gegevens() {
        return new GemeenteGegevens(cbsCode, naam, oin, Boolean.TRUE.equals(centrumgemeente), factuurContactNaam,
                factuurContactEmail);
    }
}
