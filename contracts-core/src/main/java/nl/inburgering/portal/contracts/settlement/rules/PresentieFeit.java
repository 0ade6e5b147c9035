package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;

/**
 * One attendance record (DESIGN.md, "Presentie"): one per placement, date and component, in quarter
 * hours. When fewer hours were attended than scheduled, the absence has a reason.
 *
 * @param verzuimreden required when {@code aanwezig < geroosterd}; otherwise null or ignored
 */
public record PresentieFeit(LocalDate datum, Onderdeel onderdeel, Uren geroosterd, Uren aanwezig,
        Verzuimreden verzuimreden) {

    public PresentieFeit {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(onderdeel, "onderdeel");
        Objects.requireNonNull(geroosterd, "geroosterd");
        Objects.requireNonNull(aanwezig, "aanwezig");
        if (geroosterd.isNegatief() || aanwezig.isNegatief() || !geroosterd.isKwartieren()
                || !aanwezig.isKwartieren()) {
            throw new IllegalArgumentException("attendance is recorded in whole quarter hours, not negative: "
                    + geroosterd + " scheduled, " + aanwezig + " attended on " + datum);
        }
        if (aanwezig.compareTo(geroosterd) < 0 && verzuimreden == null) {
            throw new IllegalArgumentException("absence on " + datum + " " + onderdeel + " needs a reason");
        }
    }

    /** Scheduled hours not attended; zero when all (or more) were attended. */
    public Uren verzuim() {
        return geroosterd.minus(aanwezig).nietNegatief();
    }

    /**
     * The hours this record can bill under {@code PER_UUR}, before any cap: the attended hours, plus the
     * absent hours when the absence was {@link Verzuimreden#GEOORLOOFD} and the contract makes excused
     * absence billable.
     */
    public Uren declarabel(boolean geoorloofdVerzuimDeclarabel) {
        if (geoorloofdVerzuimDeclarabel && verzuimreden == Verzuimreden.GEOORLOOFD) {
            return aanwezig.plus(verzuim());
        }
        return aanwezig;
    }
}
