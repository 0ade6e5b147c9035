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
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.gunning.GegundContract;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen/{id}/gunning}: the definitive award. Only after the standstill has ended
 * and while no objection is open (409 otherwise, with the end date); creates one contract per winner
 * with its bid prices as tariffs. Extension options of those contracts are exercised here too.
 */
@Path("aanbestedingen/{aanbestedingId}/gunning")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GunningResource {

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GunningService gunning;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** The contracts of the award: the contract manager all, a provider its own. */
    @GET
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public GunningDto get(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        Aanbesteding a = aanbestedingen.get(actor, Params.id("aanbestedingId", aanbestedingId));
        return dto(a, gunning.gegundeContracten(actor, a.getId()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response gun(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid GunningInvoer invoer) {
        Actor actor = currentUser.actor();
        long id = Params.id("aanbestedingId", aanbestedingId);
        List<GegundContract> contracten = gunning.gunDefinitief(actor, id, invoer.startdatum());
        Aanbesteding a = aanbestedingen.get(actor, id);
        return Response.created(uriInfo.getAbsolutePath()).entity(dto(a, contracten)).build();
    }

    /** Exercises the next extension option of a contract of this tender. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("contracten/{contractId}/verlengingen")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response verleng(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("contractId") String contractId,
            @NotNull(message = Messages.VERPLICHT) @Valid VerlengingInvoer invoer) {
        Actor actor = currentUser.actor();
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long c = checks.optional("contractId", contractId, raw -> Params.id("contractId", raw));
        checks.throwIfAny();
        if (gunning.gegundeContracten(actor, a).stream().noneMatch(g -> g.getContractId().equals(c))) {
            throw new NotFoundException("Gegund contract", c);
        }
        if (invoer.optie() == null) {
            throw InvalidInputException.of("optie", "verplicht", "Dit veld is verplicht.");
        }
        GegundContract g = gunning.verlengContract(actor, c, invoer.optie());
        return Response.status(Response.Status.CREATED).entity(GegundContractDto.of(g)).build();
    }

    private static GunningDto dto(Aanbesteding a, List<GegundContract> contracten) {
        return new GunningDto(a.getId(), a.getStatus() == AanbestedingStatus.GEGUND,
                contracten.stream().map(GegundContract::getGegundOp).findFirst().map(Tijd::nl).orElse(null),
                contracten.stream().map(GegundContractDto::of).toList());
    }
}
