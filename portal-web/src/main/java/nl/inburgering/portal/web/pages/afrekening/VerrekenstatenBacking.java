package nl.inburgering.portal.web.pages.afrekening;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatFilter;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatService;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatView;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The gemeenten's monthly statements ({@code /app/afrekening/verrekenstaten.xhtml}; DESIGN.md, "Settlement",
 * Verrekenstaat): a gemeente user sees only its own (the service's tenancy), the contract manager all, filtered
 * by month, gemeente and status; newest month first, paged in the database. Providers and the administrator:
 * 403.
 */
@Named
@ViewScoped
public class VerrekenstatenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A gemeente in the filter. */
    public record GemeenteKeuze(long id, String naam) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    VerrekenstaatService verrekenstaten;

    @Inject
    GemeenteService gemeenten;

    private PagedModel<VerrekenstaatView> model;
    private List<GemeenteKeuze> gemeenteKeuzes;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return verrekenstaten.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<VerrekenstaatView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return verrekenstaten.zoek(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(VerrekenstaatView row) {
                return row.id();
            }
        };
    }

    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isGemeente()) {
            Pages.forbidden();
        }
    }

    private VerrekenstaatFilter filter(PagedModel.Filters filters) {
        Long gemeente = currentUser.isContractbeheerder() ? AfrekeningOpties.id(filters.text("gemeente")) : null;
        return new VerrekenstaatFilter(gemeente, AfrekeningOpties.maand(filters.text("maand")),
                filters.enumValue("status", Verrekenstaatstatus.class));
    }

    public List<GemeenteKeuze> getGemeenteKeuzes() {
        if (gemeenteKeuzes == null) {
            List<GemeenteKeuze> l = new ArrayList<>();
            for (Gemeente g : gemeenten.list(currentUser.actor())) {
                l.add(new GemeenteKeuze(g.getId(), g.getNaam()));
            }
            gemeenteKeuzes = l;
        }
        return gemeenteKeuzes;
    }

    public boolean isContractbeheerder() {
        return currentUser.isContractbeheerder();
    }

    public PagedModel<VerrekenstaatView> getModel() {
        return model;
    }
}
