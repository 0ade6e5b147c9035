package nl.inburgering.portal.web.api.contracten;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.placement.ToewijzingService;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.ContractBezettingDto;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /contracten}: contracts with their tariff versions. A provider sees its own contracts, a
 * gemeente those it takes part in, the contract manager and administrator all; only the contract
 * manager creates them.
 */
@Path("contracten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContractenResource {

    static final List<String> SORT_FIELDS = List.of("contractNummer", "startdatum", "einddatum", "status",
            "herkomst");

    @Inject
    ContractService contracten;

    @Inject
    ToewijzingService toewijzing;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /**
     * A page of contracts, filtered on text (in number, procedure or tender reference, lot or provider
     * name), status, origin, provider, leerroute and participating gemeente.
     */
    @GET
    public Lijst<ContractDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("zoekterm") String zoekterm,
            @QueryParam("status") String status,
            @QueryParam("herkomst") String herkomst,
            @QueryParam("aanbiederId") String aanbiederId,
            @QueryParam("leerroute") String leerroute,
            @QueryParam("gemeenteId") String gemeenteId,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        ContractFilter filter = new ContractFilter(
                checks.optional("zoekterm", zoekterm, raw -> Params.text("zoekterm", raw)),
                checks.optional("status", status, raw -> Params.choice("status", raw, ContractStatus.class)),
                checks.optional("herkomst", herkomst, raw -> Params.choice("herkomst", raw, ContractHerkomst.class)),
                checks.optional("aanbiederId", aanbiederId, raw -> Params.id("aanbiederId", raw)),
                checks.optional("leerroute", leerroute, raw -> Params.choice("leerroute", raw, Leerroute.class)),
                checks.optional("gemeenteId", gemeenteId, raw -> Params.id("gemeenteId", raw)));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "contractNummer"));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        String sortField = sort == null ? "contractNummer" : sort.field();
        boolean ascending = sort == null || sort.ascending();
        List<ContractDto> rows = contracten.search(actor, filter, page.first(), page.paginaGrootte(), sortField,
                ascending).stream().map(ContractDto::of).toList();
        return Lijst.paged(rows, contracten.count(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{contractId}")
    public ContractDto get(@PathParam("contractId") String contractId) {
        return ContractDto.of(contracten.get(currentUser.actor(), Params.id("contractId", contractId)));
    }

    /** The tariff versions, oldest first. */
    @GET
    @Path("{contractId}/tarieven")
    public Lijst<TariefDto> tarieven(@PathParam("contractId") String contractId) {
        Contract c = contracten.get(currentUser.actor(), Params.id("contractId", contractId));
        return Lijst.all(c.getTarieven().stream().map(TariefDto::of).toList(), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid ContractInvoer invoer) {
        Contract c = contracten.create(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(c.getId())).build())
                .entity(ContractDto.of(c))
                .build();
    }

    /**
     * Sets the contract's weight in its lot's fair share (DESIGN.md, "Allocation": target shares equal
     * unless set per contract); only for a contract from a tendered lot. Answers its occupancy.
     */
    @PUT
    @Path("{contractId}/doelaandeel")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public ContractBezettingDto stelDoelaandeelIn(@PathParam("contractId") String contractId,
            @NotNull(message = Messages.VERPLICHT) @Valid DoelaandeelInvoer invoer) {
        return doelaandeel(Params.id("contractId", contractId), invoer.gewicht());
    }

    /** Removes the contract's weight: its lot goes back to equal shares. Answers its occupancy. */
    @DELETE
    @Path("{contractId}/doelaandeel")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public ContractBezettingDto verwijderDoelaandeel(@PathParam("contractId") String contractId) {
        return doelaandeel(Params.id("contractId", contractId), null);
    }

    private ContractBezettingDto doelaandeel(long id, BigDecimal gewicht) {
        Actor actor = currentUser.actor();
        toewijzing.stelDoelaandeelIn(actor, id, gewicht);
        return ContractBezettingDto.of(toewijzing.bezettingVan(actor, id));
    }
}
