package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * One published procedure, without login ({@code /open-house/procedure.xhtml?id=}, optionally
 * {@code &versie=}): its version in force, or an earlier published version, so a provider can read
 * the conditions it applied under. A concept, or an unknown procedure or version, answers 404.
 */
@Named
@ViewScoped
public class PubliekeProcedureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProcedureService procedures;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Integer versie;
    private ProcedureVersie getoond;
    private ProcedureVersie huidig;
    private List<ProcedureVersie> versies;

    /** View action: loads the version, or answers 404. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            OpenHouseProcedure p = procedures.gepubliceerdeProcedure(id);
            huidig = p.huidigeVersie().orElseThrow();
            versies = p.getGepubliceerdeVersies();
            getoond = versie == null ? huidig : p.versie(versie).filter(ProcedureVersie::isGepubliceerd).orElse(null);
            if (getoond == null) {
                Pages.notFound();
            }
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public boolean isHuidigGetoond() {
        return getoond != null && huidig != null && getoond.getVersienummer() == huidig.getVersienummer();
    }

    public boolean isMagAanmelden() {
        return currentUser.isAanbieder();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersie() {
        return versie;
    }

    public void setVersie(Integer versie) {
        this.versie = versie;
    }

    public ProcedureVersie getGetoond() {
        return getoond;
    }

    public ProcedureVersie getHuidig() {
        return huidig;
    }

    public List<ProcedureVersie> getVersies() {
        return versies;
    }
}
