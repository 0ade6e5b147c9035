package nl.inburgering.portal.tendering.gunning;

/** Life cycle of an award decision: {@code VERZONDEN -> DEFINITIEF | INGETROKKEN}, both final. */
public enum GunningsvoornemenStatus {
    /** Sent to all bidders; the standstill runs or has run. */
    VERZONDEN,
    /** Withdrawn (e.g. after a well-founded objection) or void because the tender was cancelled. */
    INGETROKKEN,
    /** Followed by the definitive award: the contracts exist. */
    DEFINITIEF
}
