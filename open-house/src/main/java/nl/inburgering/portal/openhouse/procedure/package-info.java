/**
 * Open House procedures and their published versions (DESIGN.md, "Open House procedure"): the
 * aggregate {@link nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure} with its
 * {@link nl.inburgering.portal.openhouse.procedure.ProcedureVersie versions}, the deadline rule
 * {@link nl.inburgering.portal.openhouse.procedure.Aanmeldtermijn}, and
 * {@link nl.inburgering.portal.openhouse.procedure.ProcedureService}, whose methods without an actor
 * serve the public pages.
 */
package nl.inburgering.portal.openhouse.procedure;
