package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;

/**
 * Test data: {@code aPlaatsing(1).forGemeente(EEMSDELTA).startedOn(d).attended(d2, "4.25").build()}.
 * Attendance on one date goes to the next free component, so several records a day are easy to write.
 */
final class PlaatsingBuilder {

    static final long GRONINGEN = 14L;
    static final long EEMSDELTA = 1979L;
    static final long HET_HOGELAND = 1966L;
    static final long WESTERKWARTIER = 1969L;

    private final long id;
    private long gemeenteId = EEMSDELTA;
    private boolean zelfbetaler;
    private Uren geplandeUren = Uren.of(600);
    private LocalDate start;
    private final List<OnderbrokenPeriode> pauzes = new ArrayList<>();
    private Beeindiging einde;
    private final List<PresentieFeit> presenties = new ArrayList<>();

    private PlaatsingBuilder(long id) {
        this.id = id;
    }

    static PlaatsingBuilder aPlaatsing(long id) {
        return new PlaatsingBuilder(id);
    }

    PlaatsingBuilder forGemeente(long gemeente) {
        this.gemeenteId = gemeente;
        return this;
    }

    PlaatsingBuilder zelfbetaler() {
        this.zelfbetaler = true;
        return this;
    }

    PlaatsingBuilder planned(String uren) {
        this.geplandeUren = Uren.of(uren);
        return this;
    }

    PlaatsingBuilder startedOn(LocalDate d) {
        this.start = d;
        return this;
    }

    PlaatsingBuilder paused(LocalDate vanaf, LocalDate totEnMet) {
        pauzes.add(new OnderbrokenPeriode(vanaf, totEnMet));
        return this;
    }

    PlaatsingBuilder completedOn(LocalDate laatsteDag) {
        this.einde = Beeindiging.afgerond(laatsteDag);
        return this;
    }

    PlaatsingBuilder endedEarlyOn(LocalDate laatsteDag) {
        this.einde = Beeindiging.voortijdig(laatsteDag);
        return this;
    }

    /** All scheduled hours attended. */
    PlaatsingBuilder attended(LocalDate d, String uren) {
        return record(d, uren, uren, null);
    }

    /** Fewer hours attended than scheduled, with the reason. */
    PlaatsingBuilder absent(LocalDate d, String geroosterd, String aanwezig, Verzuimreden reden) {
        return record(d, geroosterd, aanwezig, reden);
    }

    /** A copy to change without changing this one (attendance before and after a correction). */
    PlaatsingBuilder copy() {
        PlaatsingBuilder c = new PlaatsingBuilder(id);
        c.gemeenteId = gemeenteId;
        c.zelfbetaler = zelfbetaler;
        c.geplandeUren = geplandeUren;
        c.start = start;
        c.pauzes.addAll(pauzes);
        c.einde = einde;
        c.presenties.addAll(presenties);
        return c;
    }

    /** The attendance of a date replaced by one record, all attended (an approved correction). */
    PlaatsingBuilder correctedTo(LocalDate d, String uren) {
        return correctedTo(d, uren, uren, null);
    }

    /** The attendance of a date replaced by one record (an approved correction). */
    PlaatsingBuilder correctedTo(LocalDate d, String geroosterd, String aanwezig, Verzuimreden reden) {
        presenties.removeIf(p -> p.datum().equals(d));
        return record(d, geroosterd, aanwezig, reden);
    }

    private PlaatsingBuilder record(LocalDate d, String geroosterd, String aanwezig, Verzuimreden reden) {
        long zelfdeDag = presenties.stream().filter(p -> p.datum().equals(d)).count();
        presenties.add(new PresentieFeit(d, Onderdeel.values()[(int) zelfdeDag], Uren.of(geroosterd), Uren.of(aanwezig),
                reden));
        return this;
    }

    PlaatsingFeiten build() {
        return new PlaatsingFeiten(id, gemeenteId, zelfbetaler, geplandeUren, start, pauzes, einde, presenties);
    }
}
