package nl.inburgering.portal.openhouse.procedure;

/**
 * Input for one requirement (eis) of a procedure, as typed.
 *
 * @param omschrijving what the provider must meet, e.g. "De instelling is erkend op grond van de WEB"
 * @param toelichting  optional: how it is assessed and which evidence is expected
 * @param verplicht    whether admission requires it to be met
 */
public record EisGegevens(String omschrijving, String toelichting, boolean verplicht) {
}
