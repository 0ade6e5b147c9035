package nl.inburgering.portal.web.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.CronTrigger;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SignaalPlanningTest {

    private static ZonedDateTime amsterdam(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SignaalPlanning.ZONE);
    }

    private static ZonedDateTime next(String after) {
        CronTrigger t = SignaalPlanning.trigger(SignaalPlanning.STANDAARD).orElseThrow();
        return t.getNextRunTime(null, amsterdam(after));
    }

    @Test
    void runsOnMondayAtSixDutchTime() {
        // a Wednesday: the coming Monday
        assertEquals(amsterdam("2026-03-16T06:00"), next("2026-03-11T14:30"));
        // Monday before six: that morning; at or after six: a week later
        assertEquals(amsterdam("2026-03-16T06:00"), next("2026-03-16T05:59"));
        assertEquals(amsterdam("2026-03-23T06:00"), next("2026-03-16T06:00:01"));
    }

    @Test
    void staysAtSixDutchTimeOverTheChangeToSummerTime() {
        // the clocks go forward on Sunday 29 March 2026: six in the morning is then 04:00 UTC, not 05:00
        ZonedDateTime run = next("2026-03-27T12:00");
        assertEquals(amsterdam("2026-03-30T06:00"), run);
        assertEquals(4, run.withZoneSameInstant(java.time.ZoneOffset.UTC).getHour());
        ZonedDateTime winter = next("2026-03-20T12:00");
        assertEquals(5, winter.withZoneSameInstant(java.time.ZoneOffset.UTC).getHour());
    }

    @Test
    void anotherScheduleFromConfiguration() {
        CronTrigger daily = SignaalPlanning.trigger(" 30 7 * * * ").orElseThrow();
        assertEquals(amsterdam("2026-03-12T07:30"), daily.getNextRunTime(null, amsterdam("2026-03-11T08:00")));
    }

    @Test
    void canBeSwitchedOff() {
        assertTrue(SignaalPlanning.trigger("uit").isEmpty());
        assertTrue(SignaalPlanning.trigger("OFF").isEmpty());
        assertTrue(SignaalPlanning.trigger("false").isEmpty());
        assertTrue(SignaalPlanning.trigger(" ").isEmpty());
    }

    @Test
    void aScheduleThatCannotBeReadIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignaalPlanning.trigger("elke maandag"));
        assertTrue(e.getMessage().contains("portal.signalen.schedule"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SignaalPlanning.trigger("0 25 * * MON"));
    }
}
