package nl.inburgering.portal.contracts.attendance;

/** Optional criteria for a list of results; all null is everything the actor may see. */
public record ResultaatFilter(Long plaatsingId, Long inburgeraarId, ResultaatSoort soort) {
}
