package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.placement.BeeindigingsReden;
import nl.inburgering.portal.contracts.placement.OverstapGegevens;
import nl.inburgering.portal.contracts.placement.PlaatsingActie;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The dialog of one step in a placement's life ({@code WEB-INF/includes/plaatsingen/actie-dialoog.xhtml}),
 * shared by the placement list and detail and the inburgeraar's page: the provider accepts (planned
 * hours) or declines (reason), starts, pauses, resumes, completes or ends early (reason); the gemeente
 * or contract manager withdraws a referral, records a route switch (overstap) or names the Open House
 * provider the inburgeraar chose. The buttons that open it follow {@link PlaatsingView#acties()}; the
 * service checks again. A refusal stays in the dialog, at the field or naming the eligibility rule or
 * the current status; after a step the page is loaded again (post-redirect-get) with a confirmation.
 */
@Named
@ViewScoped
public class PlaatsingActieBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the dialog's message list. */
    static final String MELDINGEN = "actieMeldingen";
    private static final String FORM = "actie";

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaatsingService plaatsingen;

    private PlaatsingView plaatsing;
    private PlaatsingActie actie;

    private LocalDate datum;
    private BigDecimal uren;
    private String reden;
    private BeeindigingsReden eindreden;
    private String toelichting;
    private Leerroute leerroute;
    private LocalDate pipDatum;
    private LocalDate geplandeStart;
    private Long aanbiederId;

    /** Opens the dialog for this step of this placement, with sensible defaults (today, the planned hours). */
    public void open(PlaatsingView p, PlaatsingActie a) {
        plaatsing = p;
        actie = a;
        LocalDate vandaag = LocalDate.now(Formats.ZONE);
        datum = vandaag;
        uren = p.geplandeUren();
        reden = null;
        eindreden = null;
        toelichting = null;
        leerroute = p.leerroute();
        pipDatum = null;
        geplandeStart = vandaag.plusWeeks(2);
        // only what the inburgeraar chose before; the portal never chooses a provider for them
        aanbiederId = p.voorkeurAanbiederId();
    }

    /** Carries the step out; on success reloads {@code terug} (the page's own URL) with a confirmation. */
    public void uitvoeren(String terug) {
        if (plaatsing == null || actie == null) {
            return;
        }
        long id = plaatsing.id();
        PlaatsingView na;
        try {
            na = switch (actie) {
                case ACCEPTEREN -> plaatsingen.accepteer(currentUser.actor(), id, uren);
                case WEIGEREN -> plaatsingen.weiger(currentUser.actor(), id, reden);
                case STARTEN -> plaatsingen.start(currentUser.actor(), id, datum);
                case ONDERBREKEN -> plaatsingen.onderbreek(currentUser.actor(), id, datum, reden);
                case HERVATTEN -> plaatsingen.hervat(currentUser.actor(), id, datum);
                case AFRONDEN -> plaatsingen.rondAf(currentUser.actor(), id, datum);
                case BEEINDIGEN -> plaatsingen.beeindig(currentUser.actor(), id, datum, eindreden, toelichting);
                case INTREKKEN -> plaatsingen.trekIn(currentUser.actor(), id, datum, eindreden, toelichting);
                case OVERSTAPPEN -> plaatsingen.stapOver(currentUser.actor(), id, new OverstapGegevens(datum,
                        toelichting, leerroute, leerroute == plaatsing.leerroute() ? null : pipDatum, geplandeStart,
                        uren, leerroute == Leerroute.ONDERWIJSROUTE ? aanbiederId : null));
                case VOORSTELLEN -> {
                    if (aanbiederId == null) {
                        throw InvalidInputException.of("aanbiederId", "plaatsing.aanbieder-kiezen", "Voor de"
                                + " onderwijsroute kiest de inburgeraar zelf een onderwijsinstelling; vul die keuze in.");
                    }
                    yield plaatsingen.kiesAanbieder(currentUser.actor(), id, aanbiederId);
                }
            };
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM, velden(), MELDINGEN);
            return;
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(MELDINGEN, e.getMessage());
            return;
        } catch (NotFoundException e) {
            Meldingen.fout(MELDINGEN, Texts.get("plaatsing.onbekend"));
            return;
        }
        String gelukt = "plaatsing.gelukt." + actie.name();
        PageMessages.flashInfo(gelukt, na.inburgeraarNaam(),
                na.contractNummer() == null ? "" : na.contractNummer().value());
        Faces.redirect(terug);
    }

    /** The service's field names mapped to this dialog's inputs. */
    private Map<String, String> velden() {
        Map<String, String> m = new HashMap<>();
        m.put("vanaf", "datum");
        m.put("einddatum", "datum");
        m.put("geplandeUren", "uren");
        m.put("nieuweLeerroute", "leerroute");
        m.put("nieuwePipDatum", "pipDatum");
        m.put("contractId", null);
        m.put("inburgeraarId", null);
        m.put("plaatsingId", null);
        if (actie == PlaatsingActie.BEEINDIGEN || actie == PlaatsingActie.INTREKKEN) {
            m.put("reden", "eindreden");
        }
        return m;
    }

    // ---------------------------------------------------------------- what the dialog shows

    public boolean isMetDatum() {
        return actie != null && !EnumSet.of(PlaatsingActie.ACCEPTEREN, PlaatsingActie.WEIGEREN,
                PlaatsingActie.VOORSTELLEN).contains(actie);
    }

    public boolean isMetUren() {
        return actie == PlaatsingActie.ACCEPTEREN || actie == PlaatsingActie.OVERSTAPPEN;
    }

    public boolean isMetReden() {
        return actie == PlaatsingActie.WEIGEREN || actie == PlaatsingActie.ONDERBREKEN;
    }

    public boolean isRedenVerplicht() {
        return actie == PlaatsingActie.WEIGEREN;
    }

    public boolean isMetEindreden() {
        return actie == PlaatsingActie.BEEINDIGEN || actie == PlaatsingActie.INTREKKEN;
    }

    public boolean isMetToelichting() {
        return isMetEindreden() || actie == PlaatsingActie.OVERSTAPPEN;
    }

    public boolean isOverstap() {
        return actie == PlaatsingActie.OVERSTAPPEN;
    }

    public boolean isAndereRoute() {
        return isOverstap() && leerroute != null && leerroute != plaatsing.leerroute();
    }

    public boolean isMetAanbieder() {
        return actie == PlaatsingActie.VOORSTELLEN || isOverstap() && leerroute == Leerroute.ONDERWIJSROUTE;
    }

    /** The reasons a provider or gemeente gives for an early end; a route switch is its own step. */
    public List<BeeindigingsReden> getEindredenen() {
        return List.of(BeeindigingsReden.UITVAL, BeeindigingsReden.VERHUIZING, BeeindigingsReden.ANDERS);
    }

    public Leerroute[] getLeerroutes() {
        return Leerroute.values();
    }

    // ---------------------------------------------------------------- properties

    public PlaatsingView getPlaatsing() {
        return plaatsing;
    }

    public PlaatsingActie getActie() {
        return actie;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public BigDecimal getUren() {
        return uren;
    }

    public void setUren(BigDecimal uren) {
        this.uren = uren;
    }

    public String getReden() {
        return reden;
    }

    public void setReden(String reden) {
        this.reden = reden;
    }

    public BeeindigingsReden getEindreden() {
        return eindreden;
    }

    public void setEindreden(BeeindigingsReden eindreden) {
        this.eindreden = eindreden;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public void setLeerroute(Leerroute leerroute) {
        this.leerroute = leerroute;
    }

    public LocalDate getPipDatum() {
        return pipDatum;
    }

    public void setPipDatum(LocalDate pipDatum) {
        this.pipDatum = pipDatum;
    }

    public LocalDate getGeplandeStart() {
        return geplandeStart;
    }

    public void setGeplandeStart(LocalDate geplandeStart) {
        this.geplandeStart = geplandeStart;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public void setAanbiederId(Long aanbiederId) {
        this.aanbiederId = aanbiederId;
    }
}
