package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.constraints.Size;
import nl.inburgering.portal.tendering.gunning.BezwaarGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * An objection (OpenAPI schema {@code BezwaarInvoer}).
 *
 * @param aanbiederId  the objecting bidder: required when the contract manager registers an objection
 *                     received by letter; a provider always objects for itself
 * @param perceelId    optional: the lot it concerns
 * @param omschrijving the grounds
 */
public record BezwaarInvoer(Long aanbiederId, Long perceelId,
        @Size(max = 4000, message = Messages.TE_LANG) String omschrijving) {

    BezwaarGegevens gegevens() {
        return new BezwaarGegevens(aanbiederId, perceelId, omschrijving);
    }
}
