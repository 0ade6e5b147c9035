package nl.inburgering.portal.web.pages.rapportage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.reporting.Budget;
import nl.inburgering.portal.reporting.RapportageService;
import nl.inburgering.portal.reporting.RegioOverzicht;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The contract manager's overview of the region ({@code /app/rapportage/overzicht.xhtml?jaar=2026}; issue 8): the
 * gemeenten's approved costs side by side per month with the check against the approved invoices, budgets, capacity
 * per contract and lot, keurmerken, contracts ending, standstills and invoices awaiting approval. Only the contract
 * manager (403 for others). Figures from {@link RapportageService#regioOverzicht}.
 */
@Named
@ViewScoped
public class RegioOverzichtBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RapportageService rapportages;

    @Inject
    RapportageFormaat formaat;

    private Integer jaar;
    private RegioOverzicht overzicht;

    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (jaar == null) {
            jaar = RapportageService.vandaag().getYear();
        }
        try {
            overzicht = rapportages.regioOverzicht(currentUser.actor(), jaar, RapportageService.vandaag());
        } catch (InvalidInputException e) {
            Pages.notFound();
        }
    }

    /** The gemeenten, then their total, the approved invoices and the zelfbetalers' invoices. */
    public List<RegioOverzicht.Maandreeks> getRijen() {
        List<RegioOverzicht.Maandreeks> rows = new ArrayList<>(overzicht.gemeenten());
        rows.add(overzicht.totaalGemeenten());
        rows.add(overzicht.goedgekeurdGemeenten());
        rows.add(overzicht.goedgekeurdZelfbetalers());
        return rows;
    }

    /** The label of a row: the gemeente's name, or the text of a totals row. */
    public String rijNaam(RegioOverzicht.Maandreeks r) {
        return r.gemeenteId() != null ? r.naam() : Texts.get("rapportage.overzicht." + r.naam());
    }

    /** Whether the gemeenten's shares equal the approved invoices in every month (they must). */
    public boolean isSluitend() {
        return overzicht.totaalGemeenten().bedragen().equals(overzicht.goedgekeurdGemeenten().bedragen());
    }

    public List<Integer> getMaanden() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public BigDecimal getTotaalVerplicht() {
        return overzicht.budgetten().stream().map(Budget::verplicht).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Integer> getJaren() {
        int nu = RapportageService.vandaag().getYear();
        return List.of(nu, nu - 1, nu - 2, nu - 3);
    }

    public String bestand(String tabel) {
        return "regio-overzicht-" + jaar + "-" + tabel;
    }

    // ---------------------------------------------------------------- charts

    /** Approved costs per month, stacked by gemeente (gemeenten without costs in the year left out). */
    public String getKostenGrafiek() {
        Grafiek g = Grafiek.staaf(getMaanden().stream().map(formaat::maandnaam).toList()).gestapeld()
                .eenheid(Texts.get("rapportage.eenheid.euro"));
        overzicht.gemeenten().stream().filter(r -> r.totaal().signum() != 0)
                .forEach(r -> g.reeks(r.naam(), r.bedragen()));
        return g.locale(RapportageFormaat.taal()).json();
    }

    public String getBudgetGrafiek() {
        List<Budget> b = overzicht.budgetten();
        return Grafiek.staaf(b.stream().map(Budget::gemeenteNaam).toList())
                .eenheid(Texts.get("rapportage.eenheid.euro"))
                .reeks(Texts.get("rapportage.budget.budget"), b.stream().map(Budget::budget).toList())
                .reeks(Texts.get("rapportage.budget.uitgegeven"), b.stream().map(Budget::uitgegeven).toList())
                .reeks(Texts.get("rapportage.budget.verplicht"), b.stream().map(Budget::verplicht).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    public String getBezettingGrafiek() {
        List<RegioOverzicht.Bezetting> c = overzicht.contracten().stream().filter(r -> r.capaciteit() != null)
                .toList();
        return Grafiek.staaf(c.stream().map(RegioOverzicht.Bezetting::contractNummer).toList()).horizontaal()
                .kleurenPerLabel().max(100).eenheid("%")
                .reeks(Texts.get("rapportage.bezetting.percentage"), c.stream()
                        .map(RegioOverzicht.Bezetting::percentage).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    // ---------------------------------------------------------------- properties

    public RegioOverzicht getOverzicht() {
        return overzicht;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }
}
