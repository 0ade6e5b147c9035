package nl.inburgering.portal.contracts.attendance;

/**
 * Why scheduled hours were not attended (DESIGN.md, "Presentie"): required exactly when fewer hours
 * were attended than scheduled. Settlement may bill {@link #GEOORLOOFD} absence when the contract says
 * so; more than 8 hours {@link #ONGEOORLOOFD} in 4 weeks raises a signal for the gemeente.
 */
public enum Verzuimreden {
    /** Excused absence. */
    GEOORLOOFD,
    /** Unexcused absence. */
    ONGEOORLOOFD,
    /** Illness. */
    ZIEK
}
