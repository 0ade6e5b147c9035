package nl.inburgering.portal.web.pages.rapportage;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.reporting.Prognose;
import nl.inburgering.portal.reporting.RapportageService;
import nl.inburgering.portal.reporting.Routemix;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The forecast ({@code /app/rapportage/prognose.xhtml?jaar=2027}; issue 8): next year's cost per gemeente from the
 * expected inflow, the route mix and the current tariffs. The contract manager sees all gemeenten and edits the
 * route mix, the inflow per gemeente and the budget norm of the year; a gemeente sees its own row. Others: 403.
 */
@Named
@ViewScoped
public class PrognoseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RapportageService rapportages;

    private Integer jaar;
    private Prognose prognose;
    private BigDecimal onderwijsroute;
    private BigDecimal b1Route;
    private BigDecimal zRoute;
    private BigDecimal budgetnorm;
    /** The inflow per gemeente as edited; empty is "the default". */
    private Map<Long, Integer> instroom = new LinkedHashMap<>();

    public void load() {
        if (!currentUser.isGemeente() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (jaar == null) {
            jaar = RapportageService.vandaag().getYear() + 1;
        }
        try {
            lees();
        } catch (InvalidInputException e) {
            Pages.notFound();
        }
    }

    private void lees() {
        prognose = rapportages.prognose(currentUser.actor(), jaar, RapportageService.vandaag());
        onderwijsroute = prognose.mix().onderwijsroute();
        b1Route = prognose.mix().b1Route();
        zRoute = prognose.mix().zRoute();
        budgetnorm = rapportages.budgetnorm(currentUser.actor(), jaar);
        instroom = new LinkedHashMap<>();
        for (Prognose.Regel r : prognose.regels()) {
            instroom.put(r.gemeenteId(), r.instroomStandaard() ? null : r.instroom());
        }
    }

    /** The contract manager saves the mix, the inflow and the norm of the year; the forecast is computed again. */
    public void opslaan() {
        try {
            rapportages.stelPrognoseIn(currentUser.actor(), jaar, new Routemix(onderwijsroute, b1Route, zRoute),
                    instroom, budgetnorm);
            lees();
            PageMessages.info("rapportage.prognose.opgeslagen", String.valueOf(jaar));
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "instellingen", Map.of("onderwijsroute", "mixOnderwijs", "b1Route", "mixB1",
                    "zRoute", "mixZ", "routemix", "mixZ", "budgetnorm", "budgetnorm"));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String getGrafiek() {
        List<Prognose.Regel> r = prognose.regels();
        return Grafiek.staaf(r.stream().map(Prognose.Regel::gemeenteNaam).toList()).gestapeld()
                .eenheid(Texts.get("rapportage.eenheid.euro"))
                .reeks(Texts.get("leerroute.ONDERWIJSROUTE"),
                        r.stream().map(Prognose.Regel::kostenOnderwijsroute).toList())
                .reeks(Texts.get("leerroute.B1_ROUTE"), r.stream().map(Prognose.Regel::kostenB1Route).toList())
                .reeks(Texts.get("leerroute.Z_ROUTE"), r.stream().map(Prognose.Regel::kostenZRoute).toList())
                .locale(RapportageFormaat.taal()).json();
    }

    public boolean isZonderContract() {
        return prognose.regels().stream().anyMatch(r -> r.trajectOnderwijsroute() == null
                || r.trajectB1Route() == null || r.trajectZRoute() == null);
    }

    public List<Integer> getJaren() {
        int nu = RapportageService.vandaag().getYear();
        return List.of(nu + 1, nu + 2, nu);
    }

    public String bestand(String tabel) {
        return "prognose-" + jaar + "-" + tabel;
    }

    public Prognose getPrognose() {
        return prognose;
    }

    public Integer getJaar() {
        return jaar;
    }

    public void setJaar(Integer jaar) {
        this.jaar = jaar;
    }

    public BigDecimal getMixOnderwijs() {
        return onderwijsroute;
    }

    public void setMixOnderwijs(BigDecimal p) {
        this.onderwijsroute = p;
    }

    public BigDecimal getMixB1() {
        return b1Route;
    }

    public void setMixB1(BigDecimal p) {
        this.b1Route = p;
    }

    public BigDecimal getMixZ() {
        return zRoute;
    }

    public void setMixZ(BigDecimal p) {
        this.zRoute = p;
    }

    public BigDecimal getBudgetnorm() {
        return budgetnorm;
    }

    public void setBudgetnorm(BigDecimal budgetnorm) {
        this.budgetnorm = budgetnorm;
    }

    public Map<Long, Integer> getInstroom() {
        return instroom;
    }
}
