package nl.inburgering.portal.contracts.signal;

/** Optional criteria for a list of signals; all null is everything the actor may see. */
public record SignaalFilter(Long gemeenteId, Long contractId, Long plaatsingId, Long inburgeraarId,
        Signaalsoort soort, SignaalStatus status) {

    /** The signals still to be handled. */
    public static SignaalFilter open() {
        return new SignaalFilter(null, null, null, null, null, SignaalStatus.OPEN);
    }
}
