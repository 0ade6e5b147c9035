package nl.inburgering.portal.web.api.presenties;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieView;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;

/** A stored attendance record (OpenAPI schema {@code Presentie}). */
@JsonbPropertyOrder({"id", "plaatsingId", "datum", "onderdeel", "geroosterdeUren", "aanwezigeUren",
        "verzuimreden", "gewijzigdDoor", "gewijzigdOp", "correctieverzoekId"})
public record PresentieDto(long id, long plaatsingId, LocalDate datum, Onderdeel onderdeel,
        BigDecimal geroosterdeUren, BigDecimal aanwezigeUren, Verzuimreden verzuimreden, String gewijzigdDoor,
        Instant gewijzigdOp, Long correctieverzoekId) {

    static PresentieDto of(PresentieView v) {
        return new PresentieDto(v.id(), v.plaatsingId(), v.datum(), v.onderdeel(), v.geroosterdeUren(),
                v.aanwezigeUren(), v.verzuimreden(), v.gewijzigdDoor(), v.gewijzigdOp(), v.correctieverzoekId());
    }
}
