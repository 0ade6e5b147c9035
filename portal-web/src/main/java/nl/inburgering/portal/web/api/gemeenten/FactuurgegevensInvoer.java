package nl.inburgering.portal.web.api.gemeenten;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.inburgering.portal.contracts.gemeente.GemeenteFactuurgegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * What the UBL invoice of a statement needs of a gemeente (OpenAPI schema {@code FactuurgegevensInvoer}). A PUT
 * replaces all of it: a field left out is cleared. The service checks post code, IBAN and VAT identifier.
 *
 * @param adres     optional; when given, with all three parts
 * @param iban      optional; needed of the centrumgemeente, spaces allowed
 * @param btwNummer optional; needed of the centrumgemeente, {@code NL} + 9 digits + {@code B} + 2 digits
 */
public record FactuurgegevensInvoer(
        @Valid AdresInvoer adres,
        @Size(max = 42, message = Messages.TE_LANG) String iban,
        @Size(max = 20, message = Messages.TE_LANG) String btwNummer) {

    /** A postal address to set (OpenAPI schema {@code AdresInvoer}): all three parts. */
    public record AdresInvoer(
            @NotBlank(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_LANG) String straat,
            @NotBlank(message = Messages.VERPLICHT) @Size(max = 10, message = Messages.TE_LANG) String postcode,
            @NotBlank(message = Messages.VERPLICHT) @Size(max = 80, message = Messages.TE_LANG) String plaats) {
    }

    GemeenteFactuurgegevens gegevens() {
        return new GemeenteFactuurgegevens(adres == null ? null : adres.straat(),
                adres == null ? null : adres.postcode(), adres == null ? null : adres.plaats(), iban, btwNummer);
    }
}
