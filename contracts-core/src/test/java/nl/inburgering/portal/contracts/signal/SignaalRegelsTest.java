package nl.inburgering.portal.contracts.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attendance signals of DESIGN.md, "Signals", at their edges. */
class SignaalRegelsTest {

    static Aanwezigheid uren(String geroosterd, String aanwezig, String ongeoorloofd) {
        return new Aanwezigheid(new BigDecimal(geroosterd), new BigDecimal(aanwezig), new BigDecimal(ongeoorloofd));
    }

    @Test
    void exactlyEightyPercentRaisesNoSignal() {
        assertEquals(Set.of(), SignaalRegels.beoordeel(uren("40", "32", "0")));
        assertEquals(new BigDecimal("80.00"), uren("40", "32", "0").percentage());
    }

    @Test
    void aQuarterHourBelowEightyPercentRaisesOne() {
        assertEquals(Set.of(Signaalsoort.AANWEZIGHEID_ONDER_80), SignaalRegels.beoordeel(uren("40", "31.75", "0")));
    }

    @Test
    void belowEightyPercentWithoutRoundingToEightyRaisesOne() {
        // 79.998 % would round to 80.00 at two decimals; the rule does not round
        assertEquals(Set.of(Signaalsoort.AANWEZIGHEID_ONDER_80),
                SignaalRegels.beoordeel(uren("12499.75", "9999.75", "0")));
    }

    @Test
    void noScheduledHoursRaiseNoSignal() {
        assertEquals(Set.of(), SignaalRegels.beoordeel(Aanwezigheid.GEEN));
        assertNull(Aanwezigheid.GEEN.percentage());
    }

    @Test
    void exactlyEightHoursUnexcusedRaisesNoSignalMoreDoes() {
        assertEquals(Set.of(), SignaalRegels.beoordeel(uren("48", "40", "8")));
        assertEquals(Set.of(Signaalsoort.ONGEOORLOOFD_VERZUIM_BOVEN_8),
                SignaalRegels.beoordeel(uren("60", "51.75", "8.25")));
    }

    @Test
    void bothSignalsAtOnce() {
        assertEquals(Set.of(Signaalsoort.AANWEZIGHEID_ONDER_80, Signaalsoort.ONGEOORLOOFD_VERZUIM_BOVEN_8),
                SignaalRegels.beoordeel(uren("40", "20", "12")));
    }

    @Test
    void excusedAbsenceAndIllnessCountAgainstAttendanceButNotAsUnexcused() {
        // 40 scheduled, 30 attended, the 10 missed hours ZIEK: 75 %, no unexcused hours
        assertEquals(Set.of(Signaalsoort.AANWEZIGHEID_ONDER_80), SignaalRegels.beoordeel(uren("40", "30", "0")));
    }

    @Test
    void thePeriodIsTheFourFullWeeksBeforeTheWeekOfTheReferenceDate() {
        // Wednesday 1 April 2026: the weeks of 2, 9, 16 and 23 March, up to and including Sunday 29 March
        SignaalRegels.Periode p = SignaalRegels.periode(LocalDate.of(2026, 4, 1));
        assertEquals(LocalDate.of(2026, 3, 2), p.van());
        assertEquals(LocalDate.of(2026, 3, 29), p.tot());
        assertEquals(DayOfWeek.MONDAY, p.van().getDayOfWeek());
        assertEquals(DayOfWeek.SUNDAY, p.tot().getDayOfWeek());
    }

    @Test
    void onAMondayTheWeekJustEndedCountsOnASundayItDoesNotYet() {
        assertEquals(LocalDate.of(2026, 3, 29), SignaalRegels.periode(LocalDate.of(2026, 3, 30)).tot());
        assertEquals(LocalDate.of(2026, 3, 22), SignaalRegels.periode(LocalDate.of(2026, 3, 29)).tot());
        assertEquals(LocalDate.of(2026, 2, 23), SignaalRegels.periode(LocalDate.of(2026, 3, 29)).van());
    }
}
