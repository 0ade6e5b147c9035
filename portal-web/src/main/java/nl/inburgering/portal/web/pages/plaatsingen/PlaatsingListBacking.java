package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The placements ({@code /app/plaatsingen/list.xhtml?weergave=}): a provider those on its contracts, the
 * contract manager all, a gemeente its own inburgeraars'. Views: {@code inkomend} (proposals waiting for
 * the provider to accept or decline), {@code lopend} (not yet final), {@code wachtend} (referrals in the
 * pool, waiting for a contract) and {@code alle}. Each row has the buttons of the steps the user may take
 * now ({@link PlaatsingActieBacking}). Paged, sorted and filtered in the database. The administrator: 403.
 */
@Named
@ViewScoped
public class PlaatsingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The views of the page, in the order of their tabs. */
    public static final List<String> WEERGAVEN = List.of("inkomend", "lopend", "wachtend", "alle");

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaatsingService plaatsingen;

    private String weergave;
    private PagedModel<PlaatsingView> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return plaatsingen.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<PlaatsingView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return plaatsingen.search(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(PlaatsingView row) {
                return row.id();
            }
        };
    }

    /** View action: the role, and the view (a provider starts with the proposals to accept or decline). */
    public void load() {
        if (currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        if (weergave == null || !WEERGAVEN.contains(weergave)) {
            weergave = currentUser.isAanbieder() ? "inkomend" : currentUser.isContractbeheerder() ? "alle" : "lopend";
        }
    }

    private PlaatsingFilter filter(PagedModel.Filters filters) {
        PlaatsingStatus status = filters.enumValue("status", PlaatsingStatus.class);
        Leerroute leerroute = filters.enumValue("leerroute", Leerroute.class);
        return filter(weergave, status, leerroute);
    }

    private static PlaatsingFilter filter(String weergave, PlaatsingStatus status, Leerroute leerroute) {
        return switch (weergave == null ? "alle" : weergave) {
            case "inkomend" -> new PlaatsingFilter(null, null, null, PlaatsingStatus.VOORGESTELD, leerroute, null);
            case "wachtend" -> new PlaatsingFilter(null, null, null, PlaatsingStatus.AANGEMELD, leerroute, null);
            case "lopend" -> new PlaatsingFilter(null, null, null, status, leerroute, true);
            default -> new PlaatsingFilter(null, null, null, status, leerroute, null);
        };
    }

    /** The number of placements in a view, for its tab. */
    public long aantal(String w) {
        return plaatsingen.count(currentUser.actor(), filter(w, null, null));
    }

    /** The views this user has: a provider never sees the pool, which has no contract yet. */
    public List<String> getWeergaven() {
        return currentUser.isAanbieder() ? List.of("inkomend", "lopend", "alle") : WEERGAVEN;
    }

    public boolean isStatusFilter() {
        return "alle".equals(weergave) || "lopend".equals(weergave);
    }

    public boolean isToonGemeente() {
        return !currentUser.isGemeente();
    }

    public boolean isToonAanbieder() {
        return !currentUser.isAanbieder();
    }

    public String getTerug() {
        return "/app/plaatsingen/list.xhtml?weergave=" + weergave;
    }

    public PlaatsingStatus[] getStatussen() {
        return PlaatsingStatus.values();
    }

    public Leerroute[] getLeerroutes() {
        return Leerroute.values();
    }

    public PagedModel<PlaatsingView> getModel() {
        return model;
    }

    public String getWeergave() {
        return weergave;
    }

    public void setWeergave(String weergave) {
        this.weergave = weergave;
    }
}
