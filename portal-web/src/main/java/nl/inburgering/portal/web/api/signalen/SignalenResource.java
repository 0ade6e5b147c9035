package nl.inburgering.portal.web.api.signalen;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.signal.SignaalBerekening;
import nl.inburgering.portal.contracts.signal.SignaalFilter;
import nl.inburgering.portal.contracts.signal.SignaalService;
import nl.inburgering.portal.contracts.signal.SignaalStatus;
import nl.inburgering.portal.contracts.signal.Signaalsoort;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /signalen}: attendance signals (issue 6, "Signals"): below 80 % over the last 4 full weeks, or more
 * than 8 hours ONGEOORLOOFD. A gemeente sees those of its own inburgeraars and marks them handled; the
 * contract manager sees all and may compute them (the system does so weekly).
 */
@Path("signalen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignalenResource {

    static final List<String> SORT_FIELDS = List.of("periodeVan", "aangemaaktOp", "soort", "status");

    @Inject
    SignaalService signalen;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    public Lijst<SignaalDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("plaatsingId") String plaatsingId,
            @QueryParam("contractId") String contractId,
            @QueryParam("soort") String soort,
            @QueryParam("status") String status,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long plaatsing = checks.optional("plaatsingId", plaatsingId, raw -> Params.id("plaatsingId", raw));
        Long contract = checks.optional("contractId", contractId, raw -> Params.id("contractId", raw));
        Signaalsoort so = checks.optional("soort", soort, raw -> Params.choice("soort", raw, Signaalsoort.class));
        SignaalStatus st = checks.optional("status", status, raw -> Params.choice("status", raw, SignaalStatus.class));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "periodeVan"));
        checks.throwIfAny();
        SignaalFilter filter = new SignaalFilter(null, contract, plaatsing, null, so, st);
        String sortField = sort == null ? "periodeVan" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<SignaalDto> rows = signalen.zoek(currentUser.actor(), filter, page.first(), page.paginaGrootte(),
                sortField, ascending).stream().map(SignaalDto::of).toList();
        return Lijst.paged(rows, signalen.tel(currentUser.actor(), filter), page, uriInfo);
    }

    @GET
    @Path("{signaalId}")
    public SignaalDto get(@PathParam("signaalId") String signaalId) {
        return SignaalDto.of(signalen.get(currentUser.actor(), Params.id("signaalId", signaalId)));
    }

    /** The gemeente marks its signal handled, with a remark. */
    @POST
    @Path("{signaalId}/afhandeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.GEMEENTE)
    public SignaalDto afhandeling(@PathParam("signaalId") String signaalId,
            @NotNull(message = Messages.VERPLICHT) @Valid SignaalAfhandelingInvoer invoer) {
        return SignaalDto.of(signalen.handelAf(currentUser.actor(), Params.id("signaalId", signaalId),
                invoer.opmerking().strip()));
    }

    /** Computes the signals of the 4 full weeks before the week of the peildatum (default today). */
    @POST
    @Path("berekening")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public SignaalBerekeningDto berekening(@NotNull(message = Messages.VERPLICHT) @Valid SignaalBerekeningInvoer invoer) {
        SignaalBerekening b = signalen.bereken(currentUser.actor(), invoer.peildatum() == null ? Params.today()
                : invoer.peildatum());
        return new SignaalBerekeningDto(b.periodeVan(), b.periodeTot(), b.beoordeeld(), b.nieuw());
    }
}
