package nl.inburgering.portal.openhouse.aanmelding;

import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.openhouse.internal.Datums;

/**
 * The end date of an Open House contract after a withdrawal (DESIGN.md, "Open House procedure": a
 * provider may withdraw, with notice period; the contract then ends). Pure.
 *
 * <p>The notice period of the procedure version the provider was admitted under runs from the day of
 * the withdrawal: the earliest end date is that day plus the period in calendar months (a month later
 * than the 31st is the last day of the shorter month). The provider may choose a later date, but not
 * one after the contract's own end date; a period that runs past that end simply lets the contract
 * run out. A contract that has not started yet ends no earlier than its start date.
 */
public final class Opzegtermijn {

    private Opzegtermijn() {
    }

    public static LocalDate vroegsteEinddatum(LocalDate opzegdatum, int maanden) {
        Objects.requireNonNull(opzegdatum, "opzegdatum");
        if (maanden < 0) {
            throw new IllegalArgumentException("maanden < 0");
        }
        return opzegdatum.plusMonths(maanden);
    }

    /**
     * The date the contract ends on.
     *
     * @param gewenst optional: a later date the provider chooses
     */
    public static LocalDate einddatum(LocalDate opzegdatum, int maanden, LocalDate gewenst, LocalDate contractStart,
            LocalDate contractEinde) {
        Objects.requireNonNull(contractStart, "contractStart");
        Objects.requireNonNull(contractEinde, "contractEinde");
        LocalDate vroegst = vroegsteEinddatum(opzegdatum, maanden);
        if (vroegst.isBefore(contractStart)) {
            vroegst = contractStart;
        }
        if (gewenst == null) {
            return vroegst.isAfter(contractEinde) ? contractEinde : vroegst;
        }
        if (gewenst.isBefore(vroegst) && gewenst.isBefore(contractEinde)) {
            throw InvalidInputException.of("per", "opzegging.te-vroeg", "Met een opzegtermijn van " + maanden
                    + (maanden == 1 ? " maand" : " maanden") + " eindigt het contract op zijn vroegst op "
                    + Datums.tekst(vroegst.isAfter(contractEinde) ? contractEinde : vroegst) + ".");
        }
        if (gewenst.isAfter(contractEinde)) {
            throw InvalidInputException.of("per", "opzegging.na-einde", "Het contract loopt al af op "
                    + Datums.tekst(contractEinde) + "; kies die datum of een eerdere.");
        }
        return gewenst;
    }
}
