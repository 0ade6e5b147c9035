/**
 * Reporting (DESIGN.md, "Modules"): the read side. {@link nl.inburgering.portal.reporting.RapportageService} gives
 * the gemeente's dashboard, the contract manager's overview of the region and the forecast, aggregated in SQL from
 * the tables of contracts-core and tendering, which it never writes.
 */
package nl.inburgering.portal.reporting;
