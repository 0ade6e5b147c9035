package nl.inburgering.portal.web.pages.inburgeraars;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarFilter;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarService;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarView;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;

/**
 * The inburgeraars ({@code /app/inburgeraars/list.xhtml}): a gemeente its own, the contract manager all
 * of the region, a provider those placed with it (without BSN). Paged, sorted and filtered by
 * {@link InburgeraarService} in the database; the search box takes a surname, a client reference or a
 * whole BSN (the search is posted, never in the URL). The administrator sees no personal data: 403.
 */
@Named
@ViewScoped
public class InburgeraarListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    InburgeraarService inburgeraars;

    @Inject
    GemeenteService gemeenten;

    private PagedModel<InburgeraarView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return inburgeraars.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<InburgeraarView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return inburgeraars.search(currentUser.actor(), filter(filters), first, pageSize, sortField,
                        ascending);
            }

            @Override
            protected Object idOf(InburgeraarView row) {
                return row.id();
            }
        };
    }

    /** View action: the administrator manages the application, not personal data. */
    public void load() {
        if (currentUser.isBeheerder()) {
            Pages.forbidden();
        }
    }

    private static InburgeraarFilter filter(PagedModel.Filters filters) {
        String gemeente = filters.text("gemeenteId");
        return new InburgeraarFilter(filters.text(FilterMeta.GLOBAL_FILTER_KEY),
                gemeente == null || !gemeente.matches("\\d{1,18}") ? null : Long.valueOf(gemeente),
                filters.enumValue("leerroute", Leerroute.class), filters.enumValue("doelgroep", Doelgroep.class));
    }

    public boolean isMagRegistreren() {
        return currentUser.isGemeente() || currentUser.isContractbeheerder();
    }

    /** The BSN column: not for a provider, which never sees one. */
    public boolean isToonBsn() {
        return !currentUser.isAanbieder();
    }

    public boolean isToonGemeente() {
        return !currentUser.isGemeente();
    }

    public List<Gemeente> getGemeenten() {
        return gemeenten.list(currentUser.actor());
    }

    public PagedModel<InburgeraarView> getModel() {
        return model;
    }

    public Leerroute[] getLeerroutes() {
        return Leerroute.values();
    }

    public Doelgroep[] getDoelgroepen() {
        return Doelgroep.values();
    }
}
