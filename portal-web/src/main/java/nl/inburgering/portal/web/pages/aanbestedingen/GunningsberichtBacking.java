package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.gunning.Bezwaar;
import nl.inburgering.portal.tendering.gunning.BezwaarGegevens;
import nl.inburgering.portal.tendering.gunning.BezwaarService;
import nl.inburgering.portal.tendering.gunning.BezwaarStatus;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.tendering.gunning.Gunningsbrief;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * One award decision message ({@code /app/aanbestedingen/bericht.xhtml?id=&aanbesteding=}): the
 * bidder's own scores and rank, the winners' scores (never their prices), the reasons, the standstill
 * end date with a countdown, and the letter as PDF (in English on an English page, with the Dutch
 * original, the legal text, beside it). The receiving provider marks it read by opening
 * it and may lodge (and withdraw) an objection here while the standstill runs; the contract manager
 * reads every message. Another provider's message answers 404.
 */
@Named
@ViewScoped
public class GunningsberichtBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    GunningService gunning;

    @Inject
    BezwaarService bezwaren;

    private Long id;
    private Long aanbestedingId;
    private Gunningsbericht bericht;
    private Gunningsbrief brief;
    private List<Bezwaar> eigenBezwaren = List.of();
    private String bezwaarOmschrijving;

    /** View action: the message, if the user may read it; otherwise 404. */
    public void load() {
        if (id == null || aanbestedingId == null) {
            Pages.notFound();
            return;
        }
        try {
            bericht = gunning.berichten(currentUser.actor(), aanbestedingId).stream()
                    .filter(b -> b.getId().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Gunningsbericht", id));
            if (currentUser.isAanbieder()) {
                bericht = gunning.markeerGelezen(currentUser.actor(), id);
            }
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        brief = gunning.gunningsbrief(currentUser.actor(), id);
        eigenBezwaren = currentUser.isAanbieder() ? bezwaren.bezwaren(currentUser.actor(), aanbestedingId) : List.of();
    }

    /**
     * Sends the letter as a PDF download in the page's language: on an English page the English
     * translation, otherwise the Dutch letter.
     */
    public void downloadPdf() {
        stuur(GunningsbriefPdf.Taal.van(Faces.getLocale()));
    }

    /** The Dutch letter, the legal text, also from an English page. */
    public void downloadNederlandsePdf() {
        stuur(GunningsbriefPdf.Taal.NL);
    }

    private void stuur(GunningsbriefPdf.Taal taal) {
        Faces.sendFile(GunningsbriefPdf.maak(brief, taal), GunningsbriefPdf.bestandsnaam(brief, taal), true);
    }

    /** The reasons in the page's language (the Dutch ones as recorded; English composed from the same figures). */
    public String getReden() {
        return GunningsbriefPdf.redenen(brief, GunningsbriefPdf.Taal.van(Faces.getLocale()));
    }

    /** The page is in English: the letter button gives the translation, a second one the Dutch original. */
    public boolean isEngels() {
        return GunningsbriefPdf.Taal.van(Faces.getLocale()) == GunningsbriefPdf.Taal.EN;
    }

    public void dienBezwaarIn() {
        try {
            bezwaren.dienIn(currentUser.actor(), aanbestedingId, new BezwaarGegevens(null, bericht.getPerceelId(),
                    bezwaarOmschrijving));
            bezwaarOmschrijving = null;
            PageMessages.info("bezwaar.ingediend");
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "bezwaar", Map.of());
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public void trekBezwaarIn(Bezwaar b) {
        try {
            bezwaren.handelAf(currentUser.actor(), b.getId(), BezwaarStatus.INGETROKKEN,
                    Texts.get("bezwaar.ingetrokkenDoorAanbieder"));
            PageMessages.info("bezwaar.ingetrokken");
            refresh();
        } catch (InvalidInputException | StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** A provider may object while the decision stands and the standstill runs. */
    public boolean isKanBezwaarMaken() {
        return currentUser.isAanbieder() && brief.status() == GunningsvoornemenStatus.VERZONDEN
                && brief.dagenResterend() > 0;
    }

    public long getStandstillVoortgang() {
        int dagen = brief.standstillDagen();
        return Math.round(100.0 * (dagen - brief.dagenResterend()) / dagen);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getAanbestedingId() {
        return aanbestedingId;
    }

    public void setAanbestedingId(Long aanbestedingId) {
        this.aanbestedingId = aanbestedingId;
    }

    public Gunningsbericht getBericht() {
        return bericht;
    }

    public Gunningsbrief getBrief() {
        return brief;
    }

    public List<Bezwaar> getEigenBezwaren() {
        return eigenBezwaren;
    }

    public String getBezwaarOmschrijving() {
        return bezwaarOmschrijving;
    }

    public void setBezwaarOmschrijving(String bezwaarOmschrijving) {
        this.bezwaarOmschrijving = bezwaarOmschrijving;
    }
}
