/**
 * Implementation of the attendance services: the bulk path in SQL ({@link
 * nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking}, also run by the benchmark in
 * bench/), the stored form of an idempotent answer, and the tenancy of what hangs off a placement. Not for
 * other packages' callers (STYLE.md, "Structure").
 */
package nl.inburgering.portal.contracts.attendance.internal;
