package nl.inburgering.portal.web.api.openhouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureStatus;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /open-house-procedures}: Open House procedures for the onderwijsroute (DESIGN.md, "Open
 * House procedure"). Published procedures, with their conditions and tariffs, are public: reading
 * them needs no token (see {@code AuthenticationFilter}); without a token, or with any role but the
 * contract manager's, a concept does not exist (404). Only the contract manager creates, changes and
 * publishes; a change to a published procedure publishes a new version, and every published version
 * stays readable ({@code ?versie=}), so an applicant can read the conditions it applied under.
 */
@Path("open-house-procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenHouseProceduresResource {

    @Inject
    ProcedureService procedures;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** The procedures the caller may see: published ones, and for the contract manager also concepts. */
    @GET
    public Lijst<ProcedureDto> list() {
        Optional<Actor> actor = currentUser.optionalActor();
        LocalDate vandaag = Params.today();
        List<ProcedureDto> rows;
        if (actor.isPresent()) {
            rows = procedures.zoek(actor.get()).stream().map(p -> dto(p, versieVanLijst(p), vandaag)).toList();
        } else {
            rows = procedures.gepubliceerd().stream()
                    .map(v -> dto(procedures.gepubliceerdeProcedure(v.getProcedureId()), v, vandaag)).toList();
        }
        return Lijst.all(rows, uriInfo);
    }

    /** One procedure: the version in force (or the concept), or the published version asked for. */
    @GET
    @Path("{procedureId}")
    public ProcedureDto get(@PathParam("procedureId") String procedureId, @QueryParam("versie") String versie) {
        long id = Params.id("procedureId", procedureId);
        Integer nummer = versie == null || versie.isBlank() ? null
                : Params.number("versie", versie, 1, 10_000, 1);
        Optional<Actor> actor = currentUser.optionalActor();
        OpenHouseProcedure p = actor.isPresent() ? procedures.get(actor.get(), id)
                : procedures.gepubliceerdeProcedure(id);
        boolean concepten = actor.map(Actor::seesWholeRegion).orElse(false);
        ProcedureVersie v;
        if (nummer == null) {
            v = versieVanLijst(p);
        } else {
            v = p.versie(nummer).filter(x -> x.isGepubliceerd() || concepten)
                    .orElseThrow(() -> new NotFoundException("Versie " + nummer + " van procedure", id));
        }
        return dto(p, v, Params.today());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid ProcedureInvoer invoer) {
        OpenHouseProcedure p = procedures.maakAan(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build())
                .entity(dto(p, versieVanLijst(p), Params.today()))
                .build();
    }

    /**
     * New terms: a concept is changed in place; a published procedure gets a new published version
     * (unchanged terms make none).
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{procedureId}")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public ProcedureDto update(@PathParam("procedureId") String procedureId,
            @NotNull(message = Messages.VERPLICHT) @Valid ProcedureInvoer invoer) {
        long id = Params.id("procedureId", procedureId);
        OpenHouseProcedure p = procedures.wijzig(currentUser.actor(), id, invoer.gegevens());
        return dto(p, versieVanLijst(p), Params.today());
    }

    /** Publishes the concept: public from now on, open for applications until the deadline. */
    @POST
    @Path("{procedureId}/publiceer")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public ProcedureDto publiceer(@PathParam("procedureId") String procedureId) {
        long id = Params.id("procedureId", procedureId);
        OpenHouseProcedure p = procedures.publiceer(currentUser.actor(), id);
        return dto(p, versieVanLijst(p), Params.today());
    }

    private static ProcedureVersie versieVanLijst(OpenHouseProcedure p) {
        return p.huidigeVersie().or(p::concept).orElseThrow();
    }

    private static ProcedureDto dto(OpenHouseProcedure p, ProcedureVersie v, LocalDate vandaag) {
        List<Integer> versies = p.getGepubliceerdeVersies().stream().map(ProcedureVersie::getVersienummer).toList();
        ProcedureStatus status = p.getStatus();
        return ProcedureDto.of(v, status, versies, vandaag);
    }
}
