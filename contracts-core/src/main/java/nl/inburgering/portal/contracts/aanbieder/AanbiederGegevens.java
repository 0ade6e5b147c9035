package nl.inburgering.portal.contracts.aanbieder;

import java.time.LocalDate;

/**
 * Input for creating or changing a provider, as typed: {@link AanbiederService} validates every field
 * at once and reports all errors together.
 *
 * @param brinCode       optional; only for an ONDERWIJSINSTELLING
 * @param webErkend      only for an ONDERWIJSINSTELLING; then {@code webErkendSinds} is required
 * @param contactEmail   optional
 */
public record AanbiederGegevens(String naam, String kvkNummer, AanbiederSoort soort, String brinCode,
        boolean webErkend, LocalDate webErkendSinds, String iban, String contactEmail) {
}
