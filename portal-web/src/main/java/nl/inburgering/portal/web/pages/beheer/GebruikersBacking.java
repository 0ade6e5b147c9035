package nl.inburgering.portal.web.pages.beheer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.security.GebruikerView;
import nl.inburgering.portal.web.security.NieuweGebruiker;
import nl.inburgering.portal.web.security.UserAccountService;

/**
 * User accounts ({@code /app/beheer/gebruikers.xhtml}, administrators only): the list, a new account
 * with its role and, for a gemeente or provider user, the organisation it is bound to, and
 * (de)activation. The account service validates every field at once.
 */
@Named
@ViewScoped
public class GebruikersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A region has dozens of providers; the list service pages at most this many at once. */
    private static final int MAX_AANBIEDERS = 1000;

    private static final Map<String, String> INPUTS = Map.of("gemeenteId", "gemeente", "aanbiederId", "aanbieder");

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountService accounts;

    @Inject
    GemeenteService gemeenteService;

    @Inject
    AanbiederService aanbiederService;

    private List<GebruikerView> gebruikers;
    private Map<Long, String> gemeenten;
    private Map<Long, String> aanbieders;

    private String gebruikersnaam;
    private String naam;
    private String wachtwoord;
    private Role rol;
    private Long gemeenteId;
    private Long aanbiederId;

    @PostConstruct
    void init() {
        gemeenten = new LinkedHashMap<>();
        for (Gemeente g : gemeenteService.list(currentUser.actor())) {
            gemeenten.put(g.getId(), g.getNaam());
        }
        aanbieders = new LinkedHashMap<>();
        for (Aanbieder a : aanbiederService.search(currentUser.actor(), AanbiederFilter.none(), 0,
                MAX_AANBIEDERS, "naam", true)) {
            aanbieders.put(a.getId(), a.getNaam());
        }
        gebruikers = accounts.listUsers(currentUser.actor());
    }

    public void aanmaken() {
        try {
            GebruikerView nieuw = accounts.createUser(currentUser.actor(),
                    new NieuweGebruiker(gebruikersnaam, naam, wachtwoord, rol, gemeenteId, aanbiederId));
            PageMessages.info("gebruikers.aangemaakt", nieuw.gebruikersnaam());
            gebruikersnaam = null;
            naam = null;
            rol = null;
            gemeenteId = null;
            aanbiederId = null;
            gebruikers = accounts.listUsers(currentUser.actor());
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "nieuweGebruiker", INPUTS);
        } finally {
            wachtwoord = null;
        }
    }

    public void zetActief(long gebruikerId, boolean actief) {
        try {
            accounts.setActive(currentUser.actor(), gebruikerId, actief);
            PageMessages.info(actief ? "gebruikers.geactiveerd" : "gebruikers.gedeactiveerd");
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> PageMessages.error("gebruikers.fout", PageMessages.text(error)));
        } catch (NotFoundException e) {
            PageMessages.error("gebruikers.nietGevonden");
        }
        gebruikers = accounts.listUsers(currentUser.actor());
    }

    /** The gemeente or provider the user is bound to; empty for region-wide roles. */
    public String organisatie(GebruikerView gebruiker) {
        if (gebruiker.gemeenteId() != null) {
            return gemeenten.getOrDefault(gebruiker.gemeenteId(), "");
        }
        if (gebruiker.aanbiederId() != null) {
            return aanbieders.getOrDefault(gebruiker.aanbiederId(), "");
        }
        return "";
    }

    public boolean isZelf(GebruikerView gebruiker) {
        return gebruiker.gebruikersnaam().equals(currentUser.getUsername());
    }

    public List<GebruikerView> getGebruikers() {
        return gebruikers;
    }

    public Map<Long, String> getGemeenten() {
        return gemeenten;
    }

    public Map<Long, String> getAanbieders() {
        return aanbieders;
    }

    public Role[] getRollen() {
        return Role.values();
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }

    public Role getRol() {
        return rol;
    }

    public void setRol(Role rol) {
        this.rol = rol;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public void setGemeenteId(Long gemeenteId) {
        this.gemeenteId = gemeenteId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public void setAanbiederId(Long aanbiederId) {
        this.aanbiederId = aanbiederId;
    }
}
