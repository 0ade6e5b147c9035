package nl.inburgering.portal.web.pages.rapportage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.reporting.GemeenteDashboard;
import nl.inburgering.portal.reporting.RapportageService;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The gemeente's dashboard ({@code /app/rapportage/gemeente.xhtml?gemeente=ID&jaar=2026}; issue 8): a gemeente sees
 * its own (another gemeente's id answers 404), the contract manager any gemeente of the region. Providers and the
 * administrator: 403. Every figure comes from {@link RapportageService#gemeenteDashboard}; this bean only arranges
 * them for tables and charts. The tables are exported from this bean's data on postback, so an export shows what
 * the page shows and nothing else.
 */
@Named
@ViewScoped
public class GemeenteRapportageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RapportageService rapportages;

    @Inject
    GemeenteService gemeenteService;

    @Inject
    RapportageFormaat formaat;

    private Long gemeente;
    private Integer jaar;
    private GemeenteDashboard dashboard;
    private List<Keuze> gemeenten = List.of();

    /** An option of the gemeente selector. */
    public record Keuze(long id, String naam) implements Serializable {
    }

    /** View action: the dashboard of the gemeente and year asked for, or 403/404. */
    public void load() {
        if (!currentUser.isGemeente() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (jaar == null) {
            jaar = RapportageService.vandaag().getYear();
        }
        if (currentUser.isContractbeheerder()) {
            var regio = gemeenteService.list(currentUser.actor());
            gemeenten = regio.stream().map(g -> new Keuze(g.getId(), g.getNaam())).toList();
            if (gemeente == null && !regio.isEmpty()) {
                // the first participating gemeente; the lead's own figures are one choice away
                gemeente = regio.stream().filter(g -> !g.isLead()).findFirst().orElse(regio.get(0)).getId();
            }
        } else if (gemeente == null) {
            gemeente = currentUser.actor().gemeenteId();
        }
        if (gemeente == null) {
            Pages.notFound();
            return;
        }
        try {
            dashboard = rapportages.gemeenteDashboard(currentUser.actor(), gemeente, jaar, RapportageService.vandaag());
        } catch (NotFoundException | InvalidInputException e) {
            Pages.notFound();
        }
    }

    // ---------------------------------------------------------------- tables

    /** The year's twelve months and a totals row. */
    public List<GemeenteDashboard.MaandKosten> getKostenMetTotaal() {
        List<GemeenteDashboard.MaandKosten> rows = new ArrayList<>(dashboard.kosten());
        BigDecimal o = BigDecimal.ZERO;
        BigDecimal b = BigDecimal.ZERO;
        BigDecimal z = BigDecimal.ZERO;
        BigDecimal n = BigDecimal.ZERO;
        BigDecimal btw = BigDecimal.ZERO;
        BigDecimal t = BigDecimal.ZERO;
        for (GemeenteDashboard.MaandKosten m : dashboard.kosten()) {
            o = o.add(m.onderwijsroute());
            b = b.add(m.b1Route());
            z = z.add(m.zRoute());
            n = n.add(m.netto());
            btw = btw.add(m.btw());
            t = t.add(m.totaal());
        }
        rows.add(new GemeenteDashboard.MaandKosten(null, o, b, z, n, btw, t));
        return rows;
    }

    /** The label of a column of the inburgeraars table. */
    public String statusLabel(String status) {
        return GemeenteDashboard.GEEN_PLAATSING.equals(status) ? Texts.get("rapportage.inburgeraars.geenPlaatsing")
                : Texts.get("plaatsingstatus." + status);
    }

    /** The budget as the one row of its table. */
    public List<nl.inburgering.portal.reporting.Budget> getBudgetRijen() {
        return List.of(dashboard.budget());
    }

    public List<String> getStatussen() {
        return GemeenteDashboard.STATUSSEN;
    }

    public int getAantalOpenSignalen() {
        return (int) dashboard.signalen().stream().mapToLong(GemeenteDashboard.Signalen::aantal).sum();
    }

    public long getAantalInburgeraars() {
        return dashboard.inburgeraars().stream().mapToLong(GemeenteDashboard.Inburgeraars::totaal).sum();
    }

    public boolean isTekort() {
        return dashboard.budget().ruimte().signum() < 0;
    }

    /** The years to choose from: three back, this one. */
    public List<Integer> getJaren() {
        int nu = RapportageService.vandaag().getYear();
        return List.of(nu, nu - 1, nu - 2, nu - 3);
    }

    public String bestand(String tabel) {
        return "rapportage-" + dashboard.gemeenteNaam().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + jaar + "-"
                + tabel;
    }

    // ---------------------------------------------------------------- charts

    public String getKostenGrafiek() {
        List<String> labels = dashboard.kosten().stream().map(m -> formaat.maandnaam(m.maand().getMonthValue()))
                .toList();
        return Grafiek.staaf(labels).gestapeld().eenheid(Texts.get("rapportage.eenheid.euroNetto"))
                .reeks(Texts.get("leerroute.ONDERWIJSROUTE"), dashboard.kosten().stream()
                        .map(GemeenteDashboard.MaandKosten::onderwijsroute).toList())
                .reeks(Texts.get("leerroute.B1_ROUTE"), dashboard.kosten().stream()
                        .map(GemeenteDashboard.MaandKosten::b1Route).toList())
                .reeks(Texts.get("leerroute.Z_ROUTE"), dashboard.kosten().stream()
                        .map(GemeenteDashboard.MaandKosten::zRoute).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    public String getBudgetGrafiek() {
        var b = dashboard.budget();
        return Grafiek.staaf(List.of(Texts.get("rapportage.budget.budget"), Texts.get("rapportage.budget.uitgegeven"),
                        Texts.get("rapportage.budget.verplicht"), Texts.get("rapportage.budget.ruimte")))
                .kleurenPerLabel().eenheid(Texts.get("rapportage.eenheid.euro"))
                .reeks(Texts.get("rapportage.budget.titel"), List.of(b.budget(), b.uitgegeven(), b.verplicht(),
                        b.ruimte()))
                .locale(RapportageFormaat.taal()).json();
    }

    public String getInburgeraarsGrafiek() {
        List<String> labels = dashboard.inburgeraars().stream()
                .map(r -> Texts.get("leerroute." + r.leerroute().name())).toList();
        Grafiek g = Grafiek.staaf(labels).gestapeld().horizontaal();
        for (int s = 0; s < GemeenteDashboard.STATUSSEN.size(); s++) {
            int kolom = s;
            g.reeks(statusLabel(GemeenteDashboard.STATUSSEN.get(s)),
                    dashboard.inburgeraars().stream().map(r -> r.perStatus().get(kolom)).toList());
        }
        return g.locale(RapportageFormaat.taal()).json();
    }

    public String getAanwezigheidGrafiek() {
        List<String> labels = dashboard.aanwezigheid().stream().map(a -> formaat.maand(a.maand())).toList();
        return Grafiek.staaf(labels).max(100).eenheid("%")
                .reeks(Texts.get("rapportage.aanwezigheid.percentage"), dashboard.aanwezigheid().stream()
                        .map(GemeenteDashboard.Aanwezigheid::percentage).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    public String getExamenGrafiek() {
        List<String> labels = dashboard.examens().stream()
                .map(e -> Texts.get("resultaatsoort." + e.onderdeel()) + (e.niveau() == null ? "" : " " + e.niveau()))
                .toList();
        return Grafiek.staaf(labels).max(100).eenheid("%").kleurenPerLabel()
                .reeks(Texts.get("rapportage.examens.slagingspercentage"), dashboard.examens().stream()
                        .map(GemeenteDashboard.Examen::slagingspercentage).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    // ---------------------------------------------------------------- properties

    public GemeenteDashboard getDashboard() {
        return dashboard;
    }

    public List<Keuze> getGemeenten() {
        return gemeenten;
    }

    public Long getGemeente() {
        return gemeente;
    }

    public void setGemeente(Long gemeente) {
        this.gemeente = gemeente;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }
}
