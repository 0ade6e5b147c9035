package nl.inburgering.portal.web.api.inburgeraars;

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
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarFilter;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarService;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarView;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /inburgeraars}: the people under the civic-integration obligation. A gemeente registers,
 * corrects and sees its own; the contract manager all of the region; a provider only those placed with
 * it, without BSN. The BSN goes in a body only, never in a URL: {@code zoekterm} refuses one.
 */
@Path("inburgeraars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InburgeraarsResource {

    static final List<String> SORT_FIELDS = List.of("achternaam", "klantReferentie", "pipDatum", "leerroute",
            "doelgroep");

    @Inject
    InburgeraarService inburgeraars;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Lijst<InburgeraarDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("zoekterm") String zoekterm,
            @QueryParam("gemeenteId") String gemeenteId,
            @QueryParam("leerroute") String leerroute,
            @QueryParam("doelgroep") String doelgroep,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        InburgeraarFilter filter = new InburgeraarFilter(
                checks.optional("zoekterm", zoekterm, InburgeraarsResource::zoekterm),
                checks.optional("gemeenteId", gemeenteId, raw -> Params.id("gemeenteId", raw)),
                checks.optional("leerroute", leerroute, raw -> Params.choice("leerroute", raw, Leerroute.class)),
                checks.optional("doelgroep", doelgroep, raw -> Params.choice("doelgroep", raw, Doelgroep.class)));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "achternaam"));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        String sortField = sort == null ? "achternaam" : sort.field();
        boolean ascending = sort == null || sort.ascending();
        List<InburgeraarDto> rows = inburgeraars.search(actor, filter, page.first(), page.paginaGrootte(), sortField,
                ascending).stream().map(InburgeraarDto::of).toList();
        return Lijst.paged(rows, inburgeraars.count(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{inburgeraarId}")
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public InburgeraarDto get(@PathParam("inburgeraarId") String inburgeraarId) {
        return InburgeraarDto.of(inburgeraars.get(currentUser.actor(), Params.id("inburgeraarId", inburgeraarId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public Response register(@NotNull(message = Messages.VERPLICHT) @Valid InburgeraarInvoer invoer) {
        InburgeraarView v = inburgeraars.register(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
                .entity(InburgeraarDto.of(v))
                .build();
    }

    @PUT
    @Path("{inburgeraarId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public InburgeraarDto update(@PathParam("inburgeraarId") String inburgeraarId,
            @NotNull(message = Messages.VERPLICHT) @Valid InburgeraarInvoer invoer) {
        long id = Params.id("inburgeraarId", inburgeraarId);
        return InburgeraarDto.of(inburgeraars.update(currentUser.actor(), id, invoer.gegevens()));
    }

    /** Search text in a surname or client reference; a BSN is refused, as a URL ends up in logs. */
    static String zoekterm(String raw) {
        String tekst = Params.text("zoekterm", raw);
        if (tekst != null && tekst.replaceAll("[\\s.\\-]", "").matches("\\d{8,9}")) {
            throw InvalidInputException.of("zoekterm", "zoekterm.bsn", "Zoek niet op BSN: een BSN hoort niet in een"
                    + " URL, want die komt in logbestanden terecht. Zoek op achternaam of klantreferentie.");
        }
        return tekst;
    }
}
