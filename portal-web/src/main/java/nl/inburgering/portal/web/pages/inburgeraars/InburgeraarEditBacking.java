package nl.inburgering.portal.web.pages.inburgeraars;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarGegevens;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarService;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarView;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Registers ({@code /app/inburgeraars/edit.xhtml}) or corrects ({@code ?id=}) an inburgeraar: the gemeente
 * its own, the contract manager any (naming the gemeente). Every field is checked by
 * {@link InburgeraarService} at once and each error shown at its input (an invalid BSN, one already
 * registered in the region, a client reference in use); nothing is saved until all are right. The BSN is
 * never shown again: on a correction the field stays empty and an empty field keeps it. Others get 403.
 */
@Named
@ViewScoped
public class InburgeraarEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names that differ from this form's input ids. */
    private static final Map<String, String> INPUTS = Map.of("gemeenteId", "gemeente",
            "voorkeurAanbiederId", "voorkeurAanbieder");

    @Inject
    CurrentUser currentUser;

    @Inject
    InburgeraarService inburgeraars;

    @Inject
    GemeenteService gemeenten;

    private Long id;
    private String bsnGemaskeerd;
    private Long gemeenteId;
    private String klantReferentie;
    private String bsn;
    private String voorletters;
    private String achternaam;
    private Doelgroep doelgroep;
    private Leerroute leerroute;
    private LocalDate pipDatum;
    private boolean zelfbetaler;
    private Long voorkeurAanbiederId;

    /** View action: checks the role, and fills the form from the inburgeraar being corrected. */
    public void load() {
        if (!currentUser.isGemeente() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            return;
        }
        try {
            InburgeraarView i = inburgeraars.get(currentUser.actor(), id);
            gemeenteId = i.gemeenteId();
            klantReferentie = i.klantReferentie();
            bsnGemaskeerd = i.bsnGemaskeerd();
            voorletters = i.voorletters();
            achternaam = i.achternaam();
            doelgroep = i.doelgroep();
            leerroute = i.leerroute();
            pipDatum = i.pipDatum();
            zelfbetaler = i.zelfbetaler();
            voorkeurAanbiederId = i.voorkeurAanbiederId();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String opslaan() {
        InburgeraarGegevens gegevens = new InburgeraarGegevens(currentUser.isGemeente() ? null : gemeenteId,
                klantReferentie, bsn, voorletters, achternaam, doelgroep, leerroute, pipDatum, zelfbetaler,
                voorkeurAanbiederId);
        InburgeraarView opgeslagen;
        try {
            opgeslagen = id == null ? inburgeraars.register(currentUser.actor(), gegevens)
                    : inburgeraars.update(currentUser.actor(), id, gegevens);
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "inburgeraar", INPUTS);
            return null;
        } catch (NotAllowedException e) {
            Pages.forbidden();
            return null;
        } catch (NotFoundException e) {
            Pages.notFound();
            return null;
        }
        PageMessages.flashInfo(id == null ? "inburgeraar.geregistreerd" : "inburgeraar.opgeslagen",
                opgeslagen.voorletters() + " " + opgeslagen.achternaam());
        return "/app/inburgeraars/detail?faces-redirect=true&id=" + opgeslagen.id();
    }

    public String annuleren() {
        return id == null ? "/app/inburgeraars/list?faces-redirect=true"
                : "/app/inburgeraars/detail?faces-redirect=true&id=" + id;
    }

    public boolean isNieuw() {
        return id == null;
    }

    /** The contract manager names the gemeente of a new inburgeraar; a gemeente registers its own. */
    public boolean isKiesGemeente() {
        return currentUser.isContractbeheerder() && id == null;
    }

    public List<Gemeente> getGemeenten() {
        return gemeenten.list(currentUser.actor());
    }

    public Doelgroep[] getDoelgroepen() {
        return Doelgroep.values();
    }

    public Leerroute[] getLeerroutes() {
        return Leerroute.values();
    }

    public String getBsnGemaskeerd() {
        return bsnGemaskeerd;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public void setGemeenteId(Long gemeenteId) {
        this.gemeenteId = gemeenteId;
    }

    public String getKlantReferentie() {
        return klantReferentie;
    }

    public void setKlantReferentie(String klantReferentie) {
        this.klantReferentie = klantReferentie;
    }

    /** Only what the user typed in this form (to correct a typo); never filled from the database. */
    public String getBsn() {
        return bsn;
    }

    public void setBsn(String bsn) {
        this.bsn = bsn;
    }

    public String getVoorletters() {
        return voorletters;
    }

    public void setVoorletters(String voorletters) {
        this.voorletters = voorletters;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public void setAchternaam(String achternaam) {
        this.achternaam = achternaam;
    }

    public Doelgroep getDoelgroep() {
        return doelgroep;
    }

    public void setDoelgroep(Doelgroep doelgroep) {
        this.doelgroep = doelgroep;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public void setLeerroute(Leerroute leerroute) {
        this.leerroute = leerroute;
    }

    public LocalDate getPipDatum() {
        return pipDatum;
    }

    public void setPipDatum(LocalDate pipDatum) {
        this.pipDatum = pipDatum;
    }

    public boolean isZelfbetaler() {
        return zelfbetaler;
    }

    public void setZelfbetaler(boolean zelfbetaler) {
        this.zelfbetaler = zelfbetaler;
    }

    public Long getVoorkeurAanbiederId() {
        return voorkeurAanbiederId;
    }

    public void setVoorkeurAanbiederId(Long voorkeurAanbiederId) {
        this.voorkeurAanbiederId = voorkeurAanbiederId;
    }
}
