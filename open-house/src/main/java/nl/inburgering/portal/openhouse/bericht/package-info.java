/**
 * The providers' in-portal inbox, in which decisions on applications reach them:
 * {@link nl.inburgering.portal.openhouse.bericht.Bericht} and
 * {@link nl.inburgering.portal.openhouse.bericht.BerichtService}. Kept here for now; it belongs in
 * contracts-core once tendering needs it too (award decisions).
 */
package nl.inburgering.portal.openhouse.bericht;
