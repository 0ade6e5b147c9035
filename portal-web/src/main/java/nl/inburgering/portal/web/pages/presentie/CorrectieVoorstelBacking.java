package nl.inburgering.portal.web.pages.presentie;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.attendance.CorrectieGegevens;
import nl.inburgering.portal.contracts.attendance.CorrectieService;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The dialog of the weekly grid in which a provider proposes a correction of one day in a settled month
 * (DESIGN.md, "Settlement", Corrections; issue 6, "Rules"): the record as it stands, the new hours and
 * absence reason, and why ({@link CorrectieService#dienIn}). The record itself does not change until the
 * contract manager approves. Refusals stay in the dialog, next to their field (hours that are not a number,
 * the rules' codes P02 to P10, a missing reason) or above the fields (a request already waiting).
 */
@Named
@ViewScoped
public class CorrectieVoorstelBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "correctie";
    static final String MELDINGEN = "correctieMeldingen";

    private static final Map<String, String> VELDEN = Map.of(
            "geroosterdeUren", "geroosterd",
            "aanwezigeUren", "aanwezig",
            "verzuimreden", "verzuimreden",
            "reden", "reden",
            "plaatsingId", "",
            "datum", "",
            "onderdeel", "");

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectieService correcties;

    private long plaatsingId;
    private String naam;
    private LocalDate datum;
    private Onderdeel onderdeel;
    private String huidigGeroosterd;
    private String huidigAanwezig;
    private String huidigeReden;
    private String geroosterd;
    private String aanwezig;
    private Verzuimreden verzuimreden;
    private String reden;
    private String terug;

    /** Opens the dialog for one day of a row of the grid, with the record as it stands as the proposal. */
    public void open(PresentieWeekBacking.Rij rij, LocalDate dag, Onderdeel component, String terugNaar) {
        PresentieWeekBacking.Cel cel = rij.cellen().get(dag);
        plaatsingId = rij.plaatsingId();
        naam = rij.naam();
        datum = dag;
        onderdeel = component;
        huidigGeroosterd = cel == null ? null : cel.getGeroosterd();
        huidigAanwezig = cel == null ? null : cel.getAanwezig();
        huidigeReden = cel == null ? null : cel.getReden();
        geroosterd = huidigGeroosterd;
        aanwezig = huidigAanwezig;
        verzuimreden = huidigeReden == null || huidigeReden.isBlank() ? null : Verzuimreden.valueOf(huidigeReden);
        reden = null;
        terug = terugNaar;
    }

    /** Sends the proposal; on success the grid is loaded again with a message. */
    public void indienen() {
        BigDecimal g = uren("geroosterd", geroosterd);
        BigDecimal a = uren("aanwezig", aanwezig);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return;
        }
        try {
            correcties.dienIn(currentUser.actor(), new CorrectieGegevens(plaatsingId, datum, onderdeel, g, a,
                    verzuimreden, reden));
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM, VELDEN, MELDINGEN);
            return;
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(MELDINGEN, e.getMessage());
            return;
        } catch (NotFoundException e) {
            Meldingen.fout(MELDINGEN, Texts.get("correctie.onbekend"));
            return;
        }
        PageMessages.flashInfo("correctie.ingediend");
        Faces.redirect(terug == null ? "/app/presentie/correcties.xhtml" : terug);
    }

    private static BigDecimal uren(String veld, String tekst) {
        try {
            return Uren.lees(tekst).orElse(null);
        } catch (NumberFormatException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(FORM + ":" + veld, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get("correctie.geenGetal"), null));
            context.validationFailed();
            return null;
        }
    }

    public Verzuimreden[] getVerzuimredenen() {
        return Verzuimreden.values();
    }

    public boolean isGekozen() {
        return datum != null;
    }

    public String getNaam() {
        return naam;
    }

    public long getPlaatsingId() {
        return plaatsingId;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public String getHuidigGeroosterd() {
        return huidigGeroosterd;
    }

    public String getHuidigAanwezig() {
        return huidigAanwezig;
    }

    public String getHuidigeReden() {
        return huidigeReden;
    }

    public boolean isHuidigLeeg() {
        return huidigGeroosterd == null || huidigGeroosterd.isBlank();
    }

    public String getGeroosterd() {
        return geroosterd;
    }

    public void setGeroosterd(String geroosterd) {
        this.geroosterd = geroosterd;
    }

    public String getAanwezig() {
        return aanwezig;
    }

    public void setAanwezig(String aanwezig) {
        this.aanwezig = aanwezig;
    }

    public Verzuimreden getVerzuimreden() {
        return verzuimreden;
    }

    public void setVerzuimreden(Verzuimreden verzuimreden) {
        this.verzuimreden = verzuimreden;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }
}
