package nl.inburgering.portal.web.api.aanbestedingen;

/**
 * Extending a published tender's bid deadline (OpenAPI schema {@code SluitingstijdVerlengingInvoer}).
 * The rules are the domain's ({@code Aanbesteding.verlengSluitingstijd}), reported all at once under
 * these names.
 *
 * @param sluitingstijd the new deadline, ISO 8601 date-time; without offset it is Dutch time. Later than
 *                      now and than the current deadline.
 * @param reden         why the deadline moves; published with the notice; at most 1000 characters
 */
public record SluitingstijdVerlengingInvoer(String sluitingstijd, String reden) {
}
