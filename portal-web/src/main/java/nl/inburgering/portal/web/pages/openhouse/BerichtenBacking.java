package nl.inburgering.portal.web.pages.openhouse;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.bericht.Bericht;
import nl.inburgering.portal.openhouse.bericht.BerichtService;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * A provider's inbox ({@code /app/berichten.xhtml}; in this package because the messages are Open
 * House's for now): the decisions on its applications and the receipts, newest first, paged in the
 * database. Opening a message marks it read. Only providers (others 403).
 */
@Named
@ViewScoped
public class BerichtenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    BerichtService berichten;

    private PagedModel<Bericht> model;
    private Bericht geopend;

    @PostConstruct
    void init() {
        if (!currentUser.isAanbieder()) {
            Pages.forbidden();
            return;
        }
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return berichten.aantal(currentUser.actor());
            }

            @Override
            protected List<Bericht> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return berichten.lijst(currentUser.actor(), first, pageSize);
            }

            @Override
            protected Object idOf(Bericht row) {
                return row.getId();
            }
        };
    }

    public void open(long id) {
        try {
            geopend = berichten.markeerGelezen(currentUser.actor(), id);
        } catch (NotFoundException e) {
            geopend = null;
        }
    }

    public void sluit() {
        geopend = null;
    }

    public PagedModel<Bericht> getModel() {
        return model;
    }

    public Bericht getGeopend() {
        return geopend;
    }
}
