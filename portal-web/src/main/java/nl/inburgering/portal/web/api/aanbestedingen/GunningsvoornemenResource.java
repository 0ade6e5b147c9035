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
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsvoornemen;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen/{id}/gunningsvoornemen}: the award decision of an evaluated tender, sent to
 * all bidders at once; the standstill starts the next day. Contract manager only; bidders read their
 * own message at {@code gunningsberichten}.
 */
@Path("aanbestedingen/{aanbestedingId}/gunningsvoornemen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GunningsvoornemenResource {

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GunningService gunning;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** Sends the award decision to every bidder of every lot. */
    @POST
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response verstuur(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        long a = Params.id("aanbestedingId", aanbestedingId);
        Gunningsvoornemen v = gunning.verstuurGunningsvoornemen(actor, a);
        return Response.created(uriInfo.getAbsolutePath()).entity(dto(actor, a, v)).build();
    }

    /** The decision that stands (its standstill running or ended), with the countdown. */
    @GET
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public GunningsvoornemenDto get(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        long a = aanbestedingen.get(actor, Params.id("aanbestedingId", aanbestedingId)).getId();
        Gunningsvoornemen v = gunning.lopendGunningsvoornemen(actor, a)
                .orElseThrow(() -> new NotFoundException("Gunningsvoornemen van aanbesteding", a));
        return dto(actor, a, v);
    }

    /** Withdraws the sent decision with a reason; scoring reopens and a new decision starts a new standstill. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("intrekking")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public GunningsvoornemenDto trekIn(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid RedenInvoer invoer) {
        Actor actor = currentUser.actor();
        long a = Params.id("aanbestedingId", aanbestedingId);
        return dto(actor, a, gunning.trekGunningsvoornemenIn(actor, a, invoer.reden()));
    }

    private GunningsvoornemenDto dto(Actor actor, long aanbestedingId, Gunningsvoornemen v) {
        int berichten = (int) gunning.berichten(actor, aanbestedingId).stream()
                .filter(b -> b.getVoornemenId().equals(v.getId())).count();
        return GunningsvoornemenDto.of(v, berichten, Params.today());
    }
}
