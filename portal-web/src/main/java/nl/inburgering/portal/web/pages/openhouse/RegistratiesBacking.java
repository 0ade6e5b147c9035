package nl.inburgering.portal.web.pages.openhouse;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.registratie.Registratie;
import nl.inburgering.portal.openhouse.registratie.RegistratieService;
import nl.inburgering.portal.openhouse.registratie.RegistratieStatus;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.GebruikerView;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.security.UserAccountService;

/**
 * Providers' self-registrations ({@code /app/open-house/registraties.xhtml}): the contract manager
 * approves one, which creates the provider and its account in one transaction, or rejects it with a
 * reason. Administrators may look; other roles get 403.
 */
@Named
@ViewScoped
public class RegistratiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RegistratieService registraties;

    @Inject
    UserAccountService accounts;

    private RegistratieStatus status = RegistratieStatus.AANGEVRAAGD;
    private List<Registratie> lijst;
    private Long afTeWijzen;
    private String reden;

    @PostConstruct
    void init() {
        if (!currentUser.isContractbeheerder() && !currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        laad();
    }

    public void laad() {
        lijst = registraties.zoek(currentUser.actor(), status);
    }

    public void keurGoed(long id) {
        try {
            GebruikerView account = accounts.keurRegistratieGoed(currentUser.actor(), id);
            PageMessages.info("openhouse.registratie.goedgekeurd", account.naam(), account.gebruikersnaam());
        } catch (InvalidInputException e) {
            e.errors().forEach(fe -> PageMessages.error("openhouse.fout", PageMessages.text(fe)));
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        } catch (NotFoundException e) {
            PageMessages.error("openhouse.registratie.nietGevonden");
        }
        laad();
    }

    public void kiesAfwijzing(long id) {
        afTeWijzen = id;
        reden = null;
    }

    public void wijsAf() {
        try {
            Registratie r = registraties.wijsAf(currentUser.actor(), afTeWijzen, reden);
            PageMessages.info("openhouse.registratie.afgewezen", r.getNaam());
            afTeWijzen = null;
            reden = null;
            laad();
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, "afwijzing", java.util.Map.of(), java.util.Map.of());
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
            laad();
        }
    }

    public boolean isMagBeslissen() {
        return currentUser.isContractbeheerder();
    }

    public RegistratieStatus[] getStatussen() {
        return RegistratieStatus.values();
    }

    public RegistratieStatus getStatus() {
        return status;
    }

    public void setStatus(RegistratieStatus status) {
        this.status = status;
    }

    public List<Registratie> getLijst() {
        return lijst;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
