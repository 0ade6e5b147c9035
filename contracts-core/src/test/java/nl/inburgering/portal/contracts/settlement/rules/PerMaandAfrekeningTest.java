package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of PER_MAAND (DESIGN.md, "Settlement"): line = round(rate x activeDays / daysInMonth),
 * active days from the actual start to the end (inclusive) minus the days ONDERBROKEN.
 */
class PerMaandAfrekeningTest {

    private static final LocalDate VANAF_2027 = dag(2027, 1, 1);
    private static final Contractvoorwaarden MAANDTARIEF = contract(Tariefversie.perMaand(VANAF_2027, euro("1250.00")));

    private static Maandgrondslag enigeRegel(YearMonth m, Contractvoorwaarden c, PlaatsingFeiten p) {
        List<Afrekenregel> regels = maand(m, c, ReedsGefactureerd.NIETS, p).regels();
        assertEquals(1, regels.size(), regels::toString);
        return (Maandgrondslag) regels.get(0).grondslag();
    }

    @Test
    void aStartMidMonthAndAPauseInAMonthOf31Days() {
        PlaatsingFeiten p = aPlaatsing(1).startedOn(dag(2027, 3, 10)).paused(dag(2027, 3, 20), dag(2027, 3, 24)).build();

        Maandgrondslag g = enigeRegel(YearMonth.of(2027, 3), MAANDTARIEF, p);

        // March 10..31 = 22 days, minus 20..24 paused = 17 active days of 31
        assertEquals(17, g.actieveDagen());
        assertEquals(31, g.dagenInMaand());
        // 1250.00 x 17 / 31 = 685.4838.. -> 685.48
        assertEquals(euro("685.48"), g.bedrag());
    }

    @Test
    void anEndMidMonthInFebruary2027Of28Days() {
        PlaatsingFeiten p = aPlaatsing(2).startedOn(dag(2027, 1, 4)).completedOn(dag(2027, 2, 11)).build();

        // January 4..31 = 28 of 31 days: 1250.00 x 28 / 31 = 1129.0322.. -> 1129.03
        assertEquals(euro("1129.03"), enigeRegel(YearMonth.of(2027, 1), MAANDTARIEF, p).bedrag());
        // February 1..11 (the end date is the last day, inclusive) = 11 of 28 days: 13750 / 28 = 491.0714.. -> 491.07
        Maandgrondslag feb = enigeRegel(YearMonth.of(2027, 2), MAANDTARIEF, p);
        assertEquals(11, feb.actieveDagen());
        assertEquals(28, feb.dagenInMaand());
        assertEquals(euro("491.07"), feb.bedrag());
        // after the end: nothing
        assertTrue(maand(YearMonth.of(2027, 3), MAANDTARIEF, ReedsGefactureerd.NIETS, p).regels().isEmpty());
    }

    @Test
    void february2028Has29Days() {
        PlaatsingFeiten heel = aPlaatsing(3).startedOn(dag(2027, 9, 1)).build();
        PlaatsingFeiten vanaf15 = aPlaatsing(4).startedOn(dag(2028, 2, 15)).build();

        // a whole leap February: 29 / 29 = the monthly rate
        assertEquals(euro("1250.00"), enigeRegel(YearMonth.of(2028, 2), MAANDTARIEF, heel).bedrag());
        // February 15..29 = 15 of 29 days: 18750 / 29 = 646.5517.. -> 646.55
        Maandgrondslag g = enigeRegel(YearMonth.of(2028, 2), MAANDTARIEF, vanaf15);
        assertEquals(15, g.actieveDagen());
        assertEquals(29, g.dagenInMaand());
        assertEquals(euro("646.55"), g.bedrag());
    }

    @Test
    void anExactHalfCentRoundsUp() {
        Contractvoorwaarden c = contract(Tariefversie.perMaand(VANAF_2027, euro("1000.01")));
        PlaatsingFeiten p = aPlaatsing(5).startedOn(dag(2027, 2, 15)).build();

        // February 15..28 = 14 of 28 days: 1000.01 x 14 / 28 = 500.005 -> 500.01 (half up, not half even)
        assertEquals(euro("500.01"), enigeRegel(YearMonth.of(2027, 2), c, p).bedrag());
    }

    @Test
    void aPauseStillOpenStopsBillingAndAWholeMonthPausedHasNoLine() {
        PlaatsingFeiten p = aPlaatsing(6).startedOn(dag(2027, 1, 4)).paused(dag(2027, 3, 20), null).build();

        // March 1..19 = 19 of 31 days: 23750 / 31 = 766.1290.. -> 766.13
        assertEquals(euro("766.13"), enigeRegel(YearMonth.of(2027, 3), MAANDTARIEF, p).bedrag());
        assertTrue(maand(YearMonth.of(2027, 4), MAANDTARIEF, ReedsGefactureerd.NIETS, p).regels().isEmpty());
    }

    @Test
    void aPauseAcrossTheMonthBoundaryCountsInBothMonths() {
        PlaatsingFeiten p = aPlaatsing(7).startedOn(dag(2027, 1, 4)).paused(dag(2027, 3, 25), dag(2027, 4, 5)).build();

        // March 1..24 = 24 of 31: 30000 / 31 = 967.7419.. -> 967.74
        assertEquals(euro("967.74"), enigeRegel(YearMonth.of(2027, 3), MAANDTARIEF, p).bedrag());
        // April 6..30 = 25 of 30: 31250 / 30 = 1041.666.. -> 1041.67
        assertEquals(euro("1041.67"), enigeRegel(YearMonth.of(2027, 4), MAANDTARIEF, p).bedrag());
    }

    @Test
    void aTariffVersionStartingWithinTheMonthBillsEachDayAtItsOwnRate() {
        Contractvoorwaarden c = contract(Tariefversie.perMaand(VANAF_2027, euro("1250.00")),
                Tariefversie.perMaand(dag(2027, 7, 16), euro("1300.00")));
        PlaatsingFeiten p = aPlaatsing(8).startedOn(dag(2027, 1, 4)).build();

        List<Afrekenregel> regels = maand(YearMonth.of(2027, 7), c, ReedsGefactureerd.NIETS, p).regels();

        assertEquals(2, regels.size());
        // July 1..15 at 1250.00: 18750 / 31 = 604.8387.. -> 604.84
        assertEquals(euro("604.84"), regels.get(0).bedrag());
        // July 16..31 at 1300.00: 20800 / 31 = 670.9677.. -> 670.97
        assertEquals(euro("670.97"), regels.get(1).bedrag());
        assertEquals(Money.of("1275.81"), Afrekenen.som(regels));
    }
}
