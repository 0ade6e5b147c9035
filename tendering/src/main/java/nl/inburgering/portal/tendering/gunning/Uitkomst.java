package nl.inburgering.portal.tendering.gunning;

/** What the award decision says to one bidder on one lot. */
public enum Uitkomst {
    /** Ranked within the lot's number of winners: the lot is intended to be awarded to this bidder. */
    GUNNING_VOORGENOMEN,
    /** Valid, but ranked below the winners. */
    AFGEWEZEN,
    /** Excluded (e.g. no valid keurmerk on the deadline) and not scored. */
    UITGESLOTEN
}
