package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingFilter;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The tenders ({@code /app/aanbestedingen/list.xhtml}): for the contract manager all, drafts
 * included, with the button for a new one; for everyone else the published ones. Paged, sorted
 * (referentie, titel, sluitingstijd, status) and filtered (text, status) by {@link AanbestedingService}
 * in the database. A provider also sees its award decision messages here.
 */
@Named
@ViewScoped
public class AanbestedingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GunningService gunning;

    private PagedModel<Aanbesteding> model;
    private List<Gunningsbericht> berichten;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return aanbestedingen.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<Aanbesteding> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return aanbestedingen.search(currentUser.actor(), filter(filters), first, pageSize, sortField,
                        ascending);
            }

            @Override
            protected Object idOf(Aanbesteding row) {
                return row.getId();
            }
        };
    }

    private static AanbestedingFilter filter(PagedModel.Filters filters) {
        String tekst = filters.text("referentie");
        return new AanbestedingFilter(tekst == null ? filters.text("titel") : tekst,
                filters.enumValue("status", AanbestedingStatus.class));
    }

    /** The provider's award decision messages, newest first; empty for other roles. */
    public List<Gunningsbericht> getBerichten() {
        if (berichten == null) {
            berichten = currentUser.isAanbieder() ? gunning.inbox(currentUser.actor()) : List.of();
        }
        return berichten;
    }

    public boolean isMagAanmaken() {
        return currentUser.isContractbeheerder();
    }

    public PagedModel<Aanbesteding> getModel() {
        return model;
    }

    public AanbestedingStatus[] getStatussen() {
        return AanbestedingStatus.values();
    }
}
