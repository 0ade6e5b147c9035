package nl.inburgering.portal.web.pages.openhouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The published Open House procedures, without login ({@code /open-house/procedures.xhtml};
 * DESIGN.md: "Published procedures and their conditions are public"): each in its version in force,
 * with conditions and tariffs.
 */
@Named
@RequestScoped
public class PubliekeProceduresBacking {

    @Inject
    ProcedureService procedures;

    @Inject
    CurrentUser currentUser;

    private List<ProcedureVersie> gepubliceerd;

    public List<ProcedureVersie> getProcedures() {
        if (gepubliceerd == null) {
            gepubliceerd = procedures.gepubliceerd();
        }
        return gepubliceerd;
    }

    /** A logged-in provider can go straight to its application. */
    public boolean isMagAanmelden() {
        return currentUser.isAanbieder();
    }
}
