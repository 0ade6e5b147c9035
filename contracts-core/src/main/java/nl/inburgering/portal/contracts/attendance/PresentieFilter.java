package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.time.LocalDate;

/**
 * Optional criteria for a list of attendance records; all null is everything the actor may see.
 *
 * @param van first date, inclusive
 * @param tot last date, inclusive
 */
public record PresentieFilter(Long plaatsingId, Long contractId, Long inburgeraarId, LocalDate van, LocalDate tot,
        Onderdeel onderdeel, Verzuimreden verzuimreden) {

    public static PresentieFilter vanPlaatsing(long plaatsingId) {
        return new PresentieFilter(plaatsingId, null, null, null, null, null, null);
    }
}
