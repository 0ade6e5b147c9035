package nl.inburgering.portal.web.api.facturen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.settlement.FactuurFilter;
import nl.inburgering.portal.contracts.settlement.FactuurService;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.contracts.settlement.Regelbeoordeling;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /facturen}: the providers' invoices and their review (issue 7, "Invoice workflow"). A provider sees
 * and submits its own ({@code indiening}, with its own invoice number); the contract manager sees all, rejects
 * single lines ({@code regels/{id}/afkeuring}, with a reason code and remark; {@code DELETE} takes it back),
 * approves ({@code goedkeuring}) or rejects ({@code afkeuring}) the invoice and registers the payment
 * ({@code betaling}). A gemeente sees its share in {@code /verrekenstaten}, not here.
 */
@Path("facturen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FacturenResource {

    static final List<String> SORT_FIELDS = List.of("maand", "status", "netto", "contract", "aanbieder", "ingediendOp");

    @Inject
    FactuurService facturen;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Lijst<FactuurDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("maand") String maand,
            @QueryParam("status") String status,
            @QueryParam("contractId") String contractId,
            @QueryParam("aanbiederId") String aanbiederId,
            @QueryParam("soort") String soort,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        YearMonth m = checks.optional("maand", maand, raw -> Params.month("maand", raw));
        Factuurstatus st = checks.optional("status", status, raw -> Params.choice("status", raw, Factuurstatus.class));
        Long contract = checks.optional("contractId", contractId, raw -> Params.id("contractId", raw));
        Long aanbieder = checks.optional("aanbiederId", aanbiederId, raw -> Params.id("aanbiederId", raw));
        Factuursoort so = checks.optional("soort", soort, raw -> Params.choice("soort", raw, Factuursoort.class));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "maand"));
        checks.throwIfAny();
        FactuurFilter filter = new FactuurFilter(m, st, contract, aanbieder, so);
        String sortField = sort == null ? "maand" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<FactuurDto> rows = facturen.zoek(currentUser.actor(), filter, page.first(), page.paginaGrootte(),
                sortField, ascending).stream().map(FactuurDto::of).toList();
        return Lijst.paged(rows, facturen.tel(currentUser.actor(), filter), page, uriInfo);
    }

    @GET
    @Path("{factuurId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public FactuurDto get(@PathParam("factuurId") String factuurId) {
        return FactuurDto.of(facturen.get(currentUser.actor(), id(factuurId)));
    }

    /** The invoice's lines in line order, paged; {@code beoordeling} filters. */
    @GET
    @Path("{factuurId}/regels")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Lijst<FactuurregelDto> regels(@PathParam("factuurId") String factuurId,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("beoordeling") String beoordeling) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long id = checks.optional("factuurId", factuurId, raw -> Params.id("factuurId", raw));
        Regelbeoordeling b = checks.optional("beoordeling", beoordeling,
                raw -> Params.choice("beoordeling", raw, Regelbeoordeling.class));
        checks.throwIfAny();
        List<FactuurregelDto> rows = facturen.regels(currentUser.actor(), id, b, page.first(), page.paginaGrootte())
                .stream().map(FactuurregelDto::of).toList();
        return Lijst.paged(rows, facturen.telRegels(currentUser.actor(), id, b), page, uriInfo);
    }

    @POST
    @Path("{factuurId}/indiening")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public FactuurDto dienIn(@PathParam("factuurId") String factuurId,
            @NotNull(message = Messages.VERPLICHT) @Valid IndieningInvoer invoer) {
        return FactuurDto.of(facturen.dienIn(currentUser.actor(), id(factuurId), invoer.factuurnummer()));
    }

    @POST
    @Path("{factuurId}/regels/{regelId}/afkeuring")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public FactuurregelDto keurRegelAf(@PathParam("factuurId") String factuurId, @PathParam("regelId") String regelId,
            @NotNull(message = Messages.VERPLICHT) @Valid RegelAfkeuringInvoer invoer) {
        return FactuurregelDto.of(facturen.keurRegelAf(currentUser.actor(), id(factuurId),
                Params.id("regelId", regelId), invoer.afkeurcode(), invoer.opmerking()));
    }

    /** Takes a line's rejection back while the invoice awaits its decision. */
    @DELETE
    @Path("{factuurId}/regels/{regelId}/afkeuring")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public FactuurregelDto herstelRegel(@PathParam("factuurId") String factuurId,
            @PathParam("regelId") String regelId) {
        return FactuurregelDto.of(facturen.herstelRegel(currentUser.actor(), id(factuurId),
                Params.id("regelId", regelId)));
    }

    @POST
    @Path("{factuurId}/goedkeuring")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public FactuurDto keurGoed(@PathParam("factuurId") String factuurId) {
        return FactuurDto.of(facturen.keurGoed(currentUser.actor(), id(factuurId)));
    }

    @POST
    @Path("{factuurId}/afkeuring")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public FactuurDto keurAf(@PathParam("factuurId") String factuurId,
            @NotNull(message = Messages.VERPLICHT) @Valid AfkeuringInvoer invoer) {
        return FactuurDto.of(facturen.keurAf(currentUser.actor(), id(factuurId), invoer.reden()));
    }

    @POST
    @Path("{factuurId}/betaling")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public FactuurDto betaling(@PathParam("factuurId") String factuurId,
            @NotNull(message = Messages.VERPLICHT) @Valid BetalingInvoer invoer) {
        return FactuurDto.of(facturen.registreerBetaling(currentUser.actor(), id(factuurId), invoer.betaaldOp(),
                invoer.betaalreferentie()));
    }

    private static long id(String raw) {
        return Params.id("factuurId", raw);
    }
}
