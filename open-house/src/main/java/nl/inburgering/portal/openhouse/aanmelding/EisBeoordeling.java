package nl.inburgering.portal.openhouse.aanmelding;

/**
 * The contract manager's assessment of one condition.
 *
 * @param voldaan   whether the condition is met; required
 * @param opmerking required when it is not met
 */
public record EisBeoordeling(int eisVolgnummer, Boolean voldaan, String opmerking) {
}
