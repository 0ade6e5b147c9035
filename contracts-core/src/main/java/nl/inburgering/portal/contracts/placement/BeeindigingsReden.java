package nl.inburgering.portal.contracts.placement;

/** Why a placement ended early (DESIGN.md, "Domain model", Plaatsing: {@code VOORTIJDIG_BEEINDIGD}). */
public enum BeeindigingsReden {
    /** Route switch: the gemeente ends the placement and refers the inburgeraar again, in one step. */
    OVERSTAP,
    /** Drop-out. */
    UITVAL,
    /** Moved away, out of the gemeente. */
    VERHUIZING,
    /** Any other reason; the explanation says which. */
    ANDERS
}
