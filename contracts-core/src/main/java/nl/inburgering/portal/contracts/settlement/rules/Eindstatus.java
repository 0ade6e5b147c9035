package nl.inburgering.portal.contracts.settlement.rules;

/** How a placement ended: the two final statuses of DESIGN.md, "Plaatsing". */
public enum Eindstatus {
    /** Completed: reaches the milestone AFRONDING on its end date. */
    AFGEROND,
    /** Ended early (drop-out, route switch, moved away, ...): earns no later milestones. */
    VOORTIJDIG_BEEINDIGD
}
