package nl.inburgering.portal.web.api.plaatsingen;

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
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /plaatsingen}: referrals and placements, and their life cycle as resource operations
 * ({@code POST /plaatsingen/{plaatsingId}/acceptatie}, ...), each refused with a message naming the
 * current status when the placement is not in a status it may start from, and with every failed
 * eligibility rule when the rules refuse it. A gemeente sees its own inburgeraars' placements, a provider
 * those on its contracts, the contract manager all. The pool of referrals waiting for a contract is
 * {@code status=AANGEMELD}; tendered routes are allocated through {@code /toewijzingsvoorstellen}.
 */
@Path("plaatsingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlaatsingenResource {

    static final List<String> SORT_FIELDS = List.of("aangemeldOp", "geplandeStart", "werkelijkeStart", "einddatum",
            "status", "leerroute");

    @Inject
    PlaatsingService plaatsingen;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Lijst<PlaatsingDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("inburgeraarId") String inburgeraarId,
            @QueryParam("gemeenteId") String gemeenteId,
            @QueryParam("contractId") String contractId,
            @QueryParam("status") String status,
            @QueryParam("leerroute") String leerroute,
            @QueryParam("lopend") String lopend,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        PlaatsingFilter filter = new PlaatsingFilter(
                checks.optional("inburgeraarId", inburgeraarId, raw -> Params.id("inburgeraarId", raw)),
                checks.optional("gemeenteId", gemeenteId, raw -> Params.id("gemeenteId", raw)),
                checks.optional("contractId", contractId, raw -> Params.id("contractId", raw)),
                checks.optional("status", status, raw -> Params.choice("status", raw, PlaatsingStatus.class)),
                checks.optional("leerroute", leerroute, raw -> Params.choice("leerroute", raw, Leerroute.class)),
                checks.optional("lopend", lopend, raw -> bool("lopend", raw)));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "aangemeldOp"));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        // default: newest referral first
        String sortField = sort == null ? "aangemeldOp" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<PlaatsingDto> rows = plaatsingen.search(actor, filter, page.first(), page.paginaGrootte(), sortField,
                ascending).stream().map(PlaatsingDto::of).toList();
        return Lijst.paged(rows, plaatsingen.count(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{plaatsingId}")
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public PlaatsingDto get(@PathParam("plaatsingId") String plaatsingId) {
        return PlaatsingDto.of(plaatsingen.get(currentUser.actor(), id(plaatsingId)));
    }

    /** A referral: waits in the pool (B1-, Z-route) or is proposed at once to the chosen provider (onderwijsroute). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public Response verwijs(@NotNull(message = Messages.VERPLICHT) @Valid VerwijzingInvoer invoer) {
        return created(plaatsingen.verwijs(currentUser.actor(), invoer.gegevens()));
    }

    @POST
    @Path("{plaatsingId}/acceptatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto accepteer(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid AcceptatieInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.accepteer(currentUser.actor(), id(plaatsingId), invoer.geplandeUren()));
    }

    @POST
    @Path("{plaatsingId}/weigering")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto weiger(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid WeigeringInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.weiger(currentUser.actor(), id(plaatsingId), invoer.reden()));
    }

    @POST
    @Path("{plaatsingId}/start")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto start(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid DatumInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.start(currentUser.actor(), id(plaatsingId), invoer.datum()));
    }

    @POST
    @Path("{plaatsingId}/onderbreking")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto onderbreek(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid OnderbrekingInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.onderbreek(currentUser.actor(), id(plaatsingId), invoer.vanaf(),
                invoer.reden()));
    }

    @POST
    @Path("{plaatsingId}/hervatting")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto hervat(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid DatumInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.hervat(currentUser.actor(), id(plaatsingId), invoer.datum()));
    }

    @POST
    @Path("{plaatsingId}/afronding")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto rondAf(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid DatumInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.rondAf(currentUser.actor(), id(plaatsingId), invoer.datum()));
    }

    @POST
    @Path("{plaatsingId}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public PlaatsingDto beeindig(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid BeeindigingInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.beeindig(currentUser.actor(), id(plaatsingId), invoer.datum(),
                invoer.reden(), invoer.toelichting()));
    }

    @POST
    @Path("{plaatsingId}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public PlaatsingDto trekIn(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid BeeindigingInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.trekIn(currentUser.actor(), id(plaatsingId), invoer.datum(),
                invoer.reden(), invoer.toelichting()));
    }

    /** Ends the placement for a route switch and creates the new referral, in one transaction. */
    @POST
    @Path("{plaatsingId}/overstap")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public Response stapOver(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid OverstapInvoer invoer) {
        PlaatsingView nieuw = plaatsingen.stapOver(currentUser.actor(), id(plaatsingId), invoer.gegevens());
        return Response.created(uriInfo.getBaseUriBuilder().path("plaatsingen").path(String.valueOf(nieuw.id()))
                .build()).entity(PlaatsingDto.of(nieuw)).build();
    }

    /** Onderwijsroute: proposes a waiting referral on the Open House contract of the provider the inburgeraar chose. */
    @POST
    @Path("{plaatsingId}/aanbiederkeuze")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public PlaatsingDto kiesAanbieder(@PathParam("plaatsingId") String plaatsingId,
            @NotNull(message = Messages.VERPLICHT) @Valid AanbiederkeuzeInvoer invoer) {
        return PlaatsingDto.of(plaatsingen.kiesAanbieder(currentUser.actor(), id(plaatsingId),
                invoer.aanbiederId()));
    }

    private Response created(PlaatsingView v) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(v.id())).build())
                .entity(PlaatsingDto.of(v))
                .build();
    }

    private static long id(String raw) {
        return Params.id("plaatsingId", raw);
    }

    private static Boolean bool(String name, String raw) {
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of(name, "keuze", "Kies uit: true, false.");
        };
    }
}
