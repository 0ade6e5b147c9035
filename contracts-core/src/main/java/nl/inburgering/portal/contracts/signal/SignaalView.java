package nl.inburgering.portal.contracts.signal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What callers see of a signal.
 *
 * @param percentage attended as a percentage of scheduled over the period; null when nothing was scheduled
 */
public record SignaalView(long id, long plaatsingId, long inburgeraarId, long gemeenteId, long contractId,
        Signaalsoort soort, LocalDate periodeVan, LocalDate periodeTot, BigDecimal geroosterdeUren,
        BigDecimal aanwezigeUren, BigDecimal ongeoorloofdeUren, BigDecimal percentage, SignaalStatus status,
        Instant aangemaaktOp, String afgehandeldDoor, Instant afgehandeldOp, String opmerking) {
}
