package nl.inburgering.portal.web.api.afrekeningen;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.settlement.AfrekenService;
import nl.inburgering.portal.contracts.settlement.AfrekenrunView;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.settlement.AfrekeningStarter;

/**
 * {@code /afrekeningen}: the monthly settlement runs (issue 7). The contract manager starts one for a month
 * that has ended, for all contracts or one ({@code POST}, answered {@code 202 Accepted} with the run and its
 * {@code Location}); it works in the background and {@code GET /afrekeningen/{id}} shows its progress until
 * its status is {@code GEREED} (or {@code MISLUKT}, with the reason). The invoices it computed are then at
 * {@code /facturen?maand=...}.
 */
@Path("afrekeningen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AfrekeningenResource {

    @Inject
    AfrekenService afrekeningen;

    @Inject
    AfrekeningStarter starter;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Lijst<AfrekeningDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        checks.throwIfAny();
        List<AfrekeningDto> rows = afrekeningen.recent(currentUser.actor(), page.first(), page.paginaGrootte())
                .stream().map(AfrekeningDto::of).toList();
        return Lijst.paged(rows, afrekeningen.tel(currentUser.actor()), page, uriInfo);
    }

    @GET
    @Path("{afrekeningId}")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AfrekeningDto get(@PathParam("afrekeningId") String afrekeningId) {
        return AfrekeningDto.of(afrekeningen.get(currentUser.actor(), Params.id("afrekeningId", afrekeningId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response start(@NotNull(message = Messages.VERPLICHT) @Valid AfrekeningInvoer invoer) {
        FieldChecks checks = new FieldChecks();
        var maand = checks.required("maand", invoer.maand(), raw -> Params.month("maand", raw));
        checks.throwIfAny();
        AfrekenrunView run = starter.start(currentUser.actor(), maand, invoer.contractId());
        return Response.accepted(AfrekeningDto.of(run))
                .location(uriInfo.getAbsolutePathBuilder().path(String.valueOf(run.id())).build())
                .build();
    }
}
