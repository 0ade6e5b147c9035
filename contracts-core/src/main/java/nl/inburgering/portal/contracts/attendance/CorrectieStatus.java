package nl.inburgering.portal.contracts.attendance;

/** {@code INGEDIEND -> GOEDGEKEURD | AFGEWEZEN}; both ends are final. */
public enum CorrectieStatus {
    /** Proposed by the provider; waits for the contract manager. */
    INGEDIEND,
    /** Approved: applied to the attendance; the next settlement bills the difference. */
    GOEDGEKEURD,
    /** Rejected, with the contract manager's reason; the attendance is unchanged. */
    AFGEWEZEN
}
