package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/**
 * What settlement needs to know of one placement, as of the settlement run: who pays, its planned hours,
 * its dates (actual start, pauses, end) and all its attendance so far (DESIGN.md, "Plaatsing" and
 * "Presentie").
 *
 * <p><b>Active day.</b> A day is active when it lies from the actual start up to and including the end
 * date (or the start onwards while the placement runs) and not in a period {@code ONDERBROKEN}. That one
 * notion serves all three payment models: {@code PER_MAAND} bills the active days; attendance counts (for
 * {@code PER_UUR} hours and for the milestone HALVERWEGE) only on active days. Attendance outside them (before
 * the start, after the end, during a pause) contradicts the placement's own dates and is not billed; the
 * attendance rules refuse it on entry (codes P04, P05), so this is only a safety net.
 *
 * @param gemeenteId   the inburgeraar's gemeente, fixed on the placement: every line is tagged with it
 * @param zelfbetaler  the inburgeraar pays personally: the lines go on a separate invoice, never into a
 *                     gemeente's share
 * @param geplandeUren the planned hours; required for a {@code TRAJECT} tariff (HALVERWEGE is half of them)
 * @param werkelijkeStart the actual start date; null for a placement that never started (it bills nothing)
 * @param onderbrekingen  the pauses
 * @param beeindiging  the end; null while the placement runs
 * @param presenties   the attendance of the placement up to and including the month settled; records after
 *                     that month are ignored. {@code PER_UUR} needs only the records of the month and of the
 *                     months being corrected (the cap counts the hours already billed); {@code TRAJECT} needs
 *                     all of them (HALVERWEGE counts the attended hours over all months); {@code PER_MAAND}
 *                     none
 */
public record PlaatsingFeiten(long plaatsingId, long gemeenteId, boolean zelfbetaler, Uren geplandeUren,
        LocalDate werkelijkeStart, List<OnderbrokenPeriode> onderbrekingen, Beeindiging beeindiging,
        List<PresentieFeit> presenties) {

    private static final Comparator<PresentieFeit> OP_DATUM = Comparator.comparing(PresentieFeit::datum)
            .thenComparing(PresentieFeit::onderdeel);

    public PlaatsingFeiten {
        onderbrekingen = onderbrekingen == null ? List.of() : List.copyOf(onderbrekingen);
        presenties = presenties == null ? List.of()
                : presenties.size() <= 1 ? List.copyOf(presenties) : presenties.stream().sorted(OP_DATUM).toList();
        if (geplandeUren != null && geplandeUren.isNegatief()) {
            throw new IllegalArgumentException("placement " + plaatsingId + ": planned hours are not negative");
        }
        if (werkelijkeStart != null) {
            if (beeindiging != null && beeindiging.laatsteDag().isBefore(werkelijkeStart)) {
                throw new IllegalArgumentException("placement " + plaatsingId + " ends before it starts");
            }
            for (OnderbrokenPeriode o : onderbrekingen) {
                if (o.vanaf().isBefore(werkelijkeStart)) {
                    throw new IllegalArgumentException("placement " + plaatsingId + " is paused before it starts");
                }
            }
        }
        for (int i = 1; i < presenties.size(); i++) {      // sorted: a duplicate follows its twin
            PresentieFeit vorige = presenties.get(i - 1);
            PresentieFeit p = presenties.get(i);
            if (p.datum().equals(vorige.datum()) && p.onderdeel() == vorige.onderdeel()) {
                throw new IllegalArgumentException("placement " + plaatsingId + " has two attendance records for "
                        + p.datum() + " " + p.onderdeel());
            }
        }
    }

    /** Whether the placement runs on this day and is not paused (see the class comment). */
    public boolean isActiefOp(LocalDate dag) {
        if (werkelijkeStart == null || dag.isBefore(werkelijkeStart)) {
            return false;
        }
        if (beeindiging != null && dag.isAfter(beeindiging.laatsteDag())) {
            return false;
        }
        for (OnderbrokenPeriode o : onderbrekingen) {
            if (o.bevat(dag)) {
                return false;
            }
        }
        return true;
    }

    /** The active days of a month, in date order. */
    public List<LocalDate> actieveDagenIn(YearMonth maand) {
        return maand.atDay(1).datesUntil(maand.atEndOfMonth().plusDays(1)).filter(this::isActiefOp).toList();
    }

    /** The attendance on active days up to and including {@code totEnMet}, in date order (then component). */
    public List<PresentieFeit> geldigePresentiesTot(LocalDate totEnMet) {
        return presenties.stream().filter(p -> !p.datum().isAfter(totEnMet) && isActiefOp(p.datum())).toList();
    }

    Uren geplandeUrenVoorTraject() {
        if (geplandeUren == null || !geplandeUren.isPositief()) {
            throw new IllegalArgumentException("placement " + plaatsingId
                    + " has no planned hours, so HALVERWEGE of its trajectory cannot be determined");
        }
        return geplandeUren;
    }

    boolean isAfgerond() {
        return beeindiging != null && beeindiging.isAfgerond();
    }
}
