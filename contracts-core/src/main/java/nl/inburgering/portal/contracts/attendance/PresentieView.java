package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What callers see of a stored attendance record.
 *
 * @param correctieverzoekId the approved correction the values come from; null for an ordinary submission
 */
public record PresentieView(long id, long plaatsingId, LocalDate datum, Onderdeel onderdeel,
        BigDecimal geroosterdeUren, BigDecimal aanwezigeUren, Verzuimreden verzuimreden, String gewijzigdDoor,
        Instant gewijzigdOp, Long correctieverzoekId) {

    /** Scheduled hours not attended. */
    public BigDecimal verzuimdeUren() {
        return geroosterdeUren.subtract(aanwezigeUren);
    }
}
