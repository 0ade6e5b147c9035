package nl.inburgering.portal.openhouse.procedure;

import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.internal.Datums;

/**
 * The application deadline of an Open House procedure (DESIGN.md, "Open House procedure": default 30
 * days before the end). Pure rules; the date of today is always a parameter.
 *
 * <p>The deadline is the last day on which a provider may submit, and save a draft: applying is
 * possible up to and including that day. It lies within the procedure period.
 */
public final class Aanmeldtermijn {

    private Aanmeldtermijn() {
    }

    /** The default deadline: {@code dagenVoorEinde} days before the end date. */
    public static LocalDate standaard(LocalDate einddatum, int dagenVoorEinde) {
        Objects.requireNonNull(einddatum, "einddatum");
        if (dagenVoorEinde < 0) {
            throw new IllegalArgumentException("dagenVoorEinde < 0");
        }
        return einddatum.minusDays(dagenVoorEinde);
    }

    /** The deadline set, or the default when none is set. */
    public static LocalDate ofStandaard(LocalDate gekozen, LocalDate einddatum, int dagenVoorEinde) {
        return gekozen != null ? gekozen : standaard(einddatum, dagenVoorEinde);
    }

    /** Whether one may still apply today: up to and including the deadline. */
    public static boolean isOpen(LocalDate deadline, LocalDate vandaag) {
        return !vandaag.isAfter(deadline);
    }

    /** Refuses, with the date, when the deadline has passed. */
    public static void eisOpen(LocalDate deadline, LocalDate vandaag) {
        if (!isOpen(deadline, vandaag)) {
            throw new StateConflictException("De aanmeldtermijn van deze procedure is verstreken: aanmelden kon tot en met "
                    + Datums.tekst(deadline) + ".");
        }
    }

    /**
     * The deadline lies within the period. When none was chosen and the default falls before the
     * start, the period is too short for the default and the contract manager must choose one.
     */
    static void check(FieldChecks checks, LocalDate start, LocalDate einde, LocalDate deadline, boolean gekozen) {
        if (start == null || einde == null || deadline == null || !einde.isAfter(start)) {
            return;
        }
        if (deadline.isBefore(start)) {
            checks.add("aanmelddeadline", gekozen ? "procedure.deadline-voor-start" : "procedure.deadline-kies-zelf",
                    gekozen ? "De sluitingsdatum voor aanmeldingen ligt niet voor de startdatum."
                            : "De looptijd is te kort voor de standaardtermijn (" + Datums.tekst(deadline)
                                    + " ligt voor de start); kies zelf een sluitingsdatum voor aanmeldingen.");
        }
        checks.check(!deadline.isAfter(einde), "aanmelddeadline", "procedure.deadline-na-einde",
                "De sluitingsdatum voor aanmeldingen ligt uiterlijk op de einddatum.");
    }
}
