package nl.inburgering.portal.tendering.gunning;

/**
 * An objection as entered.
 *
 * @param aanbiederId  the objecting bidder: required when the contract manager registers an objection
 *                     received by mail; ignored for a provider (always itself)
 * @param perceelId    optional: the lot it concerns
 * @param omschrijving the grounds of the objection
 */
public record BezwaarGegevens(Long aanbiederId, Long perceelId, String omschrijving) {
}
