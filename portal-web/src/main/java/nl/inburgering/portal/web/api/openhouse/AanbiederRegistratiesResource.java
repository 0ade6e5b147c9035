package nl.inburgering.portal.web.api.openhouse;

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
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.openhouse.registratie.Registratie;
import nl.inburgering.portal.openhouse.registratie.RegistratieService;
import nl.inburgering.portal.openhouse.registratie.RegistratieStatus;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.security.UserAccountService;

/**
 * {@code /aanbieder-registraties}: providers' self-registration (issue 3). Its own collection rather
 * than a sub-resource of a procedure, because a provider registers once for the portal, not per
 * procedure. Registering is the one write anyone may do without a token (see
 * {@code AuthenticationFilter}); the account it asks for works only after a contract manager approves
 * it ({@code goedkeuring}), which creates the provider and the account in one transaction. Contract
 * managers and administrators read the requests; only contract managers decide.
 */
@Path("aanbieder-registraties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AanbiederRegistratiesResource {

    @Inject
    RegistratieService registraties;

    @Inject
    UserAccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** Public: registers a provider; every invalid field is reported at once. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registreer(@NotNull(message = Messages.VERPLICHT) @Valid RegistratieInvoer invoer) {
        Registratie r = accounts.registreerAanbieder(invoer.gegevens(), invoer.wachtwoord());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(r.getId())).build())
                .entity(RegistratieDto.of(r))
                .build();
    }

    /** The requests, oldest first, optionally of one status. */
    @GET
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public Lijst<RegistratieDto> list(@QueryParam("status") String status) {
        FieldChecks checks = new FieldChecks();
        RegistratieStatus s = checks.optional("status", status,
                raw -> Params.choice("status", raw, RegistratieStatus.class));
        checks.throwIfAny();
        List<RegistratieDto> rows = registraties.zoek(currentUser.actor(), s).stream().map(RegistratieDto::of).toList();
        return Lijst.all(rows, uriInfo);
    }

    @GET
    @Path("{registratieId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public RegistratieDto get(@PathParam("registratieId") String registratieId) {
        return RegistratieDto.of(registraties.get(currentUser.actor(), Params.id("registratieId", registratieId)));
    }

    /**
     * Approves the request: creates the provider and its account (role AANBIEDER) with the user name
     * and password of the request, in one transaction.
     */
    @POST
    @Path("{registratieId}/goedkeuring")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public RegistratieDto keurGoed(@PathParam("registratieId") String registratieId) {
        Actor actor = currentUser.actor();
        long id = Params.id("registratieId", registratieId);
        accounts.keurRegistratieGoed(actor, id);
        return RegistratieDto.of(registraties.get(actor, id));
    }

    /** Rejects the request, with a reason; no account is made. */
    @POST
    @Path("{registratieId}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public RegistratieDto wijsAf(@PathParam("registratieId") String registratieId,
            @NotNull(message = Messages.VERPLICHT) @Valid AfwijzingInvoer invoer) {
        return RegistratieDto.of(registraties.wijsAf(currentUser.actor(), Params.id("registratieId", registratieId),
                invoer.reden()));
    }
}
