package nl.inburgering.portal.openhouse.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today and now for the Open House services, in Dutch time (deadlines and notice periods are
 * calendar dates in the Netherlands). Uses a {@link Clock} bean when the application or a test
 * produces one, otherwise the system clock; the rules themselves take the date as a parameter.
 */
@ApplicationScoped
public class Klok {

    public static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    @Inject
    private Instance<Clock> clocks;

    private Clock clock() {
        return clocks != null && clocks.isResolvable() ? clocks.get() : Clock.system(NEDERLAND);
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock().withZone(NEDERLAND));
    }

    public Instant nu() {
        return clock().instant();
    }
}
