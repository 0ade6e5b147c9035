package nl.inburgering.portal.web.api.openhouse;

/** The contract manager's decision on an application (OpenAPI schema {@code Besluit}). */
public enum Besluit {
    /** Admitted: creates the provider's OPEN_HOUSE contract. */
    TOEGELATEN,
    /** Rejected, with reasons; the provider may apply again. */
    AFGEWEZEN
}
