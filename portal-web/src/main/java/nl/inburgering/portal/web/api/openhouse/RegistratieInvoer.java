package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.openhouse.registratie.RegistratieGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * A provider's self-registration (OpenAPI schema {@code AanbiederRegistratieInvoer}).
 *
 * @param brinCode   required for an ONDERWIJSINSTELLING, not allowed for a TAALAANBIEDER
 * @param webErkend  only an ONDERWIJSINSTELLING; then {@code webErkendSinds} is required
 * @param wachtwoord at least 12 characters; stored only as a hash, and the account works only after
 *                   approval
 */
public record RegistratieInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 200, message = Messages.TE_LANG) String naam,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 20, message = Messages.TE_LANG) String kvkNummer,
        @NotNull(message = Messages.VERPLICHT) AanbiederSoort soort,
        @Size(max = 10, message = Messages.TE_LANG) String brinCode,
        Boolean webErkend,
        LocalDate webErkendSinds,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 42, message = Messages.TE_LANG) String iban,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 120, message = Messages.TE_LANG) String contactNaam,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 254, message = Messages.TE_LANG) String contactEmail,
        @Size(max = 30, message = Messages.TE_LANG) String contactTelefoon,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 50, message = Messages.TE_LANG) String gebruikersnaam,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 200, message = Messages.TE_LANG) String wachtwoord) {

    /** The request without password; the account service adds the hash. */
    RegistratieGegevens gegevens() {
        return new RegistratieGegevens(naam, kvkNummer, soort, brinCode, Boolean.TRUE.equals(webErkend),
                webErkendSinds, iban, contactNaam, contactEmail, contactTelefoon, gebruikersnaam, null);
    }

    /** Never print the password. */
    @Override
    public String toString() {
        return "RegistratieInvoer[" + naam + ", KvK " + kvkNummer + ", " + gebruikersnaam + "]";
    }
}
