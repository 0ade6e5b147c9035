package nl.inburgering.portal.web.pages.aanbieders;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The providers ({@code /app/aanbieders/list.xhtml}): paged, sorted (naam, kvkNummer, soort) and
 * filtered (naam, soort, keurmerk status today) by {@link AanbiederService} in the database.
 */
@Named
@ViewScoped
public class AanbiederListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbiederService aanbieders;

    private PagedModel<Aanbieder> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return aanbieders.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<Aanbieder> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return aanbieders.search(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(Aanbieder row) {
                return row.getId();
            }
        };
    }

    private static AanbiederFilter filter(PagedModel.Filters filters) {
        return new AanbiederFilter(filters.text("naam"), filters.enumValue("soort", AanbiederSoort.class),
                filters.enumValue("keurmerkStatus", KeurmerkStatus.class), null);
    }

    /** The keurmerk status today, or null when no period applies. */
    public KeurmerkStatus keurmerkVandaag(Aanbieder aanbieder) {
        return aanbieder.keurmerkStatusOp(LocalDate.now()).orElse(null);
    }

    public boolean isMagAanmaken() {
        return currentUser.isContractbeheerder() || currentUser.isBeheerder();
    }

    public PagedModel<Aanbieder> getModel() {
        return model;
    }

    public AanbiederSoort[] getSoorten() {
        return AanbiederSoort.values();
    }

    public KeurmerkStatus[] getKeurmerkStatussen() {
        return KeurmerkStatus.values();
    }
}
