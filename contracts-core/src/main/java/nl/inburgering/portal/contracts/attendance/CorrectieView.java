package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What callers see of a correction request: the record before ({@code oud*}, null when there was none) and
 * the proposal ({@code nieuw*}) side by side, the reason, and the decision.
 *
 * @param id           null until stored
 * @param maand        the settled month the correction is for
 * @param teVerrekenen approved and not yet billed
 * @param verrekendIn  the settlement month that billed it, or null
 */
public record CorrectieView(Long id, long plaatsingId, long contractId, LocalDate datum, Onderdeel onderdeel,
        YearMonth maand, BigDecimal oudGeroosterd, BigDecimal oudAanwezig, Verzuimreden oudVerzuimreden,
        BigDecimal nieuwGeroosterd, BigDecimal nieuwAanwezig, Verzuimreden nieuwVerzuimreden, String reden,
        CorrectieStatus status, String ingediendDoor, Instant ingediendOp, String beoordeeldDoor,
        Instant beoordeeldOp, String beoordeling, boolean teVerrekenen, YearMonth verrekendIn) {
}
