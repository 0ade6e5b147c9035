/**
 * Attendance and results from providers (DESIGN.md, "Domain model", Presentie and Resultaat; "Settlement",
 * Corrections; "REST API", bulk attendance; issue 6).
 *
 * <ul>
 * <li>{@link nl.inburgering.portal.contracts.attendance.PresentieService}: the bulk submission of attendance
 * (portal grid, CSV upload and API all go through {@code verwerk}), the weekly grid, lists, and the settled
 * months ({@code vergrendel}, called by settlement). The rules and their stable codes P01..P12 are in
 * {@link nl.inburgering.portal.contracts.attendance.Presentieregel} and
 * {@link nl.inburgering.portal.contracts.attendance.PresentieRegels} (plain Java).</li>
 * <li>{@link nl.inburgering.portal.contracts.attendance.PresentieCsv}: reading an attendance CSV as Dutch Excel
 * writes it, with per-row errors (plain Java).</li>
 * <li>{@link nl.inburgering.portal.contracts.attendance.CorrectieService}: correction requests for settled
 * months, approved or rejected by the contract manager and picked up by the next settlement.</li>
 * <li>{@link nl.inburgering.portal.contracts.attendance.ResultaatService}: exam results, progress reports and
 * route completion (which completes the placement).</li>
 * </ul>
 */
package nl.inburgering.portal.contracts.attendance;
