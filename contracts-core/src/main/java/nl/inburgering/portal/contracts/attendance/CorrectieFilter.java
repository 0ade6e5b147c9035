package nl.inburgering.portal.contracts.attendance;

/** Optional criteria for a list of correction requests; all null is everything the actor may see. */
public record CorrectieFilter(Long contractId, Long plaatsingId, CorrectieStatus status, Boolean teVerrekenen) {

    /** The requests waiting for the contract manager. */
    public static CorrectieFilter open() {
        return new CorrectieFilter(null, null, CorrectieStatus.INGEDIEND, null);
    }
}
