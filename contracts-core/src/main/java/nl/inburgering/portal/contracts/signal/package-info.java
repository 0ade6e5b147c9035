/**
 * Attendance signals (DESIGN.md, "Signals"): the rules ({@link nl.inburgering.portal.contracts.signal.SignaalRegels},
 * plain Java), the {@link nl.inburgering.portal.contracts.signal.Signaal} per placement, kind and 4-week period,
 * and {@link nl.inburgering.portal.contracts.signal.SignaalService}: computing them (a scheduled job of the
 * platform calls {@code bereken} weekly), listing them for the gemeente and the contract manager, and handling.
 */
package nl.inburgering.portal.contracts.signal;
