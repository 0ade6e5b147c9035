package nl.inburgering.portal.openhouse.aanmelding;

/**
 * Life cycle of an application (DESIGN.md, "Open House procedure"):
 * {@code CONCEPT -> INGEDIEND -> TOEGELATEN | AFGEWEZEN}, and {@code TOEGELATEN -> OPGEZEGD}.
 * Any other transition is refused. A rejected or withdrawn provider may apply again, with a new
 * application.
 */
public enum AanmeldingStatus {
    /** Being written by the provider; only the provider sees it. */
    CONCEPT,
    /** Submitted before the deadline; the contract manager assesses it. */
    INGEDIEND,
    /** Admitted: the provider has an OPEN_HOUSE contract. Final, but for a withdrawal. */
    TOEGELATEN,
    /** Rejected, with reasons. Final. */
    AFGEWEZEN,
    /** The admitted provider withdrew (opzegging); the contract ends on the notice date. Final. */
    OPGEZEGD;

    /** Whether this application still stands in the way of a new one for the same procedure. */
    public boolean isLopend() {
        return this == CONCEPT || this == INGEDIEND || this == TOEGELATEN;
    }

    /** Whether the contract manager has decided on it. */
    public boolean isBesloten() {
        return this == TOEGELATEN || this == AFGEWEZEN || this == OPGEZEGD;
    }
}
