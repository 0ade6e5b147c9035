package nl.inburgering.portal.contracts.signal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

/**
 * The attendance signals (DESIGN.md, "Signals"): monitoring and enforcement of the inburgeringsplicht are the
 * gemeente's duty (Wet inburgering 2021), so the portal tells the gemeente, and the contract manager, when an
 * inburgeraar's attendance falls behind. Plain Java.
 *
 * <ul>
 * <li>{@link Signaalsoort#AANWEZIGHEID_ONDER_80}: over the last 4 full weeks the attended hours are below 80 %
 * of the scheduled hours, all components together and whatever the reason of the absence (illness and
 * excused absence count as absence here: the gemeente judges). Exactly 80 % raises nothing; no scheduled
 * hours raise nothing.</li>
 * <li>{@link Signaalsoort#ONGEOORLOOFD_VERZUIM_BOVEN_8}: in the same 4 weeks more than 8 hours of absence with
 * reason ONGEOORLOOFD. Exactly 8 hours raises nothing.</li>
 * </ul>
 * The 4 full weeks are the 4 calendar weeks, Monday to Sunday, before the week of the reference date
 * ({@link #periode}): a week still running never counts.
 */
public final class SignaalRegels {

    /** 80 %: below this share of the scheduled hours attended, a signal. */
    public static final BigDecimal MIN_AANWEZIG_PROCENT = new BigDecimal("80");
    /** 8 hours: above this many hours ONGEOORLOOFD, a signal. */
    public static final BigDecimal MAX_ONGEOORLOOFD_UREN = new BigDecimal("8");
    static final int WEKEN = 4;

    private SignaalRegels() {
    }

    /** Four full weeks, Monday up to and including Sunday. */
    public record Periode(LocalDate van, LocalDate tot) {

        public boolean bevat(LocalDate d) {
            return !d.isBefore(van) && !d.isAfter(tot);
        }
    }

    /** The last 4 full weeks before the week of {@code peildatum}. */
    public static Periode periode(LocalDate peildatum) {
        LocalDate tot = peildatum.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1);
        return new Periode(tot.minusDays(7L * WEKEN - 1), tot);
    }

    /** The signals these totals raise; empty when none. */
    public static Set<Signaalsoort> beoordeel(Aanwezigheid a) {
        Set<Signaalsoort> uit = EnumSet.noneOf(Signaalsoort.class);
        // aanwezig / geroosterd < 80 %, without rounding: aanwezig * 100 < geroosterd * 80
        if (a.geroosterd().signum() > 0 && a.aanwezig().multiply(BigDecimal.valueOf(100))
                .compareTo(a.geroosterd().multiply(MIN_AANWEZIG_PROCENT)) < 0) {
            uit.add(Signaalsoort.AANWEZIGHEID_ONDER_80);
        }
        if (a.ongeoorloofd().compareTo(MAX_ONGEOORLOOFD_UREN) > 0) {
            uit.add(Signaalsoort.ONGEOORLOOFD_VERZUIM_BOVEN_8);
        }
        return uit;
    }
}
