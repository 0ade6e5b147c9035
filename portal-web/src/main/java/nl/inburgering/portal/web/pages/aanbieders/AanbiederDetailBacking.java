package nl.inburgering.portal.web.pages.aanbieders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkPeriode;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * One provider ({@code /app/aanbieders/detail.xhtml?id=}): its details, keurmerk history with the
 * period in force today, and the contracts the user may see. Contract managers and administrators
 * register new keurmerk periods here. A provider that does not exist or is not the user's to see
 * answers 404.
 */
@Named
@ViewScoped
public class AanbiederDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbiederService aanbieders;

    @Inject
    ContractService contracten;

    private Long id;
    private Aanbieder aanbieder;
    private PagedModel<Contract> contractModel;

    private KeurmerkStatus nieuweStatus;
    private LocalDate nieuwVanaf;
    private LocalDate nieuwGeldigTot;

    /** View action: loads the provider, or answers 404. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            aanbieder = aanbieders.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        long aanbiederId = id;
        contractModel = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return contracten.count(currentUser.actor(), filter());
            }

            @Override
            protected List<Contract> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return contracten.search(currentUser.actor(), filter(), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(Contract row) {
                return row.getId();
            }

            private ContractFilter filter() {
                return new ContractFilter(null, null, null, aanbiederId, null, null);
            }
        };
    }

    public void registreerKeurmerk() {
        try {
            aanbieder = aanbieders.registreerKeurmerk(currentUser.actor(), id, nieuweStatus, nieuwVanaf,
                    nieuwGeldigTot);
            nieuweStatus = null;
            nieuwVanaf = null;
            nieuwGeldigTot = null;
            PageMessages.info("aanbieder.keurmerk.geregistreerd");
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "keurmerk", Map.of());
        }
    }

    /** The keurmerk status today; null when no period applies. */
    public KeurmerkStatus getKeurmerkVandaag() {
        return aanbieder.keurmerkStatusOp(LocalDate.now()).orElse(null);
    }

    public KeurmerkPeriode getPeriodeVandaag() {
        return aanbieder.keurmerkPeriodeOp(LocalDate.now()).orElse(null);
    }

    /** Whether this period is the one in force today. */
    public boolean isVanKracht(KeurmerkPeriode periode) {
        return Objects.equals(periode, getPeriodeVandaag());
    }

    public boolean isMagBeheren() {
        return currentUser.isContractbeheerder() || currentUser.isBeheerder();
    }

    public List<KeurmerkPeriode> getKeurmerkHistorie() {
        // newest first: the current and future periods matter most
        List<KeurmerkPeriode> historie = new ArrayList<>(aanbieder.getKeurmerkHistorie());
        Collections.reverse(historie);
        return historie;
    }

    public KeurmerkStatus[] getKeurmerkStatussen() {
        return KeurmerkStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Aanbieder getAanbieder() {
        return aanbieder;
    }

    public PagedModel<Contract> getContractModel() {
        return contractModel;
    }

    public KeurmerkStatus getNieuweStatus() {
        return nieuweStatus;
    }

    public void setNieuweStatus(KeurmerkStatus nieuweStatus) {
        this.nieuweStatus = nieuweStatus;
    }

    public LocalDate getNieuwVanaf() {
        return nieuwVanaf;
    }

    public void setNieuwVanaf(LocalDate nieuwVanaf) {
        this.nieuwVanaf = nieuwVanaf;
    }

    public LocalDate getNieuwGeldigTot() {
        return nieuwGeldigTot;
    }

    public void setNieuwGeldigTot(LocalDate nieuwGeldigTot) {
        this.nieuwGeldigTot = nieuwGeldigTot;
    }
}
