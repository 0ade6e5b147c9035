package nl.inburgering.portal.web.api.aanbieders;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.AanbiederGegevens;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.web.api.Messages;

/**
 * A provider to create or replace (OpenAPI schema {@code AanbiederInvoer}). The keurmerk history
 * changes only through {@code POST /aanbieders/{id}/keurmerken}.
 *
 * @param brinCode       only for an ONDERWIJSINSTELLING
 * @param webErkend      optional, default false; only an ONDERWIJSINSTELLING
 * @param webErkendSinds required when WEB-recognised
 */
public record AanbiederInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 200, message = Messages.TE_LANG) String naam,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 20, message = Messages.TE_LANG) String kvkNummer,
        @NotNull(message = Messages.VERPLICHT) AanbiederSoort soort,
        @Size(max = 10, message = Messages.TE_LANG) String brinCode,
        Boolean webErkend,
        LocalDate webErkendSinds,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 42, message = Messages.TE_LANG) String iban,
        @Size(max = 254, message = Messages.TE_LANG) String contactEmail) {

    AanbiederGegevens gegevens() {
        return new AanbiederGegevens(naam, kvkNummer, soort, brinCode, Boolean.TRUE.equals(webErkend), webErkendSinds,
                iban, contactEmail);
    }
}
