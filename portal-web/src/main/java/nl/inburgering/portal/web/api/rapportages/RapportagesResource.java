package nl.inburgering.portal.web.api.rapportages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.reporting.RapportageService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /rapportages} (issue 8): the figures of the report pages as JSON, within tenancy. A gemeente token gets its
 * own dashboard and its own row of the forecast; another gemeente's dashboard answers 404, as if it did not exist.
 * The contract manager gets every gemeente, the region overview and the whole forecast. Providers and the
 * administrator get 403: reports are the gemeenten's money, not a provider's resource, so the refusal names the
 * role rather than hiding a resource.
 */
@Path("rapportages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RapportagesResource {

    @Inject
    RapportageService rapportages;

    @Inject
    CurrentUser currentUser;

    /** The gemeente's dashboard of a year (default this year). */
    @GET
    @Path("gemeenten/{gemeenteId}")
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public GemeenteRapportageDto gemeente(@PathParam("gemeenteId") String gemeenteId,
            @QueryParam("jaar") String jaar) {
        FieldChecks checks = new FieldChecks();
        Integer j = checks.optional("jaar", jaar, raw -> Params.number("jaar", raw, 2000, 2100, 0));
        checks.throwIfAny();
        return GemeenteRapportageDto.of(rapportages.gemeenteDashboard(currentUser.actor(),
                Params.id("gemeenteId", gemeenteId), j == null ? Params.today().getYear() : j, Params.today()));
    }

    /** The contract manager's overview of the region for a year (default this year). */
    @GET
    @Path("regio")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public RegioRapportageDto regio(@QueryParam("jaar") String jaar) {
        FieldChecks checks = new FieldChecks();
        Integer j = checks.optional("jaar", jaar, raw -> Params.number("jaar", raw, 2000, 2100, 0));
        checks.throwIfAny();
        return RegioRapportageDto.of(rapportages.regioOverzicht(currentUser.actor(),
                j == null ? Params.today().getYear() : j, Params.today()));
    }

    /** The forecast of a year (default next year) at today's tariffs. */
    @GET
    @Path("prognose")
    @AllowedRoles({Role.GEMEENTE, Role.CONTRACTBEHEERDER})
    public PrognoseDto prognose(@QueryParam("jaar") String jaar) {
        FieldChecks checks = new FieldChecks();
        Integer j = checks.optional("jaar", jaar, raw -> Params.number("jaar", raw, 2000, 2100, 0));
        checks.throwIfAny();
        return PrognoseDto.of(rapportages.prognose(currentUser.actor(),
                j == null ? Params.today().getYear() + 1 : j, Params.today()));
    }
}
