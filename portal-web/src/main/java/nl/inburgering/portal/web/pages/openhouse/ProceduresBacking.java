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
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.openhouse.registratie.RegistratieService;
import nl.inburgering.portal.openhouse.registratie.RegistratieStatus;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The Open House procedures in the portal ({@code /app/open-house/procedures.xhtml}): for the
 * contract manager every procedure, concepts included, with edit and publish; for a provider and a
 * gemeente the published ones, a provider with the way to apply. An administrator has no business
 * here (403).
 */
@Named
@ViewScoped
public class ProceduresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcedureService procedures;

    @Inject
    RegistratieService registraties;

    private List<OpenHouseProcedure> lijst;

    @PostConstruct
    void init() {
        if (currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        lijst = procedures.zoek(currentUser.actor());
    }

    public void publiceer(long id) {
        try {
            OpenHouseProcedure p = procedures.publiceer(currentUser.actor(), id);
            PageMessages.info("openhouse.procedure.gepubliceerd", p.getTitel());
        } catch (InvalidInputException e) {
            e.errors().forEach(fe -> PageMessages.error("openhouse.fout", PageMessages.text(fe)));
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        lijst = procedures.zoek(currentUser.actor());
    }

    /** The version a row shows: the one in force, or the concept. */
    public ProcedureVersie versie(OpenHouseProcedure p) {
        return p.huidigeVersie().or(p::concept).orElseThrow();
    }

    public long getTeBeoordelenRegistraties() {
        return currentUser.isContractbeheerder() ? registraties.tel(currentUser.actor(), RegistratieStatus.AANGEVRAAGD)
                : 0;
    }

    public List<OpenHouseProcedure> getLijst() {
        return lijst;
    }
}
