package nl.inburgering.portal.tendering.inschrijving;

/** Life cycle of a bid: {@code INGEDIEND -> VERVANGEN | INGETROKKEN}, both final, both only before the deadline. */
public enum InschrijvingStatus {
    /** The provider's current bid on the lot. */
    INGEDIEND,
    /** Replaced by a later bid of the same provider on the same lot, before the deadline. */
    VERVANGEN,
    /** Withdrawn by the provider before the deadline. */
    INGETROKKEN
}
