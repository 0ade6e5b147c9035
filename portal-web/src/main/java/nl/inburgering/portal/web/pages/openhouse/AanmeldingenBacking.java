package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.aanmelding.Aanmelding;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingFilter;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingService;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingStatus;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Applications ({@code /app/open-house/aanmeldingen.xhtml}, optionally {@code ?procedure=}): for the
 * contract manager all, with the withdrawals still to process on top of the filters; for a provider its
 * own. Paged and filtered (status) by {@link AanmeldingService} in the database, newest first.
 * Gemeenten and administrators have no business with applications (403).
 */
@Named
@ViewScoped
public class AanmeldingenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanmeldingService aanmeldingen;

    @Inject
    ProcedureService procedures;

    private Long procedure;
    private boolean teVerwerken;
    private PagedModel<Aanmelding> model;
    private final Map<Long, String> titels = new HashMap<>();

    /** View action: checks the role and the procedure filter, and builds the model. */
    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isAanbieder()) {
            Pages.forbidden();
            return;
        }
        if (procedure != null) {
            try {
                procedures.get(currentUser.actor(), procedure);
            } catch (NotFoundException e) {
                Pages.notFound();
                return;
            }
        }
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return aanmeldingen.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<Aanmelding> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return aanmeldingen.zoek(currentUser.actor(), filter(filters), first, pageSize);
            }

            @Override
            protected Object idOf(Aanmelding row) {
                return row.getId();
            }
        };
    }

    private AanmeldingFilter filter(PagedModel.Filters filters) {
        return new AanmeldingFilter(procedure, filters.enumValue("status", AanmeldingStatus.class), null, teVerwerken);
    }

    /** The title of the procedure an application belongs to. */
    public String titel(long procedureId) {
        return titels.computeIfAbsent(procedureId, id -> {
            try {
                OpenHouseProcedure p = procedures.get(currentUser.actor(), id);
                return p.getTitel();
            } catch (NotFoundException e) {
                return "—";
            }
        });
    }

    public AanmeldingStatus[] getStatussen() {
        return AanmeldingStatus.values();
    }

    public PagedModel<Aanmelding> getModel() {
        return model;
    }

    public Long getProcedure() {
        return procedure;
    }

    public void setProcedure(Long procedure) {
        this.procedure = procedure;
    }

    public boolean isTeVerwerken() {
        return teVerwerken;
    }

    public void setTeVerwerken(boolean teVerwerken) {
        this.teVerwerken = teVerwerken;
    }
}
