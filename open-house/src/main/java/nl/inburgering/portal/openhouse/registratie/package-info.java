/**
 * Providers' self-registration on the public pages, approved by a contract manager:
 * {@link nl.inburgering.portal.openhouse.registratie.Registratie} and
 * {@link nl.inburgering.portal.openhouse.registratie.RegistratieService}.
 */
package nl.inburgering.portal.openhouse.registratie;
