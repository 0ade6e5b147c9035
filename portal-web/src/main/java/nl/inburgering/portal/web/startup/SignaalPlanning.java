package nl.inburgering.portal.web.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
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
 * one) with a {@link CronTrigger} in {@code Europe/Amsterdam}, scheduled when the application starts and
 * cancelled when it stops. Chosen over an EJB {@code @Schedule} because the schedule comes from configuration
 * and the project uses CDI beans, not EJBs; the tasks are not persistent, so a run missed while the
 * application was down is not made up: the contract manager can compute by hand, or the next Monday's run
 * covers the then-current 4 weeks.
 *
 * <p><b>As whom.</b> The run acts as {@link Actor#system()} (user {@code systeem}, role BEHEERDER), which
 * {@code bereken} allows besides the contract manager; the audit log shows the run under that name.
 *
 * <p><b>Configuration.</b> {@code portal.signalen.schedule} (environment variable
 * {@code PORTAL_SIGNALEN_SCHEDULE}): a cron expression of {@link CronTrigger} (minute hour day-of-month month
 * day-of-week, optionally seconds first), in Dutch time; default {@value #STANDAARD}. {@code uit}, {@code off}
 * or {@code false} switches the run off (the container tests of signals do, so a run never races their own
 * computation). An expression that cannot be read stops the application from starting, rather than leaving
 * the gemeenten without signals unnoticed.
 *
 * <p>Several instances of the portal each run it; that is harmless, as a computation is idempotent (one signal
 * per placement, kind and period).
 */
@ApplicationScoped
public class SignaalPlanning {

    /** Mondays at 06:00. */
    public static final String STANDAARD = "0 6 * * MON";

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
        Optional<CronTrigger> trigger = trigger(schema);
        if (trigger.isEmpty()) {
            LOG.info(() -> "Weekly signal computation is switched off (portal.signalen.schedule=" + schema + ")");
            return;
        }
        gepland = executor.schedule(this::bereken, trigger.get());
        LOG.info(() -> "Weekly signal computation scheduled (" + schema + ", " + ZONE + "); next run "
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
     * The trigger of a configured schedule, or empty when it is switched off.
     *
     * @throws IllegalArgumentException a schedule that is not a cron expression
     */
    static Optional<CronTrigger> trigger(String schema) {
        if (schema == null || schema.isBlank() || UIT.contains(schema.strip().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CronTrigger(schema.strip(), ZONE));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("portal.signalen.schedule is not a cron expression (minute hour"
                    + " day-of-month month day-of-week, e.g. '" + STANDAARD + "') nor 'uit': " + schema, e);
        }
    }
}
