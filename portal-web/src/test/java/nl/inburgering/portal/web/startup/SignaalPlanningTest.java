package nl.inburgering.portal.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.LastExecution;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SignaalPlanningTest {

    private static final SignaalPlanning.Weekschema MAANDAG_ZES =
            SignaalPlanning.Weekschema.lees(SignaalPlanning.STANDAARD).orElseThrow();

    private static ZonedDateTime amsterdam(String local) {
        return LocalDateTime.parse(local).atZone(SignaalPlanning.ZONE);
    }

    private static ZonedDateTime eerste(String na) {
        return MAANDAG_ZES.getNextRunTime(null, amsterdam(na));
    }

    /** The previous run, scheduled at {@code gepland} and started a little later. */
    private static LastExecution vorige(ZonedDateTime gepland) {
        return new LastExecution() {
            @Override
            public String getIdentityName() {
                return null;
            }

            @Override
            public Object getResult() {
                return null;
            }

            @Override
            public ZonedDateTime getScheduledStart(ZoneId zone) {
                return gepland.withZoneSameInstant(zone);
            }

            @Override
            public ZonedDateTime getRunStart(ZoneId zone) {
                return gepland.plusSeconds(1).withZoneSameInstant(zone);
            }

            @Override
            public ZonedDateTime getRunEnd(ZoneId zone) {
                return gepland.plusSeconds(20).withZoneSameInstant(zone);
            }
        };
    }

    @Test
    void theDefaultIsMondayAtSix() {
        assertEquals(DayOfWeek.MONDAY, MAANDAG_ZES.dag());
        assertEquals(LocalTime.of(6, 0), MAANDAG_ZES.tijd());
    }

    @Test
    void theFirstRunIsTheComingMondayAtSixDutchTime() {
        // 2026-03-11 is a Wednesday, in the afternoon
        assertEquals(amsterdam("2026-03-16T06:00"), eerste("2026-03-11T14:30"));
        // a Monday before six: that morning; at six or later: a week later
        assertEquals(amsterdam("2026-03-16T06:00"), eerste("2026-03-16T05:59"));
        assertEquals(amsterdam("2026-03-23T06:00"), eerste("2026-03-16T06:00"));
        assertEquals(amsterdam("2026-03-23T06:00"), eerste("2026-03-16T23:00"));
        // scheduled from a clock in another zone: still six in Amsterdam
        assertEquals(amsterdam("2026-03-16T06:00").toInstant(), MAANDAG_ZES.getNextRunTime(null,
                amsterdam("2026-03-15T23:30").withZoneSameInstant(ZoneOffset.UTC)).toInstant());
    }

    @Test
    void afterARunTheNextIsAWeekLater() {
        ZonedDateTime run = amsterdam("2026-03-16T06:00");
        assertEquals(amsterdam("2026-03-23T06:00"), MAANDAG_ZES.getNextRunTime(vorige(run), run.plusSeconds(1)));
        assertFalse(MAANDAG_ZES.skipRun(vorige(run), run));
    }

    @Test
    void staysAtSixDutchTimeOverTheChangeToSummerTimeAndBack() {
        // the clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
        ZonedDateTime winter = amsterdam("2026-03-23T06:00");
        ZonedDateTime zomer = MAANDAG_ZES.getNextRunTime(vorige(winter), winter);
        assertEquals(amsterdam("2026-03-30T06:00"), zomer);
        assertEquals(5, winter.withZoneSameInstant(ZoneOffset.UTC).getHour());
        assertEquals(4, zomer.withZoneSameInstant(ZoneOffset.UTC).getHour());
        ZonedDateTime laatsteZomer = amsterdam("2026-10-19T06:00");
        assertEquals(amsterdam("2026-10-26T06:00"), MAANDAG_ZES.getNextRunTime(vorige(laatsteZomer), laatsteZomer));
    }

    @Test
    void anotherDayAndTimeFromConfiguration() {
        SignaalPlanning.Weekschema s = SignaalPlanning.Weekschema.lees(" dinsdag  7:30 ").orElseThrow();
        assertEquals(DayOfWeek.TUESDAY, s.dag());
        assertEquals(amsterdam("2026-03-17T07:30"), s.getNextRunTime(null, amsterdam("2026-03-11T08:00")));
        assertEquals(DayOfWeek.FRIDAY, SignaalPlanning.Weekschema.lees("friday 23:15").orElseThrow().dag());
        assertEquals(DayOfWeek.SUNDAY, SignaalPlanning.Weekschema.lees("SUN 00:00").orElseThrow().dag());
    }

    @Test
    void canBeSwitchedOff() {
        assertTrue(SignaalPlanning.Weekschema.lees("uit").isEmpty());
        assertTrue(SignaalPlanning.Weekschema.lees("OFF").isEmpty());
        assertTrue(SignaalPlanning.Weekschema.lees("false").isEmpty());
        assertTrue(SignaalPlanning.Weekschema.lees(" ").isEmpty());
    }

    @Test
    void aValueThatCannotBeReadIsRefusedNamingTheKey() {
        for (String fout : new String[] {"elke maandag", "MON", "MON 25:00", "0 6 * * MON", "mo 06:00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SignaalPlanning.Weekschema.lees(fout), fout);
            assertTrue(e.getMessage().contains("portal.signalen.schedule"), e.getMessage());
        }
    }
}
