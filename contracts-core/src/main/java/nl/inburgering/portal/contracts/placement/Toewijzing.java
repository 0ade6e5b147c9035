package nl.inburgering.portal.contracts.placement;

/** The contract manager's choice for one referral: as proposed, or changed. */
public record Toewijzing(long plaatsingId, long contractId) {
}
