package nl.inburgering.portal.tendering.gunning;

/** An objection is OPEN until the contract manager resolves it with one of the other statuses. */
public enum BezwaarStatus {
    /** Registered, not yet resolved: blocks the definitive award. */
    OPEN,
    /** Well-founded: usually followed by withdrawing the award decision and re-evaluating. */
    GEGROND,
    /** Unfounded: the decision stands. */
    ONGEGROND,
    /** Withdrawn by the objecting bidder. */
    INGETROKKEN
}
