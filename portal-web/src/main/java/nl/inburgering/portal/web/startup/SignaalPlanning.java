package nl.inburgering.portal.web.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.LastExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ZonedTrigger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.signal.SignaalBerekening;
import nl.inburgering.portal.contracts.signal.SignaalService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The weekly computation of attendance signals (DESIGN.md, "Signals"; issue 6): every Monday at 06:00 Dutch
 * time the system runs {@link SignaalService#bereken} for the 4 full weeks before that week, so the gemeenten
 * find the week's signals when they start work. The contract manager can still compute at any time through
 * {@code POST /api/v1/signalen/berekening}.
 *
 * <p><b>How it runs.</b> A Jakarta Concurrency {@link ManagedScheduledExecutorService} (the container's default
 * one) with a {@link Weekschema} trigger in {@code Europe/Amsterdam}, scheduled when the application starts and
 * cancelled when it stops. Chosen over an EJB {@code @Schedule} because the schedule comes from configuration
 * and the project uses CDI beans, not EJBs. The trigger is our own rather than Concurrency 3.0's
 * {@code CronTrigger}: the 3.0.0 API jar the build compiles and tests against computes some next runs wrongly
 * (an index error for a time of day past the hour), so its behaviour could not be tested here. Runs are not
 * persistent: a run missed while the application was down is not made up; the contract manager can compute by
 * hand, and the next Monday's run covers the then-current 4 weeks.
 *
 * <p><b>As whom.</b> The run acts as {@link Actor#system()} (user {@code systeem}, role BEHEERDER), which
 * {@code bereken} allows besides the contract manager; the audit log shows the run under that name.
 *
 * <p><b>Configuration.</b> {@code portal.signalen.schedule} (environment variable
 * {@code PORTAL_SIGNALEN_SCHEDULE}): a day of the week and a time in Dutch time, {@code "MON 06:00"} (the
 * default; English or Dutch day names, {@code "maandag 6:00"} too). {@code uit}, {@code off} or {@code false}
 * switches the run off: the container tests of signals do, so a run never races their own computation. A
 * value that cannot be read stops the application from starting, rather than leaving the gemeenten without
 * signals unnoticed.
 *
 * <p>Several instances of the portal each run it; that is harmless, as a computation is idempotent (one signal
 * per placement, kind and period).
 */
@ApplicationScoped
public class SignaalPlanning {

    /** Mondays at 06:00. */
    public static final String STANDAARD = "MON 06:00";

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Set<String> UIT = Set.of("uit", "off", "false", "nee", "no");
    private static final Logger LOG = Logger.getLogger(SignaalPlanning.class.getName());

    @Inject
    @ConfigProperty(name = "portal.signalen.schedule", defaultValue = STANDAARD)
    String schema;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SignaalService signalen;

    private ScheduledFuture<?> gepland;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        Optional<Weekschema> trigger = Weekschema.lees(schema);
        if (trigger.isEmpty()) {
            LOG.info(() -> "Weekly signal computation is switched off (portal.signalen.schedule=" + schema + ")");
            return;
        }
        gepland = executor.schedule(this::bereken, trigger.get());
        LOG.info(() -> "Weekly signal computation scheduled: " + trigger.get() + "; next run "
                + trigger.get().getNextRunTime(null, ZonedDateTime.now(ZONE)));
    }

    /** One run; a failure is logged and the next run comes as planned. */
    void bereken() {
        try {
            SignaalBerekening b = signalen.bereken(Actor.system(), LocalDate.now(ZONE));
            LOG.info(() -> "Signals computed for " + b.periodeVan() + " to " + b.periodeTot() + ": " + b.beoordeeld()
                    + " placements, " + b.nieuw() + " new signals");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Weekly signal computation failed; the next run is as scheduled", e);
        }
    }

    @PreDestroy
    void stop() {
        if (gepland != null) {
            gepland.cancel(false);
        }
    }

    /**
     * Once a week, on this day at this time in Dutch time: the next run is the first such moment after the
     * previous run's scheduled start (or, the first time, after scheduling). Over a change to or from summer time
     * the run stays at the same Dutch time.
     */
    record Weekschema(DayOfWeek dag, LocalTime tijd) implements ZonedTrigger {

        private static final Map<String, DayOfWeek> NEDERLANDS = Map.of(
                "maandag", DayOfWeek.MONDAY, "dinsdag", DayOfWeek.TUESDAY, "woensdag", DayOfWeek.WEDNESDAY,
                "donderdag", DayOfWeek.THURSDAY, "vrijdag", DayOfWeek.FRIDAY, "zaterdag", DayOfWeek.SATURDAY,
                "zondag", DayOfWeek.SUNDAY);
        private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("H:mm");

        /**
         * The schedule of a configured value, or empty when it is switched off.
         *
         * @throws IllegalArgumentException a value that is neither a day and time nor "uit"
         */
        static Optional<Weekschema> lees(String waarde) {
            if (waarde == null || waarde.isBlank() || UIT.contains(waarde.strip().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            String[] delen = waarde.strip().split("\\s+");
            try {
                if (delen.length != 2) {
                    throw new IllegalArgumentException("two parts expected");
                }
                return Optional.of(new Weekschema(dag(delen[0]), LocalTime.parse(delen[1], TIJD)));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("portal.signalen.schedule is neither a day of the week and a time"
                        + " (e.g. '" + STANDAARD + "') nor 'uit': " + waarde, e);
            }
        }

        private static DayOfWeek dag(String naam) {
            String n = naam.toLowerCase(Locale.ROOT);
            if (NEDERLANDS.containsKey(n)) {
                return NEDERLANDS.get(n);
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                String engels = d.name().toLowerCase(Locale.ROOT);
                if (engels.equals(n) || engels.substring(0, 3).equals(n)) {
                    return d;
                }
            }
            throw new IllegalArgumentException("not a day of the week: " + naam);
        }

        @Override
        public ZonedDateTime getNextRunTime(LastExecution vorige, ZonedDateTime gepland) {
            ZonedDateTime na = (vorige == null ? gepland : vorige.getScheduledStart(ZONE)).withZoneSameInstant(ZONE);
            LocalDate dagVan = na.toLocalDate().with(TemporalAdjusters.nextOrSame(dag));
            ZonedDateTime volgende = ZonedDateTime.of(dagVan, tijd, ZONE);
            return volgende.isAfter(na) ? volgende : ZonedDateTime.of(dagVan.plusWeeks(1), tijd, ZONE);
        }

        @Override
        public ZoneId getZoneId() {
            return ZONE;
        }

        @Override
        public boolean skipRun(LastExecution vorige, ZonedDateTime gepland) {
            return false;
        }

        @Override
        public String toString() {
            return "every " + dag + " at " + tijd + " " + ZONE;
        }
    }
}
