package nl.inburgering.portal.contracts.signal;

/** Why a signal was raised (DESIGN.md, "Signals"). */
public enum Signaalsoort {
    /** Attended less than 80 % of the scheduled hours over the last 4 full weeks. */
    AANWEZIGHEID_ONDER_80,
    /** More than 8 hours of unexcused absence (ONGEOORLOOFD) in the last 4 full weeks. */
    ONGEOORLOOFD_VERZUIM_BOVEN_8
}
