package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.tendering.gunning.Gunningsbrief;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.pages.aanbestedingen.GunningsbriefPdf;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen/{id}/gunningsberichten}: the award decision's message to each bidder on each
 * lot. A provider reads only its own (another's is 404); what it learns of the other bids is the
 * summary of the winners (names and points, no prices). The contract manager reads all.
 */
@Path("aanbestedingen/{aanbestedingId}/gunningsberichten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GunningsberichtenResource {

    static final String PDF = "application/pdf";

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GunningService gunning;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** The messages the caller may read, newest decision first, then by lot and rank. */
    @GET
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public Lijst<GunningsberichtDto> list(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        long a = aanbestedingen.get(actor, Params.id("aanbestedingId", aanbestedingId)).getId();
        return Lijst.all(gunning.berichten(actor, a).stream()
                .map(b -> GunningsberichtDto.of(b, gunning.gunningsbrief(actor, b.getId()))).toList(), uriInfo);
    }

    @GET
    @Path("{berichtId}")
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public GunningsberichtDto get(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("berichtId") String berichtId) {
        Actor actor = currentUser.actor();
        Gunningsbericht b = find(actor, aanbestedingId, berichtId);
        return GunningsberichtDto.of(b, gunning.gunningsbrief(actor, b.getId()));
    }

    /**
     * The letter as PDF: own scores, the winners' scores, rank, reasons and the standstill end date.
     * {@code taal=en} gives the English translation (same figures; it says the Dutch letter prevails);
     * absent or {@code nl} the Dutch letter, the legal text.
     */
    @GET
    @Path("{berichtId}/brief")
    @Produces(PDF)
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public Response brief(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("berichtId") String berichtId, @QueryParam("taal") String taal) {
        FieldChecks checks = new FieldChecks();
        GunningsbriefPdf.Taal t = checks.optional("taal", taal, raw -> GunningsbriefPdf.Taal.parse("taal", raw));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        Gunningsbericht b = find(actor, aanbestedingId, berichtId);
        Gunningsbrief brief = gunning.gunningsbrief(actor, b.getId());
        GunningsbriefPdf.Taal letterTaal = t == null ? GunningsbriefPdf.Taal.NL : t;
        return Response.ok(GunningsbriefPdf.maak(brief, letterTaal), PDF)
                .header("Content-Disposition", "attachment; filename=\""
                        + GunningsbriefPdf.bestandsnaam(brief, letterTaal) + "\"")
                .header("Content-Language", letterTaal == GunningsbriefPdf.Taal.EN ? "en" : "nl")
                .build();
    }

    private Gunningsbericht find(Actor actor, String aanbestedingId, String berichtId) {
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long id = checks.optional("berichtId", berichtId, raw -> Params.id("berichtId", raw));
        checks.throwIfAny();
        return gunning.berichten(actor, a).stream().filter(b -> b.getId().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Gunningsbericht", id));
    }
}
