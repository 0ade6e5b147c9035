package nl.inburgering.portal.tendering.gunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DESIGN.md: the standstill ends after 20 calendar days counted from the day after sending. */
class StandstillTest {

    @ParameterizedTest(name = "sent {0}: last day {1}")
    @CsvSource({
        // leap year: 9..28 Feb 2028 are the 20 days; 29 Feb is the first day after
        "2028-02-08, 2028-02-28",
        // across the leap day: 11..29 Feb = 19 days, 1 Mar the 20th
        "2028-02-10, 2028-03-01",
        // the same in a common year: 11..28 Feb = 18 days, 1 and 2 Mar
        "2027-02-10, 2027-03-02",
        // month ends: 21..31 Jan = 11 days, 1..9 Feb = 9
        "2026-01-20, 2026-02-09",
        // 16..30 Apr = 15 days (a 30-day month), 1..5 May = 5
        "2026-04-15, 2026-05-05",
        // year end: 16..31 Dec = 16 days, 1..4 Jan = 4
        "2026-12-15, 2027-01-04",
        // sent on New Year's Eve: 1..20 Jan
        "2026-12-31, 2027-01-20",
        // into a leap year: 21..31 Dec 2027 = 11 days, 1..9 Jan 2028 = 9
        "2027-12-20, 2028-01-09"})
    void endsTwentyCalendarDaysAfterTheDayOfSending(LocalDate verzonden, LocalDate einde) {
        assertEquals(einde, Standstill.standstillEinde(verzonden, 20));
        Standstill s = new Standstill(verzonden, 20);
        assertFalse(s.isVerstreken(einde), "the last day still belongs to the standstill");
        assertTrue(s.isVerstreken(einde.plusDays(1)));
        assertEquals(einde.plusDays(1), s.eersteDagNaEinde());
    }

    @Test
    void theCountdownCountsTheDaysStillToRunTodayIncluded() {
        Standstill s = new Standstill(LocalDate.of(2028, 2, 8), 20);
        assertEquals(20, s.dagenResterend(LocalDate.of(2028, 2, 8)), "the send date itself is not counted");
        assertEquals(20, s.dagenResterend(LocalDate.of(2028, 2, 9)), "day 1 of 20");
        assertEquals(19, s.dagenResterend(LocalDate.of(2028, 2, 10)));
        assertEquals(1, s.dagenResterend(LocalDate.of(2028, 2, 28)), "the last day");
        assertEquals(0, s.dagenResterend(LocalDate.of(2028, 2, 29)));
        assertEquals(0, s.dagenResterend(LocalDate.of(2028, 6, 1)));
    }

    @Test
    void aLongerStandstillFromTheTenderCounts() {
        assertEquals(LocalDate.of(2026, 7, 1), Standstill.standstillEinde(LocalDate.of(2026, 6, 1), 30));
    }

    @Property
    void exactlyTheGivenNumberOfDaysFallAfterTheSendDateUpToTheEnd(
            @ForAll @LongRange(min = 0, max = 20_000) long dag, @ForAll @IntRange(min = 20, max = 90) int dagen) {
        LocalDate verzonden = LocalDate.of(2020, 1, 1).plusDays(dag);
        Standstill s = new Standstill(verzonden, dagen);
        int geteld = 0;
        for (LocalDate d = verzonden.plusDays(1); !s.isVerstreken(d); d = d.plusDays(1)) {
            geteld++;
        }
        assertEquals(dagen, geteld);
        assertEquals(dagen, s.dagenResterend(verzonden));
    }
}
