package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maanden;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.mijlpalen;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of TRAJECT (DESIGN.md, "Settlement"): a milestone's line = round(price x percentage / 100)
 * in the month it is reached. The price 4321.99 with 40 / 40 / 20 % gives
 * START and HALVERWEGE 4321.99 x 0.40 = 1728.796 -> 1728.80 and AFRONDING 4321.99 x 0.20 = 864.398 -> 864.40.
 */
class TrajectAfrekeningTest {

    private static final YearMonth JAN = YearMonth.of(2027, 1);
    private static final LocalDate VANAF_2027 = dag(2027, 1, 1);
    private static final Tariefversie PRIJS = Tariefversie.traject(VANAF_2027, euro("4321.99"), mijlpalen(40, 40, 20));
    private static final Contractvoorwaarden TRAJECT = contract(BtwTarief.NUL, true, PRIJS);

    /** The milestones billed, month by month from January 2027: "2027-01 START 1728.80", ... */
    private static List<String> gefactureerd(int maanden, Contractvoorwaarden c, PlaatsingFeiten p) {
        return maanden(JAN, JAN.plusMonths(maanden - 1L), c, List.of(p)).stream()
                .flatMap(a -> a.regels().stream())
                .map(r -> r.periode() + " " + ((Mijlpaalgrondslag) r.grondslag()).mijlpaal() + " "
                        + ((Mijlpaalgrondslag) r.grondslag()).bereiktOp() + " " + r.bedrag())
                .toList();
    }

    @Test
    void startHalfwayInALaterMonthAndCompletion() {
        PlaatsingBuilder b = aPlaatsing(1).planned("100").startedOn(dag(2027, 1, 11));
        for (int d : new int[] {11, 13, 15, 18, 20, 22}) {
            b.attended(dag(2027, 1, d), "5");                                   // 30 h in January
        }
        for (int d : new int[] {1, 3, 5}) {
            b.attended(dag(2027, 2, d), "5");                                   // 45 h
        }
        b.absent(dag(2027, 2, 8), "5", "0", Verzuimreden.GEOORLOOFD);          // excused: no attended hours
        PlaatsingFeiten p = b.attended(dag(2027, 3, 2), "4")                     // 49 h
                .attended(dag(2027, 3, 4), "1")                                 // 50 h = half of 100: HALVERWEGE
                .attended(dag(2027, 3, 9), "6")
                .completedOn(dag(2027, 6, 30))
                .build();

        assertEquals(List.of(
                "2027-01 START 2027-01-11 1728.80",
                "2027-03 HALVERWEGE 2027-03-04 1728.80",
                "2027-06 AFRONDING 2027-06-30 864.40"), gefactureerd(7, TRAJECT, p));
        // each line rounded once, at the line: together one cent more than the price (1728.80 x 2 + 864.40)
    }

    @Test
    void anEarlyEndEarnsNoLaterMilestones() {
        PlaatsingFeiten p = aPlaatsing(2).planned("100").startedOn(dag(2027, 1, 11))
                .attended(dag(2027, 1, 12), "20")
                .endedEarlyOn(dag(2027, 2, 19))
                .attended(dag(2027, 2, 22), "40")                               // after the end: does not count
                .build();

        assertEquals(List.of("2027-01 START 2027-01-11 1728.80"), gefactureerd(6, TRAJECT, p));
    }

    @Test
    void anEarlyEndAfterHalfwayKeepsWhatWasReached() {
        PlaatsingFeiten p = aPlaatsing(3).planned("20").startedOn(dag(2027, 1, 11))
                .attended(dag(2027, 1, 11), "6").attended(dag(2027, 1, 13), "4")   // 10 of 20 h on January 13
                .endedEarlyOn(dag(2027, 3, 5))
                .build();

        assertEquals(List.of(
                "2027-01 START 2027-01-11 1728.80",
                "2027-01 HALVERWEGE 2027-01-13 1728.80"), gefactureerd(6, TRAJECT, p));
    }

    @Test
    void aTrajectoryCompletedBeforeHalfTheHoursIsPaidInFull() {
        PlaatsingFeiten p = aPlaatsing(4).planned("100").startedOn(dag(2027, 1, 11))
                .attended(dag(2027, 1, 12), "30")
                .completedOn(dag(2027, 3, 31))
                .build();

        assertEquals(List.of(
                "2027-01 START 2027-01-11 1728.80",
                "2027-03 HALVERWEGE 2027-03-31 1728.80",
                "2027-03 AFRONDING 2027-03-31 864.40"), gefactureerd(4, TRAJECT, p));
    }

    @Test
    void allMilestonesArePricedByTheVersionInForceOnTheActualStart() {
        Contractvoorwaarden c = contract(PRIJS,
                Tariefversie.traject(dag(2027, 4, 1), euro("4500.00"), mijlpalen(40, 40, 20)));
        PlaatsingFeiten voor = aPlaatsing(5).planned("10").startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 4, 6), "5").completedOn(dag(2027, 6, 30)).build();
        PlaatsingFeiten na = aPlaatsing(6).planned("10").startedOn(dag(2027, 5, 3)).build();

        // started in March: HALVERWEGE in April and AFRONDING in June still at 4321.99
        assertEquals(List.of(
                "2027-03 START 2027-03-01 1728.80",
                "2027-04 HALVERWEGE 2027-04-06 1728.80",
                "2027-06 AFRONDING 2027-06-30 864.40"), gefactureerd(6, c, voor));
        // started in May: 4500.00 x 0.40 = 1800.00
        Afrekenregel start = maand(YearMonth.of(2027, 5), c, ReedsGefactureerd.NIETS, na).regels().get(0);
        assertEquals(euro("1800.00"), start.bedrag());
        assertEquals(dag(2027, 4, 1), start.tariefGeldigVanaf());
    }

    @Test
    void aMilestoneAlreadyBilledIsNotBilledAgain() {
        PlaatsingFeiten p = aPlaatsing(7).planned("100").startedOn(dag(2027, 1, 11)).build();
        // START was billed in December 2026, when the start date on record was December 28
        Afrekenregel december = new Afrekenregel(7, PlaatsingBuilder.EEMSDELTA, false, YearMonth.of(2026, 12),
                VANAF_2027, new Mijlpaalgrondslag(Mijlpaal.START, dag(2026, 12, 28), PRIJS.mijlpalen().get(Mijlpaal.START),
                        PRIJS.bedrag()));

        Maandafrekening jan = maand(JAN, TRAJECT, ReedsGefactureerd.uit(List.of(december)), p);

        assertTrue(jan.regels().isEmpty());
        assertEquals(Money.ZERO, jan.gemeenten().totaal());
    }

    @Test
    void halfwayNeedsThePlannedHours() {
        PlaatsingFeiten p = new PlaatsingFeiten(8, PlaatsingBuilder.EEMSDELTA, false, null, dag(2027, 1, 11), null, null,
                null);

        assertThrows(IllegalArgumentException.class, () -> maand(JAN, TRAJECT, ReedsGefactureerd.NIETS, p));
    }
}
