package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.placement.Perceel;
import nl.inburgering.portal.contracts.placement.ToewijzingService;
import nl.inburgering.portal.contracts.placement.Toewijzingsvoorstel;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.plaatsingen.PlaatsingDto;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /toewijzingsvoorstellen}: the contract manager's fair-share allocation of waiting referrals
 * over the contracts of a tendered lot (DESIGN.md, "Allocation"). A proposal is computed and stored
 * nowhere; the confirmation, as proposed or changed, proposes each referral to the provider of its
 * contract, all or nothing, every refusal naming its eligibility rule.
 */
@Path("toewijzingsvoorstellen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ToewijzingsvoorstellenResource {

    @Inject
    ToewijzingService toewijzing;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public ToewijzingsvoorstelDto stelVoor(@NotNull(message = Messages.VERPLICHT) @Valid ToewijzingsvoorstelInvoer invoer) {
        Actor actor = currentUser.actor();
        Perceel perceel = new Perceel(invoer.aanbesteding().strip(), invoer.perceel().strip());
        Toewijzingsvoorstel voorstel = toewijzing.stelVoor(actor, perceel, invoer.plaatsingIds());
        return ToewijzingsvoorstelDto.of(voorstel, toewijzing.bezetting(actor, perceel));
    }

    @POST
    @Path("bevestiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Lijst<PlaatsingDto> bevestig(@NotNull(message = Messages.VERPLICHT) @Valid BevestigingInvoer invoer) {
        List<PlaatsingDto> bevestigd = toewijzing.bevestig(currentUser.actor(),
                invoer.toewijzingen().stream().map(ToewijzingInvoer::toewijzing).toList())
                .stream().map(PlaatsingDto::of).toList();
        return Lijst.all(bevestigd, uriInfo);
    }
}
