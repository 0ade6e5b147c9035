package nl.inburgering.portal.openhouse.registratie;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;

/**
 * A provider's self-registration as typed on the public page; {@link RegistratieService#registreer}
 * validates every field at once.
 *
 * @param brinCode        BRIN or RIO code: required for an ONDERWIJSINSTELLING, not allowed otherwise
 * @param webErkend       only for an ONDERWIJSINSTELLING, as the provider states it; then
 *                        {@code webErkendSinds} is required. The contract manager checks it (in the
 *                        RIO register) before approving.
 * @param iban            the account for payments; contracts-core requires it of every provider
 * @param contactTelefoon optional
 * @param gebruikersnaam  the login name asked for: 3 to 50 of a-z, 0-9 and {@code . _ @ -}
 *                        (as portal-web's accounts); the web layer checks it is still free
 * @param wachtwoordHash  the password HASH made by the web layer; this module never sees the password
 */
public record RegistratieGegevens(String naam, String kvkNummer, AanbiederSoort soort, String brinCode,
        boolean webErkend, LocalDate webErkendSinds, String iban, String contactNaam, String contactEmail,
        String contactTelefoon, String gebruikersnaam, String wachtwoordHash) {

    /** Never print the hash. */
    @Override
    public String toString() {
        return "RegistratieGegevens[" + naam + ", KvK " + kvkNummer + ", " + gebruikersnaam + "]";
    }
}
