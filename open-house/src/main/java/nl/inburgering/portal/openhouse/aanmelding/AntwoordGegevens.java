package nl.inburgering.portal.openhouse.aanmelding;

/**
 * The provider's answer to one condition, as typed.
 *
 * @param eisVolgnummer the number of the condition in the procedure version, from 1
 * @param tekst         blank clears the answer
 */
public record AntwoordGegevens(int eisVolgnummer, String tekst) {
}
