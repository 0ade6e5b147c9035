package nl.inburgering.portal.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import nl.inburgering.portal.contracts.audit.AuditFilter;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.audit.AuditRegel;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The audit log ({@code /app/auditlog.xhtml}), newest first: paged, sorted and filtered (gebruiker,
 * actie, entiteit; exact) by {@link AuditLog} in the database. Only contract managers and
 * administrators may read it; for anyone else the page does not exist (404).
 */
@Named
@ViewScoped
public class AuditlogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog auditLog;

    private PagedModel<AuditRegel> model;

    /** View action: 404 for roles that may not read the log. */
    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isBeheerder()) {
            Pages.notFound();
            return;
        }
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return auditLog.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<AuditRegel> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return auditLog.search(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(AuditRegel row) {
                return row.getId();
            }
        };
    }

    private static AuditFilter filter(PagedModel.Filters filters) {
        String actie = filters.text("actie");
        String entiteit = filters.text("entiteit");
        return new AuditFilter(filters.text("gebruiker"), actie == null ? null : actie.toUpperCase(Locale.ROOT),
                entiteit, null, null, null, filters.text("samenvatting"));
    }

    public PagedModel<AuditRegel> getModel() {
        return model;
    }
}
