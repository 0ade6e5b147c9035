package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The contract manager's overview of the region for one calendar year (issue 8).
 *
 * @param gemeenten each gemeente's approved shares per month of the year (incl. VAT), side by side
 * @param totaalGemeenten the sum of the gemeenten's shares per month
 * @param goedgekeurdGemeenten the approved GEMEENTEN invoices per month (approved net + VAT): equal to
 *        {@code totaalGemeenten} month by month, because the shares of an approved invoice are its approved lines and
 *        its VAT split by largest remainder
 * @param goedgekeurdZelfbetalers the approved ZELFBETALERS invoices per month: never part of a gemeente's share
 * @param budgetten each gemeente's budget against spending and commitments
 * @param contracten capacity use of each active contract
 * @param percelen capacity use per lot (tender and lot, or the Open House procedure)
 * @param keurmerken providers whose keurmerk expires within {@link #KEURMERK_DAGEN} days or is suspended
 * @param eindigendeContracten active contracts ending within {@link #CONTRACT_DAGEN} days
 * @param standstills award decisions sent and not yet definitive, with their standstill end
 * @param teBeoordelen invoices submitted and awaiting the contract manager's approval
 */
public record RegioOverzicht(int jaar, LocalDate peildatum, List<Maandreeks> gemeenten, Maandreeks totaalGemeenten,
        Maandreeks goedgekeurdGemeenten, Maandreeks goedgekeurdZelfbetalers, List<Budget> budgetten,
        List<Bezetting> contracten, List<Bezetting> percelen, List<Keurmerk> keurmerken,
        List<EindigendContract> eindigendeContracten, List<Standstill> standstills,
        List<TeBeoordelenFactuur> teBeoordelen) {

    /** DESIGN.md, "Signals": keurmerk expiring within 60 days, contracts ending within 90 days. */
    public static final int KEURMERK_DAGEN = 60;
    public static final int CONTRACT_DAGEN = 90;

    /** Twelve monthly amounts (January first) and their total; {@code gemeenteId} null on a totals row. */
    public record Maandreeks(Long gemeenteId, String naam, List<BigDecimal> bedragen, BigDecimal totaal) {
    }

    /**
     * Open placements (GEACCEPTEERD, GESTART, ONDERBROKEN) against capacity; {@code capaciteit} and
     * {@code percentage} null when unlimited. For a lot {@code contractId} is null and {@code contracten} counts its
     * contracts.
     */
    public record Bezetting(Long contractId, String contractNummer, String aanbiederNaam, String perceel,
            int contracten, Integer capaciteit, long lopend, BigDecimal percentage) {
    }

    /** A provider's keurmerk on the reference date, and its open placements. */
    public record Keurmerk(long aanbiederId, String aanbiederNaam, String status, LocalDate vanaf,
            LocalDate geldigTot, Long dagenResterend, long lopendePlaatsingen) {
    }

    public record EindigendContract(long contractId, String contractNummer, String aanbiederNaam,
            LocalDate einddatum, long dagenResterend, int verlengoptiesResterend, long lopendePlaatsingen) {
    }

    /** {@code dagenResterend} is negative once the standstill has ended. */
    public record Standstill(long aanbestedingId, String referentie, String titel, LocalDate verzenddatum,
            LocalDate standstillEinde, long dagenResterend, long openBezwaren) {
    }

    public record TeBeoordelenFactuur(long factuurId, String factuurnummer, String contractNummer,
            String aanbiederNaam, LocalDate maand, String soort, BigDecimal netto, BigDecimal btw, Instant ingediendOp,
            long dagenWachtend) {
    }
}
