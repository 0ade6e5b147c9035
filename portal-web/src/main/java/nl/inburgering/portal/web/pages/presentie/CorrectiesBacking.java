package nl.inburgering.portal.web.pages.presentie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.attendance.CorrectieFilter;
import nl.inburgering.portal.contracts.attendance.CorrectieService;
import nl.inburgering.portal.contracts.attendance.CorrectieStatus;
import nl.inburgering.portal.contracts.attendance.CorrectieView;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * Correction requests for attendance in settled months ({@code /app/presentie/correcties.xhtml}; DESIGN.md,
 * "Settlement", Corrections): the provider follows its own requests (proposed from the weekly grid) with
 * their status and the contract manager's answer; the contract manager sees all of them, old and new values
 * side by side, and approves ({@link CorrectieService#keurGoed}, a remark optional) or rejects
 * ({@link CorrectieService#wijsAf}, a reason required) the waiting ones. Paged and filtered by status in the
 * database. Gemeenten and the administrator: 403.
 */
@Named
@ViewScoped
public class CorrectiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "besluit";
    static final String MELDINGEN = "besluitMeldingen";

    /** The contract manager's decision in the dialog. */
    public enum Besluit {
        GOEDKEUREN,
        AFWIJZEN
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectieService correcties;

    private PagedModel<CorrectieView> model;
    private Long gekozenId;
    /** For the dialog's summary; the decision uses the id. */
    private transient CorrectieView gekozen;
    private Besluit besluit;
    private String toelichting;
    private Long openAantal;

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return correcties.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<CorrectieView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return correcties.zoek(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(CorrectieView row) {
                return row.id();
            }
        };
    }

    /** View action: the provider and the contract manager. */
    public void load() {
        if (!currentUser.isAanbieder() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
        }
    }

    static CorrectieFilter filter(PagedModel.Filters filters) {
        return new CorrectieFilter(null, null, filters.enumValue("status", CorrectieStatus.class), null);
    }

    /** Opens the dialog to approve or reject one request. */
    public void kies(CorrectieView c, Besluit b) {
        gekozen = c;
        gekozenId = c.id();
        besluit = b;
        toelichting = null;
    }

    /** Approves or rejects the chosen request; on success the page is loaded again with a message. */
    public void beslis() {
        if (gekozenId == null || besluit == null) {
            return;
        }
        try {
            if (besluit == Besluit.GOEDKEUREN) {
                correcties.keurGoed(currentUser.actor(), gekozenId, toelichting);
            } else {
                correcties.wijsAf(currentUser.actor(), gekozenId, toelichting);
            }
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM, Map.of("reden", "toelichting", "toelichting", "toelichting"), MELDINGEN);
            return;
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(MELDINGEN, e.getMessage());
            return;
        } catch (NotFoundException e) {
            Meldingen.fout(MELDINGEN, Texts.get("correctie.onbekend"));
            return;
        }
        PageMessages.flashInfo(besluit == Besluit.GOEDKEUREN ? "correctie.goedgekeurd" : "correctie.afgewezen");
        Faces.redirect("/app/presentie/correcties.xhtml");
    }

    public boolean magBeslissen(CorrectieView c) {
        return currentUser.isContractbeheerder() && c.status() == CorrectieStatus.INGEDIEND;
    }

    public boolean isContractbeheerder() {
        return currentUser.isContractbeheerder();
    }

    /** The requests waiting for the contract manager (for the contract manager's summary line). */
    public long getOpenAantal() {
        if (openAantal == null) {
            openAantal = correcties.tel(currentUser.actor(), CorrectieFilter.open());
        }
        return openAantal;
    }

    /** A month as words in the page's language: "januari 2026". */
    public String maand(YearMonth maand) {
        return maand == null ? "" : maand.format(DateTimeFormatter.ofPattern("MMMM yyyy", Faces.getLocale()));
    }

    public CorrectieStatus[] getStatussen() {
        return CorrectieStatus.values();
    }

    public PagedModel<CorrectieView> getModel() {
        return model;
    }

    public CorrectieView getGekozen() {
        return gekozen;
    }

    public Besluit getBesluit() {
        return besluit;
    }

    public boolean isAfwijzen() {
        return besluit == Besluit.AFWIJZEN;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
