package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One attendance record as a provider submits it (portal grid, CSV upload or bulk API), typed but not
 * yet checked: a missing value is null and refused with code {@code P02}. The names are the API's and
 * the CSV columns'.
 *
 * @param verzuimreden required exactly when {@code aanwezigeUren < geroosterdeUren}
 */
public record PresentieInvoer(Long plaatsingId, LocalDate datum, Onderdeel onderdeel, BigDecimal geroosterdeUren,
        BigDecimal aanwezigeUren, Verzuimreden verzuimreden) {
}
