package nl.inburgering.portal.web.pages.afrekening;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.settlement.FactuurFilter;
import nl.inburgering.portal.contracts.settlement.FactuurService;
import nl.inburgering.portal.contracts.settlement.FactuurView;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The providers' invoices ({@code /app/afrekening/facturen.xhtml}; DESIGN.md, "Settlement"): the contract
 * manager sees all of them, a provider only its own (the service's tenancy). Paged, sorted and filtered by
 * month, status and (for the contract manager) provider in the database. {@code ?maand=2026-10} and
 * {@code ?status=INGEDIEND} set the first filters (links from the settlement run and the dashboard).
 * Gemeenten see their money in the statements, the administrator nothing: 403.
 */
@Named
@ViewScoped
public class FacturenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A provider in the filter. */
    public record AanbiederKeuze(long id, String naam) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    FactuurService facturen;

    @Inject
    AanbiederService aanbieders;

    private PagedModel<FactuurView> model;
    private String maand;
    private String status;
    private List<AanbiederKeuze> aanbiederKeuzes;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return facturen.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<FactuurView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return facturen.zoek(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(FactuurView row) {
                return row.id();
            }
        };
    }

    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isAanbieder()) {
            Pages.forbidden();
        }
    }

    private FactuurFilter filter(PagedModel.Filters filters) {
        Long aanbieder = currentUser.isContractbeheerder() ? AfrekeningOpties.id(filters.text("aanbieder")) : null;
        return new FactuurFilter(AfrekeningOpties.maand(filters.text("maand")),
                filters.enumValue("status", Factuurstatus.class), null, aanbieder, null);
    }

    public List<AanbiederKeuze> getAanbiederKeuzes() {
        if (aanbiederKeuzes == null) {
            List<AanbiederKeuze> l = new ArrayList<>();
            if (currentUser.isContractbeheerder()) {
                for (Aanbieder a : aanbieders.search(currentUser.actor(), AanbiederFilter.none(), 0, 1000, "naam",
                        true)) {
                    l.add(new AanbiederKeuze(a.getId(), a.getNaam()));
                }
            }
            aanbiederKeuzes = l;
        }
        return aanbiederKeuzes;
    }

    /** The invoices waiting for the contract manager (the provider: its concepts to submit), for the summary. */
    public long getTeDoen() {
        Factuurstatus s = currentUser.isContractbeheerder() ? Factuurstatus.INGEDIEND : Factuurstatus.CONCEPT;
        return facturen.tel(currentUser.actor(), new FactuurFilter(null, s, null, null, null));
    }

    public boolean isContractbeheerder() {
        return currentUser.isContractbeheerder();
    }

    public PagedModel<FactuurView> getModel() {
        return model;
    }

    public String getMaand() {
        return maand;
    }

    public void setMaand(String maand) {
        this.maand = AfrekeningOpties.maand(maand) == null ? null : maand.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
