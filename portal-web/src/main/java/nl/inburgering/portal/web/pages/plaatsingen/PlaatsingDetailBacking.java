package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.placement.StatusWijziging;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * One placement ({@code /app/plaatsingen/detail.xhtml?id=}): the inburgeraar (never a BSN), the contract,
 * the dates, the pauses and the whole history with who did what and why, and the buttons of the steps the
 * user may take now. Not the user's to see: 404.
 */
@Named
@ViewScoped
public class PlaatsingDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaatsingService plaatsingen;

    private Long id;
    private PlaatsingView plaatsing;

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
            plaatsing = plaatsingen.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Newest step first. */
    public List<StatusWijziging> getHistorie() {
        List<StatusWijziging> h = new ArrayList<>(plaatsing.historie());
        Collections.reverse(h);
        return h;
    }

    public String getTerug() {
        return "/app/plaatsingen/detail.xhtml?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PlaatsingView getPlaatsing() {
        return plaatsing;
    }
}
