package nl.inburgering.portal.contracts.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.placement.Onderbreking;

/**
 * What the attendance rules need to know of a placement: its contract (for the month locks), its active
 * period (actual start up to and including the end date; open while it runs) and its pauses. Read in one
 * query per batch, so the rules run in memory.
 *
 * @param werkelijkeStart null when the placement never started: then it has no active period
 * @param einddatum       null while it runs
 */
public record Plaatsingsperiode(long plaatsingId, long contractId, LocalDate werkelijkeStart, LocalDate einddatum,
        List<Onderbreking> onderbrekingen) {

    public Plaatsingsperiode {
        onderbrekingen = List.copyOf(Objects.requireNonNull(onderbrekingen, "onderbrekingen"));
    }

    /** Whether the date lies from the actual start up to and including the end date. */
    public boolean isActief(LocalDate datum) {
        return werkelijkeStart != null && !datum.isBefore(werkelijkeStart)
                && (einddatum == null || !datum.isAfter(einddatum));
    }

    /** Whether the placement was ONDERBROKEN on this date. */
    public boolean isOnderbroken(LocalDate datum) {
        for (Onderbreking o : onderbrekingen) {
            if (o.dagenIn(datum, datum) > 0) {
                return true;
            }
        }
        return false;
    }
}
