package nl.inburgering.portal.web.api.presenties;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;

/**
 * One attendance record of a bulk JSON body (OpenAPI schema {@code PresentieInvoer}). Types are checked
 * strictly when binding (a wrong type refuses the whole request with 400); a missing value is the rule
 * P02 of the service and refuses only this record.
 */
public record PresentieRecordInvoer(Long plaatsingId, LocalDate datum, Onderdeel onderdeel,
        BigDecimal geroosterdeUren, BigDecimal aanwezigeUren, Verzuimreden verzuimreden) {

    PresentieInvoer invoer() {
        return new PresentieInvoer(plaatsingId, datum, onderdeel, geroosterdeUren, aanwezigeUren, verzuimreden);
    }
}
