package nl.inburgering.portal.tendering.beoordeling;

import java.math.BigDecimal;

/**
 * One bid's result on one quality criterion: score / maxScore x weight.
 *
 * @param score  the contract manager's score; null while not scored (counts as 0)
 * @param punten the points, rounded half up to 2 decimals for display
 */
public record CriteriumPunten(int nummer, String naam, BigDecimal score, int maxScore, BigDecimal weging,
        BigDecimal punten) {
}
