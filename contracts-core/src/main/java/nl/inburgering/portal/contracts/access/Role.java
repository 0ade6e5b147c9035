package nl.inburgering.portal.contracts.access;

/** The four roles of the portal (DESIGN.md, "Users and what each may see"). */
public enum Role {
    /** Contract manager of the lead municipality: sees the whole region. */
    CONTRACTBEHEERDER,
    /** Staff of one participating gemeente: only its own inburgeraars and money. */
    GEMEENTE,
    /** Staff of one provider: only its own contracts and placements. */
    AANBIEDER,
    /** Application administrator: users, tokens, reference data, audit log. */
    BEHEERDER
}
