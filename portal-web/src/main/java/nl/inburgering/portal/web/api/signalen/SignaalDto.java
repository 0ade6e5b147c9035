package nl.inburgering.portal.web.api.signalen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.signal.SignaalStatus;
import nl.inburgering.portal.contracts.signal.SignaalView;
import nl.inburgering.portal.contracts.signal.Signaalsoort;

/** A signal (OpenAPI schema {@code Signaal}). */
@JsonbPropertyOrder({"id", "plaatsingId", "inburgeraarId", "gemeenteId", "contractId", "soort", "periodeVan",
        "periodeTot", "geroosterdeUren", "aanwezigeUren", "ongeoorloofdeUren", "percentage", "status",
        "aangemaaktOp", "afgehandeldDoor", "afgehandeldOp", "opmerking"})
public record SignaalDto(long id, long plaatsingId, long inburgeraarId, long gemeenteId, long contractId,
        Signaalsoort soort, LocalDate periodeVan, LocalDate periodeTot, BigDecimal geroosterdeUren,
        BigDecimal aanwezigeUren, BigDecimal ongeoorloofdeUren, BigDecimal percentage, SignaalStatus status,
        Instant aangemaaktOp, String afgehandeldDoor, Instant afgehandeldOp, String opmerking) {

    static SignaalDto of(SignaalView v) {
        return new SignaalDto(v.id(), v.plaatsingId(), v.inburgeraarId(), v.gemeenteId(), v.contractId(), v.soort(),
                v.periodeVan(), v.periodeTot(), v.geroosterdeUren(), v.aanwezigeUren(), v.ongeoorloofdeUren(),
                v.percentage(), v.status(), v.aangemaaktOp(), v.afgehandeldDoor(), v.afgehandeldOp(), v.opmerking());
    }
}
