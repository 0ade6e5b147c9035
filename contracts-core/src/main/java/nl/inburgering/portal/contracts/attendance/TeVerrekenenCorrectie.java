package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An approved correction the next settlement must bill (DESIGN.md, "Settlement", Corrections): it recomputes
 * {@code maand} for the placement and adds the difference, then calls
 * {@link CorrectieService#markeerVerrekend}.
 *
 * @param maand the original (settled) month
 */
public record TeVerrekenenCorrectie(long correctieverzoekId, long plaatsingId, long contractId, YearMonth maand,
        LocalDate datum, Onderdeel onderdeel) {
}
