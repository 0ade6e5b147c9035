package nl.inburgering.portal.web.api.resultaten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.attendance.ResultaatSoort;
import nl.inburgering.portal.contracts.attendance.ResultaatView;
import nl.inburgering.portal.contracts.attendance.Taalniveau;
import nl.inburgering.portal.contracts.attendance.Uitslag;

/** A recorded result (OpenAPI schema {@code Resultaat}). */
@JsonbPropertyOrder({"id", "plaatsingId", "inburgeraarId", "gemeenteId", "soort", "niveau", "uitslag", "datum",
        "toelichting", "vastgelegdDoor", "vastgelegdOp"})
public record ResultaatDto(long id, long plaatsingId, long inburgeraarId, long gemeenteId, ResultaatSoort soort,
        Taalniveau niveau, Uitslag uitslag, LocalDate datum, String toelichting, String vastgelegdDoor,
        Instant vastgelegdOp) {

    static ResultaatDto of(ResultaatView v) {
        return new ResultaatDto(v.id(), v.plaatsingId(), v.inburgeraarId(), v.gemeenteId(), v.soort(), v.niveau(),
                v.uitslag(), v.datum(), v.toelichting(), v.vastgelegdDoor(), v.vastgelegdOp());
    }
}
