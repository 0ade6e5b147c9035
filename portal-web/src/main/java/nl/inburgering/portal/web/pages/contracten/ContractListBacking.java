package nl.inburgering.portal.web.pages.contracten;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.security.CurrentUser;
import org.primefaces.model.FilterMeta;

/**
 * The contracts the user may see ({@code /app/contracten/list.xhtml}): a provider its own, a gemeente
 * those it takes part in, the contract manager and administrator all. Paged, sorted and filtered (text,
 * status, origin) by {@link ContractService} in the database.
 */
@Named
@ViewScoped
public class ContractListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContractService contracten;

    private PagedModel<Contract> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return contracten.count(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<Contract> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return contracten.search(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(Contract row) {
                return row.getId();
            }
        };
    }

    private static ContractFilter filter(PagedModel.Filters filters) {
        return new ContractFilter(filters.text(FilterMeta.GLOBAL_FILTER_KEY),
                filters.enumValue("status", ContractStatus.class),
                filters.enumValue("herkomst", ContractHerkomst.class), null, null, null);
    }

    public PagedModel<Contract> getModel() {
        return model;
    }
}
