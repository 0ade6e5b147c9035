/**
 * Open House procedures for the onderwijsroute (DESIGN.md, "Rules", Open House procedure): the
 * contract manager publishes the conditions and fixed terms, every provider that meets them is
 * admitted, without competition or selection, and gets an {@code OPEN_HOUSE} contract through
 * contracts-core.
 *
 * <p>The API of this module is its root packages: {@link nl.inburgering.portal.openhouse.procedure}
 * (procedures and their published versions), {@link nl.inburgering.portal.openhouse.aanmelding}
 * (applications, evidence, review, admission, withdrawal), {@link nl.inburgering.portal.openhouse.registratie}
 * (providers' self-registration) and {@link nl.inburgering.portal.openhouse.bericht} (the providers'
 * in-portal inbox). {@code .internal} is not for other modules.
 */
package nl.inburgering.portal.openhouse;
