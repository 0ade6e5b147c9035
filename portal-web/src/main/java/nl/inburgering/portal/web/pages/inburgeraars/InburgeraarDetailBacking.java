package nl.inburgering.portal.web.pages.inburgeraars;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.attendance.ResultaatFilter;
import nl.inburgering.portal.contracts.attendance.ResultaatService;
import nl.inburgering.portal.contracts.attendance.ResultaatView;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarService;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarView;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.placement.VerwijzingGegevens;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * One inburgeraar ({@code /app/inburgeraars/detail.xhtml?id=}): the details (BSN masked; a provider sees
 * none), and the placement history, newest first, with the steps the user may take on each. The gemeente
 * and the contract manager refer the inburgeraar here for the leerroute of the PIP: for the onderwijsroute
 * naming the Open House institution the inburgeraar chose (the portal never chooses), for the B1- and
 * Z-route into the pool the contract manager allocates. Not the user's to see: 404.
 */
@Named
@ViewScoped
public class InburgeraarDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String VERWIJZING_MELDINGEN = "verwijzingMeldingen";
    static final int MAX_RESULTATEN = 50;

    @Inject
    CurrentUser currentUser;

    @Inject
    InburgeraarService inburgeraars;

    @Inject
    PlaatsingService plaatsingen;

    @Inject
    ResultaatService resultaten;

    private Long id;
    private InburgeraarView inburgeraar;
    private List<PlaatsingView> historie;
    /** The results, newest first, read once per view (reading them is audited); for the gemeente only. */
    private List<ResultaatView> resultatenLijst;

    private LocalDate geplandeStart;
    private BigDecimal geplandeUren;
    private Long aanbiederId;

    /** View action: loads the inburgeraar and the placement history, or answers 404 (403 for the administrator). */
    public void load() {
        if (currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            inburgeraar = inburgeraars.get(currentUser.actor(), id);
            historie = new ArrayList<>(plaatsingen.historie(currentUser.actor(), id));
            Collections.reverse(historie);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        geplandeStart = LocalDate.now(Formats.ZONE).plusWeeks(2);
        aanbiederId = inburgeraar.voorkeurAanbiederId();
    }

    /** Refers the inburgeraar; on success the page is loaded again with the new referral on top. */
    public void verwijs() {
        try {
            PlaatsingView p = plaatsingen.verwijs(currentUser.actor(), new VerwijzingGegevens(id,
                    inburgeraar.leerroute(), geplandeStart, geplandeUren,
                    isOnderwijsroute() ? aanbiederId : null));
            PageMessages.flashInfo(p.contractNummer() == null ? "plaatsing.verwezen.wachtrij"
                    : "plaatsing.verwezen.voorgesteld", p.inburgeraarNaam(),
                    p.contractNummer() == null ? "" : p.contractNummer().value());
            Faces.redirect("/app/inburgeraars/detail.xhtml?id=" + id);
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, "verwijzing", Map.of("geplandeUren", "uren", "inburgeraarId", "",
                    "leerroute", ""), VERWIJZING_MELDINGEN);
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(VERWIJZING_MELDINGEN, e.getMessage());
        }
    }

    public boolean isMagWijzigen() {
        return currentUser.isGemeente() || currentUser.isContractbeheerder();
    }

    /** Referring is the gemeente's and the contract manager's, and only without a lopende placement. */
    public boolean isMagVerwijzen() {
        return isMagWijzigen() && getLopende() == null;
    }

    public PlaatsingView getLopende() {
        return historie == null ? null : historie.stream().filter(p -> p.status().isLopend()).findFirst().orElse(null);
    }

    public boolean isOnderwijsroute() {
        return inburgeraar != null && inburgeraar.leerroute() == Leerroute.ONDERWIJSROUTE;
    }

    public boolean isToonBsn() {
        return !currentUser.isAanbieder();
    }

    public String getTerug() {
        return "/app/inburgeraars/detail.xhtml?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InburgeraarView getInburgeraar() {
        return inburgeraar;
    }

    /** The gemeente sees the exam results, progress reports and route completion of its inburgeraar. */
    public boolean isToonResultaten() {
        return currentUser.isGemeente();
    }

    /** The latest {@value #MAX_RESULTATEN} results, newest first; read once per view. */
    public List<ResultaatView> getResultaten() {
        if (resultatenLijst == null && inburgeraar != null && isToonResultaten()) {
            resultatenLijst = resultaten.zoek(currentUser.actor(), new ResultaatFilter(null, id, null), 0,
                    MAX_RESULTATEN, "datum", false);
        }
        return resultatenLijst == null ? List.of() : resultatenLijst;
    }

    public List<PlaatsingView> getHistorie() {
        return historie;
    }

    public LocalDate getGeplandeStart() {
        return geplandeStart;
    }

    public void setGeplandeStart(LocalDate geplandeStart) {
        this.geplandeStart = geplandeStart;
    }

    public BigDecimal getGeplandeUren() {
        return geplandeUren;
    }

    public void setGeplandeUren(BigDecimal geplandeUren) {
        this.geplandeUren = geplandeUren;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public void setAanbiederId(Long aanbiederId) {
        this.aanbiederId = aanbiederId;
    }
}
