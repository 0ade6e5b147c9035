package nl.inburgering.portal.web.api.resultaten;

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
import nl.inburgering.portal.contracts.attendance.ResultaatFilter;
import nl.inburgering.portal.contracts.attendance.ResultaatService;
import nl.inburgering.portal.contracts.attendance.ResultaatSoort;
import nl.inburgering.portal.contracts.attendance.ResultaatView;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /resultaten}: exam results, progress reports and route completion (issue 6, "Results"). The provider
 * records them for its own placements; a gemeente sees those of its own inburgeraars, a provider its own, the
 * contract manager all.
 */
@Path("resultaten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultatenResource {

    static final List<String> SORT_FIELDS = List.of("datum", "soort", "vastgelegdOp");

    @Inject
    ResultaatService resultaten;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    public Lijst<ResultaatDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("plaatsingId") String plaatsingId,
            @QueryParam("inburgeraarId") String inburgeraarId,
            @QueryParam("soort") String soort,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long plaatsing = checks.optional("plaatsingId", plaatsingId, raw -> Params.id("plaatsingId", raw));
        Long inburgeraar = checks.optional("inburgeraarId", inburgeraarId, raw -> Params.id("inburgeraarId", raw));
        ResultaatSoort s = checks.optional("soort", soort, raw -> Params.choice("soort", raw, ResultaatSoort.class));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "datum"));
        checks.throwIfAny();
        ResultaatFilter filter = new ResultaatFilter(plaatsing, inburgeraar, s);
        String sortField = sort == null ? "datum" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<ResultaatDto> rows = resultaten.zoek(currentUser.actor(), filter, page.first(), page.paginaGrootte(),
                sortField, ascending).stream().map(ResultaatDto::of).toList();
        return Lijst.paged(rows, resultaten.tel(currentUser.actor(), filter), page, uriInfo);
    }

    @GET
    @Path("{resultaatId}")
    public ResultaatDto get(@PathParam("resultaatId") String resultaatId) {
        return ResultaatDto.of(resultaten.get(currentUser.actor(), Params.id("resultaatId", resultaatId)));
    }

    /** Records a result; ROUTE_AFGEROND also completes the placement. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid ResultaatInvoer invoer) {
        ResultaatView r = resultaten.legVast(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(r.id())).build())
                .entity(ResultaatDto.of(r))
                .build();
    }
}
