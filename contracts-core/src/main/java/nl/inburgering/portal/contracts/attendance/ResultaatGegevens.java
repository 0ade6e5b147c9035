package nl.inburgering.portal.contracts.attendance;

import java.time.LocalDate;

/**
 * A result as the provider records it.
 *
 * @param niveau      required for LEZEN, LUISTEREN, SCHRIJVEN and SPREKEN; optional for KNM and a progress
 *                    report; not for ROUTE_AFGEROND
 * @param uitslag     required for the exam components; not for the others
 * @param toelichting required for a progress report; optional otherwise
 */
public record ResultaatGegevens(Long plaatsingId, ResultaatSoort soort, Taalniveau niveau, Uitslag uitslag,
        LocalDate datum, String toelichting) {
}
