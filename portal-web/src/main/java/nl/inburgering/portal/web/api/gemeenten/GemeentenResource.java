package nl.inburgering.portal.web.api.gemeenten;

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
import java.util.Map;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.CbsCode;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.FieldNames;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/** {@code /gemeenten}: the gemeenten of the region; every role reads them, managers maintain them. */
@Path("gemeenten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GemeentenResource {

    /** The service's field names that the API calls differently. */
    private static final Map<String, String> API_NAMES = Map.of("lead", "centrumgemeente");

    /** The service's names of the address fields, which the API nests in {@code adres}. */
    private static final Map<String, String> ADRES_NAMES = Map.of("straat", "adres.straat",
            "postcode", "adres.postcode", "plaats", "adres.plaats");

    @Inject
    GemeenteService gemeenten;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** All gemeenten by name, paged like every list (the region has only a few). */
    @GET
    public Lijst<GemeenteDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        checks.throwIfAny();
        List<Gemeente> all = gemeenten.list(currentUser.actor());
        List<GemeenteDto> slice = all.stream()
                .skip(page.first())
                .limit(page.paginaGrootte())
                .map(GemeenteDto::of)
                .toList();
        return Lijst.paged(slice, all.size(), page, uriInfo);
    }

    @GET
    @Path("{gemeenteId}")
    public GemeenteDto get(@PathParam("gemeenteId") String gemeenteId) {
        return GemeenteDto.of(gemeenten.get(currentUser.actor(), Params.id("gemeenteId", gemeenteId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid GemeenteInvoer invoer) {
        Actor actor = currentUser.actor();
        Gemeente g = FieldNames.renamed(API_NAMES, () -> gemeenten.create(actor, invoer.gegevens()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(g.getId())).build())
                .entity(GemeenteDto.of(g))
                .build();
    }

    /** Replaces name, OIN, lead flag and billing contact; the CBS code must stay the same. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{gemeenteId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public GemeenteDto update(@PathParam("gemeenteId") String gemeenteId,
            @NotNull(message = Messages.VERPLICHT) @Valid GemeenteInvoer invoer) {
        Actor actor = currentUser.actor();
        long id = Params.id("gemeenteId", gemeenteId);
        Gemeente current = gemeenten.get(actor, id);
        if (!current.getCbsCode().equals(CbsCode.of(invoer.cbsCode()))) {
            throw InvalidInputException.of("cbsCode", "cbscode.onveranderlijk",
                    "De CBS-code van een gemeente verandert niet; deze gemeente heeft " + current.getCbsCode() + ".");
        }
        return GemeenteDto.of(FieldNames.renamed(API_NAMES, () -> gemeenten.update(actor, id, invoer.gegevens())));
    }

    /**
     * Replaces the billing data the UBL invoice of a statement needs: the address (of every gemeente), the IBAN
     * and VAT identifier (of the centrumgemeente). A field left out is cleared.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{gemeenteId}/factuurgegevens")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public GemeenteDto updateFactuurgegevens(@PathParam("gemeenteId") String gemeenteId,
            @NotNull(message = Messages.VERPLICHT) @Valid FactuurgegevensInvoer invoer) {
        Actor actor = currentUser.actor();
        long id = Params.id("gemeenteId", gemeenteId);
        return GemeenteDto.of(FieldNames.renamed(ADRES_NAMES,
                () -> gemeenten.wijzigFactuurgegevens(actor, id, invoer.gegevens())));
    }
}
