package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.mijlpalen;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.shared.Percentage;
import org.junit.jupiter.api.Test;

/** What settlement refuses to compute with, and the copies of the contract's tariffs. */
class InvoerTest {

    @Test
    void attendanceIsInQuarterHoursAndAbsenceHasAReason() {
        assertThrows(IllegalArgumentException.class, () -> aPlaatsing(1).attended(dag(2027, 3, 1), "1.1"));
        assertThrows(IllegalArgumentException.class, () -> aPlaatsing(1).absent(dag(2027, 3, 1), "3", "1", null));
        assertEquals(Uren.of("2.75"), Uren.kwartieren(11));
    }

    @Test
    void oneAttendanceRecordPerDateAndComponent() {
        PresentieFeit taal = new PresentieFeit(dag(2027, 3, 1), Onderdeel.TAAL, Uren.of(2), Uren.of(2), null);

        assertThrows(IllegalArgumentException.class, () -> new PlaatsingFeiten(1, 14, false, Uren.of(10),
                dag(2027, 3, 1), null, null, List.of(taal, taal)));
    }

    @Test
    void aContractHasOnePaymentModelAndNoPriceBeforeItsFirstTariff() {
        assertThrows(IllegalArgumentException.class, () -> contract(
                Tariefversie.perUur(dag(2027, 1, 1), euro("60"), null),
                Tariefversie.perMaand(dag(2027, 6, 1), euro("1000"))));

        Contractvoorwaarden c = contract(Tariefversie.perUur(dag(2027, 1, 1), euro("60"), null));
        PlaatsingFeiten vroeg = aPlaatsing(1).startedOn(dag(2026, 12, 1)).attended(dag(2026, 12, 2), "2").build();
        assertThrows(IllegalStateException.class, () -> maand(YearMonth.of(2026, 12), c, ReedsGefactureerd.NIETS, vroeg));
    }

    @Test
    void milestonePercentagesSumToHundred() {
        assertThrows(IllegalArgumentException.class,
                () -> Tariefversie.traject(dag(2027, 1, 1), euro("5000"), mijlpalen(40, 40, 10)));
    }

    @Test
    void theContractsTariffVersionsAreCopiedWithCapAndMilestones() {
        Tariefversie uur = Tariefversie.van(Tarief.perUur(dag(2027, 1, 1), euro("62.50"), new BigDecimal("800")));
        Tariefversie traject = Tariefversie.van(Tarief.traject(dag(2027, 1, 1), euro("5000"), mijlpalen(40, 40, 20)));

        assertEquals(Tariefversie.perUur(dag(2027, 1, 1), euro("62.50"), Uren.of(800)), uur);
        assertEquals(Betaalmodel.TRAJECT, traject.betaalmodel());
        assertEquals(Percentage.of(20), traject.mijlpalen().get(Mijlpaal.AFRONDING));
        assertNull(traject.maxUrenPerPlaatsing());
    }
}
