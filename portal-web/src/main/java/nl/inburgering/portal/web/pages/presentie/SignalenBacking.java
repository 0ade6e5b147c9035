package nl.inburgering.portal.web.pages.presentie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.signal.SignaalFilter;
import nl.inburgering.portal.contracts.signal.SignaalService;
import nl.inburgering.portal.contracts.signal.SignaalStatus;
import nl.inburgering.portal.contracts.signal.SignaalView;
import nl.inburgering.portal.contracts.signal.Signaalsoort;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The attendance signals ({@code /app/presentie/signalen.xhtml}; DESIGN.md, "Signals"): a gemeente its own
 * inburgeraars', the contract manager all; newest period first, paged, filtered by kind and status in the
 * database. The gemeente marks an open signal handled with a remark ({@link SignaalService#handelAf}).
 * Providers and the administrator: 403.
 */
@Named
@ViewScoped
public class SignalenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MELDINGEN = "afhandelMeldingen";

    @Inject
    CurrentUser currentUser;

    @Inject
    SignaalService signalen;

    private PagedModel<SignaalView> model;
    private Long gekozen;
    private String opmerking;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return signalen.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<SignaalView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return signalen.zoek(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(SignaalView row) {
                return row.id();
            }
        };
    }

    /** View action: only the gemeente and the contract manager. */
    public void load() {
        if (!currentUser.isGemeente() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
        }
    }

    private static SignaalFilter filter(PagedModel.Filters filters) {
        return new SignaalFilter(null, null, null, null, filters.enumValue("soort", Signaalsoort.class),
                filters.enumValue("status", SignaalStatus.class));
    }

    /** Opens the dialog for one signal. */
    public void kies(long id) {
        gekozen = id;
        opmerking = null;
    }

    /** Marks the chosen signal handled; on success the page is loaded again with a message. */
    public void afhandelen() {
        try {
            signalen.handelAf(currentUser.actor(), gekozen == null ? -1 : gekozen, opmerking);
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, "afhandeling", Map.of("opmerking", "opmerking"), MELDINGEN);
            return;
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(MELDINGEN, e.getMessage());
            return;
        } catch (NotFoundException e) {
            Meldingen.fout(MELDINGEN, Texts.get("signalen.onbekend"));
            return;
        }
        PageMessages.flashInfo("signalen.afgehandeld");
        Faces.redirect("/app/presentie/signalen.xhtml");
    }

    public boolean magAfhandelen(SignaalView s) {
        return currentUser.isGemeente() && s.status() == SignaalStatus.OPEN;
    }

    public Signaalsoort[] getSoorten() {
        return Signaalsoort.values();
    }

    public SignaalStatus[] getStatussen() {
        return SignaalStatus.values();
    }

    public PagedModel<SignaalView> getModel() {
        return model;
    }

    public Long getGekozen() {
        return gekozen;
    }

    public String getOpmerking() {
        return opmerking;
    }

    public void setOpmerking(String opmerking) {
        this.opmerking = opmerking;
    }
}
