package nl.inburgering.portal.contracts.signal;

import java.time.LocalDate;

/**
 * What one computation did.
 *
 * @param beoordeeld placements with attendance in the period
 * @param nieuw      signals raised now (not counting those raised before for the same period)
 */
public record SignaalBerekening(LocalDate periodeVan, LocalDate periodeTot, int beoordeeld, int nieuw) {
}
