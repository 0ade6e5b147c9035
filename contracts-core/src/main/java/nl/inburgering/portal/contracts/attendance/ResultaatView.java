package nl.inburgering.portal.contracts.attendance;

import java.time.Instant;
import java.time.LocalDate;

/** What callers see of a result, with the placement's inburgeraar and gemeente. */
public record ResultaatView(long id, long plaatsingId, long inburgeraarId, long gemeenteId, ResultaatSoort soort,
        Taalniveau niveau, Uitslag uitslag, LocalDate datum, String toelichting, String vastgelegdDoor,
        Instant vastgelegdOp) {
}
