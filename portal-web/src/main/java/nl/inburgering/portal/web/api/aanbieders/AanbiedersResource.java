package nl.inburgering.portal.web.api.aanbieders;

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
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkPeriode;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbieders}: providers and their keurmerk history. A provider's own staff see only their
 * provider; the other roles see all. Contract managers and administrators maintain them.
 */
@Path("aanbieders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AanbiedersResource {

    static final List<String> SORT_FIELDS = List.of("naam", "kvkNummer", "soort");

    @Inject
    AanbiederService aanbieders;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /**
     * A page of providers, filtered on part of the name, kind, and keurmerk status on a date
     * ({@code peildatum}, default today).
     */
    @GET
    public Lijst<AanbiederDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("naam") String naam,
            @QueryParam("soort") String soort,
            @QueryParam("keurmerkStatus") String keurmerkStatus,
            @QueryParam("peildatum") String peildatum,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        String tekst = checks.optional("naam", naam, raw -> Params.text("naam", raw));
        AanbiederSoort s = checks.optional("soort", soort, raw -> Params.choice("soort", raw, AanbiederSoort.class));
        KeurmerkStatus k = checks.optional("keurmerkStatus", keurmerkStatus,
                raw -> Params.choice("keurmerkStatus", raw, KeurmerkStatus.class));
        LocalDate datum = checks.optional("peildatum", peildatum, raw -> Params.date("peildatum", raw));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "naam"));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        LocalDate today = Params.today();
        AanbiederFilter filter = new AanbiederFilter(tekst, s, k, datum == null ? today : datum);
        String sortField = sort == null ? "naam" : sort.field();
        boolean ascending = sort == null || sort.ascending();
        List<AanbiederDto> rows = aanbieders.search(actor, filter, page.first(), page.paginaGrootte(), sortField,
                ascending).stream().map(a -> AanbiederDto.of(a, today)).toList();
        return Lijst.paged(rows, aanbieders.count(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{aanbiederId}")
    public AanbiederDto get(@PathParam("aanbiederId") String aanbiederId) {
        return AanbiederDto.of(aanbieders.get(currentUser.actor(), Params.id("aanbiederId", aanbiederId)),
                Params.today());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid AanbiederInvoer invoer) {
        Aanbieder a = aanbieders.create(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(AanbiederDto.of(a, Params.today()))
                .build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbiederId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public AanbiederDto update(@PathParam("aanbiederId") String aanbiederId,
            @NotNull(message = Messages.VERPLICHT) @Valid AanbiederInvoer invoer) {
        long id = Params.id("aanbiederId", aanbiederId);
        return AanbiederDto.of(aanbieders.update(currentUser.actor(), id, invoer.gegevens()), Params.today());
    }

    /** The whole keurmerk history, oldest first. */
    @GET
    @Path("{aanbiederId}/keurmerken")
    public Lijst<KeurmerkPeriodeDto> keurmerken(@PathParam("aanbiederId") String aanbiederId) {
        Aanbieder a = aanbieders.get(currentUser.actor(), Params.id("aanbiederId", aanbiederId));
        return Lijst.all(a.getKeurmerkHistorie().stream().map(KeurmerkPeriodeDto::of).toList(), uriInfo);
    }

    /** Registers a new keurmerk period; it must start after the latest one (history is never rewritten). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbiederId}/keurmerken")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public Response registreerKeurmerk(@PathParam("aanbiederId") String aanbiederId,
            @NotNull(message = Messages.VERPLICHT) @Valid KeurmerkInvoer invoer) {
        long id = Params.id("aanbiederId", aanbiederId);
        Aanbieder a = aanbieders.registreerKeurmerk(currentUser.actor(), id, invoer.status(), invoer.vanaf(),
                invoer.geldigTot());
        KeurmerkPeriode nieuw = a.laatsteKeurmerkPeriode().orElseThrow();
        return Response.status(Response.Status.CREATED).entity(KeurmerkPeriodeDto.of(nieuw)).build();
    }
}
