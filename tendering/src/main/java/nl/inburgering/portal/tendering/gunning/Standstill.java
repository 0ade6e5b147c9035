package nl.inburgering.portal.tendering.gunning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The standstill period (Alcatel-termijn) after an award decision: the contracting authority does
 * not conclude the contract earlier than the given number of calendar days after the day the
 * decision was sent (Aanbestedingswet 2012, art. 2.127: at least 20 calendar days). DESIGN.md: "The
 * standstill ends after 20 calendar days counted from the day after sending."
 *
 * <p>So the days counted are {@code verzonden + 1 .. verzonden + dagen}; the period ends at the end
 * of {@link #einde()}, and a contract can be concluded from {@link #eersteDagNaEinde()}. Example:
 * sent 8 February 2028, 20 days: 9..28 February are counted, the standstill ends on 28 February and
 * contracts can be made from 29 February. Calendar days throughout: weekends and public holidays
 * count and do not extend the period (DESIGN.md; the portal does not apply the Algemene
 * termijnenwet). Plain Java.
 */
public record Standstill(LocalDate verzonden, int dagen) {

    public Standstill {
        Objects.requireNonNull(verzonden, "verzonden");
        if (dagen < 1) {
            throw new IllegalArgumentException("dagen < 1");
        }
    }

    /** The last day of the standstill: the send date plus the number of days. */
    public static LocalDate standstillEinde(LocalDate verzonden, int dagen) {
        return new Standstill(verzonden, dagen).einde();
    }

    /** The last day of the standstill (inclusive). */
    public LocalDate einde() {
        return verzonden.plusDays(dagen);
    }

    /** The first day on which the contract may be concluded. */
    public LocalDate eersteDagNaEinde() {
        return einde().plusDays(1);
    }

    /**
     * For the countdown: the calendar days of the period still to run, today included. On the send
     * date and on the first counted day it is the full number of days; on the last day 1; from the
     * day after the end 0.
     */
    public long dagenResterend(LocalDate vandaag) {
        Objects.requireNonNull(vandaag, "vandaag");
        if (isVerstreken(vandaag)) {
            return 0;
        }
        LocalDate vanaf = vandaag.isAfter(verzonden) ? vandaag : verzonden.plusDays(1);
        return ChronoUnit.DAYS.between(vanaf, einde()) + 1;
    }

    /** Whether the standstill is over on this date: contracts may be concluded. */
    public boolean isVerstreken(LocalDate vandaag) {
        return vandaag.isAfter(einde());
    }
}
