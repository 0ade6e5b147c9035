package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * The dashboard of one gemeente for one calendar year (issue 8): only its own inburgeraars, placements, shares,
 * attendance, results and signals. Money in euros; the costs are the gemeente's approved shares, by the month of the
 * invoice (a correction line counts in the month it is invoiced, which is how the gemeente is charged and how its
 * verrekenstaat adds up).
 *
 * @param peildatum the reference date of the snapshot figures (placement statuses, committed cost, open signals)
 * @param inburgeraars per leerroute (from the PIP) a count per placement status of the inburgeraar's latest placement
 * @param kosten the twelve months of the year
 * @param kostenPerAanbieder the year's approved costs per provider
 * @param budget the year's budget against spending and commitments
 * @param aanwezigheid attendance per month of the year (months without records are left out)
 * @param examens exam results of the year per component and level
 * @param signalen the open signals per kind and provider
 */
public record GemeenteDashboard(long gemeenteId, String gemeenteNaam, int jaar, LocalDate peildatum,
        List<Inburgeraars> inburgeraars, List<MaandKosten> kosten, List<AanbiederKosten> kostenPerAanbieder,
        Budget budget, List<Aanwezigheid> aanwezigheid, List<Examen> examens, List<Signalen> signalen) {

    /** The placement status of an inburgeraar without any placement. */
    public static final String GEEN_PLAATSING = "GEEN_PLAATSING";

    /**
     * The gemeente's inburgeraars on one leerroute by the status of their latest placement; {@code perStatus} has
     * the counts in the order of {@link #STATUSSEN}.
     */
    public record Inburgeraars(Leerroute leerroute, List<Long> perStatus, long totaal) {
    }

    /** The columns of {@link Inburgeraars#perStatus()}: no placement, then the placement statuses in their order. */
    public static final List<String> STATUSSEN = List.of(GEEN_PLAATSING, "AANGEMELD", "VOORGESTELD", "GEACCEPTEERD",
            "GESTART", "ONDERBROKEN", "AFGEROND", "VOORTIJDIG_BEEINDIGD");

    /**
     * The gemeente's approved costs of one month: net per leerroute from the approved lines, and net, VAT and total
     * from its shares of the approved invoices ({@code netto} is the sum of the three routes).
     */
    public record MaandKosten(LocalDate maand, BigDecimal onderwijsroute, BigDecimal b1Route, BigDecimal zRoute,
            BigDecimal netto, BigDecimal btw, BigDecimal totaal) {
    }

    /** The gemeente's approved costs of the year with one provider. */
    public record AanbiederKosten(long aanbiederId, String aanbiederNaam, BigDecimal netto, BigDecimal btw,
            BigDecimal totaal) {
    }

    /** Attendance of one month in hours; {@code percentage} is attended of scheduled. */
    public record Aanwezigheid(LocalDate maand, BigDecimal geroosterd, BigDecimal aanwezig, BigDecimal geoorloofd,
            BigDecimal ongeoorloofd, BigDecimal ziek, BigDecimal percentage) {
    }

    /** Exams of one component and level (KNM has no level): taken, passed, pass rate in percent. */
    public record Examen(String onderdeel, String niveau, long afgelegd, long gehaald, BigDecimal slagingspercentage) {
    }

    /** Open signals of one kind on one provider's contracts, and how many inburgeraars they concern. */
    public record Signalen(String soort, String aanbiederNaam, long aantal, long inburgeraars) {
    }
}
