package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The forecast of next year's cost per gemeente (issue 8): the expected inflow split by the route mix, times the
 * expected cost of one trajectory on each route at the current tariffs of the contracts the gemeente takes part in.
 * The whole cost of a trajectory counts in the year it starts. See {@link Prognoseberekening} for the arithmetic and
 * {@code RapportageService} for the cost of a trajectory per payment model.
 *
 * @param mix the route mix of the year (percentages summing to 100); {@code mixStandaard} when not set for the year
 * @param regels one per gemeente (a gemeente user gets only its own)
 */
public record Prognose(int jaar, LocalDate peildatum, Routemix mix, boolean mixStandaard, List<Regel> regels,
        BigDecimal totaal) {

    /**
     * One gemeente: its inflow ({@code instroomStandaard} when the default, its PIPs of the last twelve months), the
     * expected cost of one trajectory per route (null: no active contract of the gemeente covers the route), and the
     * projected cost per route and in total, in euros incl. VAT.
     */
    public record Regel(long gemeenteId, String gemeenteNaam, int instroom, boolean instroomStandaard,
            BigDecimal trajectOnderwijsroute, BigDecimal trajectB1Route, BigDecimal trajectZRoute,
            BigDecimal kostenOnderwijsroute, BigDecimal kostenB1Route, BigDecimal kostenZRoute, BigDecimal totaal) {
    }
}
