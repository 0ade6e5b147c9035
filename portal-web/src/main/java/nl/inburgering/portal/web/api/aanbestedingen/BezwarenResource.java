package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.gunning.Bezwaar;
import nl.inburgering.portal.tendering.gunning.BezwaarService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen/{id}/bezwaren}: objections against the award decision. A bidder lodges its
 * own during the standstill and may withdraw it; the contract manager registers objections received
 * otherwise and resolves them. While one is open no contract can be created.
 */
@Path("aanbestedingen/{aanbestedingId}/bezwaren")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BezwarenResource {

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    BezwaarService bezwaren;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A provider's own objections; the contract manager's all; newest first. */
    @GET
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public Lijst<BezwaarDto> list(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        long a = aanbestedingen.get(actor, Params.id("aanbestedingId", aanbestedingId)).getId();
        return Lijst.all(bezwaren.bezwaren(actor, a).stream().map(BezwaarDto::of).toList(), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public Response dienIn(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid BezwaarInvoer invoer) {
        Bezwaar b = bezwaren.dienIn(currentUser.actor(), Params.id("aanbestedingId", aanbestedingId),
                invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(b.getId())).build())
                .entity(BezwaarDto.of(b))
                .build();
    }

    @GET
    @Path("{bezwaarId}")
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public BezwaarDto get(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("bezwaarId") String bezwaarId) {
        return BezwaarDto.of(find(currentUser.actor(), aanbestedingId, bezwaarId));
    }

    /** Resolves the objection: GEGROND, ONGEGROND or INGETROKKEN with an explanation; a provider only withdraws. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{bezwaarId}/afhandeling")
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public BezwaarDto handelAf(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("bezwaarId") String bezwaarId,
            @NotNull(message = Messages.VERPLICHT) @Valid AfhandelingInvoer invoer) {
        Actor actor = currentUser.actor();
        Bezwaar b = find(actor, aanbestedingId, bezwaarId);
        return BezwaarDto.of(bezwaren.handelAf(actor, b.getId(), invoer.uitkomst(), invoer.toelichting()));
    }

    private Bezwaar find(Actor actor, String aanbestedingId, String bezwaarId) {
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long id = checks.optional("bezwaarId", bezwaarId, raw -> Params.id("bezwaarId", raw));
        checks.throwIfAny();
        Bezwaar b = bezwaren.get(actor, id);
        if (!b.getAanbestedingId().equals(a)) {
            throw new NotFoundException("Bezwaar", id);
        }
        return b;
    }
}
