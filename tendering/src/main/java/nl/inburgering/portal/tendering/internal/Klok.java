package nl.inburgering.portal.tendering.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Now and today for the tendering services, in Dutch time: the bid deadline is a moment, the
 * keurmerk check and the standstill are calendar dates in the Netherlands. Uses a {@link Clock} bean
 * when the application or a test produces one (so a test can fix time), otherwise the system clock.
 * No producer here on purpose: two modules producing a {@code Clock} would make it ambiguous.
 */
@ApplicationScoped
public class Klok {

    public static final ZoneId NEDERLAND = Nl.TIJDZONE;

    @Inject
    private Instance<Clock> clocks;

    private Clock clock() {
        return clocks != null && clocks.isResolvable() ? clocks.get() : Clock.system(NEDERLAND);
    }

    public Instant nu() {
        return clock().instant();
    }

    public LocalDate vandaag() {
        return LocalDate.ofInstant(nu(), NEDERLAND);
    }
}
