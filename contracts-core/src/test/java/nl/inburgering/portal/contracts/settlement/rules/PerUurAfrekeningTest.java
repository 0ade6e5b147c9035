package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maanden;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.EEMSDELTA;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

/** Worked examples of PER_UUR (DESIGN.md, "Settlement"): line = round(billable hours in the month x rate). */
class PerUurAfrekeningTest {

    private static final YearMonth JAN = YearMonth.of(2027, 1);
    private static final YearMonth FEB = YearMonth.of(2027, 2);
    private static final YearMonth MRT = YearMonth.of(2027, 3);
    private static final LocalDate VANAF_2027 = dag(2027, 1, 1);

    @Test
    void theCapCountsOverAllMonthsAndStopsBillingInTheMonthItIsReached() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("62.50"), Uren.of(40)));
        PlaatsingBuilder b = aPlaatsing(1).forGemeente(EEMSDELTA).startedOn(dag(2027, 1, 4));
        for (int d : new int[] {4, 5, 6, 7, 8, 11, 12, 13}) {
            b.attended(dag(2027, 1, d), "4.25");
        }
        PlaatsingFeiten p = b.attended(dag(2027, 1, 14), "2.75")
                .attended(dag(2027, 2, 1), "2.5").attended(dag(2027, 2, 3), "3").attended(dag(2027, 2, 8), "2")
                .attended(dag(2027, 3, 1), "3")
                .build();

        List<Maandafrekening> runs = maanden(JAN, MRT, c, List.of(p));

        // January: 8 x 4.25 + 2.75 = 36.75 h; 36.75 x 62.50 = 2296.875 -> 2296.88
        Afrekenregel jan = runs.get(0).regels().get(0);
        assertEquals(Uren.of("36.75"), ((Uurgrondslag) jan.grondslag()).uren());
        assertEquals(euro("2296.88"), jan.bedrag());
        assertEquals(EEMSDELTA, jan.gemeenteId());
        // February: 40 - 36.75 = 3.25 h left: all 2.5 of Feb 1, then 0.75 of the 3 of Feb 3, none of Feb 8;
        // 3.25 x 62.50 = 203.125 -> 203.13
        Afrekenregel feb = runs.get(1).regels().get(0);
        assertEquals(Uren.of("3.25"), ((Uurgrondslag) feb.grondslag()).uren());
        assertEquals(euro("203.13"), feb.bedrag());
        // March: the cap is reached, nothing to bill
        assertTrue(runs.get(2).regels().isEmpty());
    }

    @Test
    void excusedAbsenceIsBillableOnlyWhenTheContractSaysSo() {
        PlaatsingFeiten p = aPlaatsing(2).startedOn(dag(2027, 3, 1))
                .absent(dag(2027, 3, 2), "3", "1.5", Verzuimreden.GEOORLOOFD)
                .absent(dag(2027, 3, 3), "3", "0", Verzuimreden.ZIEK)
                .attended(dag(2027, 3, 4), "2")
                .absent(dag(2027, 3, 5), "2", "0.75", Verzuimreden.ONGEOORLOOFD)
                .build();
        Tariefversie t = Tariefversie.perUur(VANAF_2027, euro("57.35"), null);

        Maandafrekening declarabel = maand(MRT, contract(BtwTarief.NUL, true, t), ReedsGefactureerd.NIETS, p);
        Maandafrekening niet = maand(MRT, contract(BtwTarief.NUL, false, t), ReedsGefactureerd.NIETS, p);

        // billable: attended 1.5 + 0 + 2 + 0.75 = 4.25, plus the excused 1.5 = 5.75; sickness and unexcused never
        // 5.75 x 57.35 = 329.7625 -> 329.76
        assertEquals(euro("329.76"), declarabel.regels().get(0).bedrag());
        // 4.25 x 57.35 = 243.7375 -> 243.74
        assertEquals(euro("243.74"), niet.regels().get(0).bedrag());
    }

    @Test
    void excusedAbsenceFillsTheCapLikeAttendance() {
        Contractvoorwaarden c = contract(BtwTarief.NUL, true, Tariefversie.perUur(VANAF_2027, euro("50"), Uren.of(5)));
        PlaatsingFeiten p = aPlaatsing(3).startedOn(dag(2027, 3, 1))
                .absent(dag(2027, 3, 2), "4", "0", Verzuimreden.GEOORLOOFD)
                .attended(dag(2027, 3, 3), "4")
                .build();

        // 4 excused hours, then 1 of the 4 attended: 5 x 50.00 = 250.00
        assertEquals(euro("250.00"), maand(MRT, c, ReedsGefactureerd.NIETS, p).regels().get(0).bedrag());
    }

    @Test
    void theLineIsRoundedOnceNotPerAttendanceRecord() {
        PlaatsingBuilder b = aPlaatsing(4).startedOn(dag(2027, 3, 1));
        for (int d = 1; d <= 10; d++) {
            b.attended(dag(2027, 3, d), "0.25");
        }
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("57.35"), null));

        // 10 x 0.25 = 2.5 h x 57.35 = 143.375 -> 143.38 (per record: 14.3375 -> 14.34, x 10 = 143.40)
        assertEquals(euro("143.38"), maand(MRT, c, ReedsGefactureerd.NIETS, b.build()).gemeenten().netto());
    }

    @Test
    void aTariffVersionStartingWithinTheMonthGivesALinePerRate() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("62.50"), null),
                Tariefversie.perUur(dag(2027, 3, 15), euro("64.10"), null));
        PlaatsingFeiten p = aPlaatsing(5).startedOn(dag(2027, 1, 4))
                .attended(dag(2027, 3, 8), "4").attended(dag(2027, 3, 12), "6")
                .attended(dag(2027, 3, 15), "3.25").attended(dag(2027, 3, 22), "3")
                .build();

        List<Afrekenregel> regels = maand(MRT, c, ReedsGefactureerd.NIETS, p).regels();

        assertEquals(2, regels.size());
        // before March 15: 10 h x 62.50 = 625.00
        assertEquals(VANAF_2027, regels.get(0).tariefGeldigVanaf());
        assertEquals(euro("625.00"), regels.get(0).bedrag());
        // from March 15: 6.25 h x 64.10 = 400.625 -> 400.63
        assertEquals(dag(2027, 3, 15), regels.get(1).tariefGeldigVanaf());
        assertEquals(euro("400.63"), regels.get(1).bedrag());
    }

    @Test
    void attendanceOutsideTheActiveDaysIsNotBilled() {
        PlaatsingFeiten p = aPlaatsing(6).startedOn(dag(2027, 3, 3)).paused(dag(2027, 3, 10), dag(2027, 3, 14))
                .completedOn(dag(2027, 3, 24))
                .attended(dag(2027, 3, 2), "3")      // before the start
                .attended(dag(2027, 3, 3), "2")
                .attended(dag(2027, 3, 11), "2")     // paused
                .attended(dag(2027, 3, 24), "1.5")   // the last day counts
                .attended(dag(2027, 3, 25), "4")     // after the end
                .build();
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("62.50"), null));

        // 2 + 1.5 = 3.5 h x 62.50 = 218.75
        Afrekenregel r = maand(MRT, c, ReedsGefactureerd.NIETS, p).regels().get(0);
        assertEquals(Uren.of("3.5"), ((Uurgrondslag) r.grondslag()).uren());
        assertEquals(euro("218.75"), r.bedrag());
    }

    @Test
    void aMonthWithoutBillableHoursHasNoLine() {
        PlaatsingFeiten p = aPlaatsing(7).startedOn(dag(2027, 3, 1))
                .absent(dag(2027, 3, 2), "3", "0", Verzuimreden.ZIEK).build();
        Maandafrekening a = maand(MRT, contract(Tariefversie.perUur(VANAF_2027, euro("62.50"), null)),
                ReedsGefactureerd.NIETS, p);

        assertTrue(a.regels().isEmpty());
        assertTrue(a.gemeenten().isLeeg());
        assertEquals(Money.ZERO, a.gemeenten().totaal());
    }
}
