package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A provider's correction request: the new values for one attendance record in a settled month, and why.
 * A record that was never submitted can be proposed too; {@code 0} and {@code 0} hours clear one.
 */
public record CorrectieGegevens(Long plaatsingId, LocalDate datum, Onderdeel onderdeel, BigDecimal geroosterdeUren,
        BigDecimal aanwezigeUren, Verzuimreden verzuimreden, String reden) {

    /** The proposed record. */
    public PresentieInvoer presentie() {
        return new PresentieInvoer(plaatsingId, datum, onderdeel, geroosterdeUren, aanwezigeUren, verzuimreden);
    }
}
