package nl.inburgering.portal.web.pages.contracten;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * One contract ({@code /app/contracten/detail.xhtml?id=}): its terms, the participating gemeenten and
 * the tariff versions with their milestones. A contract that does not exist or is not the user's to
 * see answers 404.
 */
@Named
@ViewScoped
public class ContractDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContractService contracten;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AanbiederService aanbieders;

    private Long id;
    private Contract contract;
    private List<Gemeente> deelnemers;
    private boolean aanbiederZichtbaar;

    /** View action: loads the contract, or answers 404. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            contract = contracten.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        deelnemers = gemeenten.list(currentUser.actor()).stream()
                .filter(g -> contract.getGemeenteIds().contains(g.getId()))
                .toList();
        try {
            aanbieders.get(currentUser.actor(), contract.getAanbiederId());
            aanbiederZichtbaar = true;
        } catch (NotFoundException e) {
            aanbiederZichtbaar = false;
        }
    }

    /** The tariff versions, newest first. */
    public List<Tarief> getTarieven() {
        List<Tarief> tarieven = new ArrayList<>(contract.getTarieven());
        Collections.reverse(tarieven);
        return tarieven;
    }

    /** Whether this version is the one in force today. */
    public boolean isVanKracht(Tarief tarief) {
        return contract.tariefOp(LocalDate.now()).map(t -> Objects.equals(t.getId(), tarief.getId())).orElse(false);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Contract getContract() {
        return contract;
    }

    public List<Gemeente> getDeelnemers() {
        return deelnemers;
    }

    /** Whether the user may open the provider's page (a link, not just the name). */
    public boolean isAanbiederZichtbaar() {
        return aanbiederZichtbaar;
    }
}
