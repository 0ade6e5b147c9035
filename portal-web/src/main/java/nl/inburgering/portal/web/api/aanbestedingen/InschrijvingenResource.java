package nl.inburgering.portal.web.api.aanbestedingen;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.beoordeling.BeoordelingService;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen/{id}/inschrijvingen}: bids. Sealed (DESIGN.md, "Users"): a provider sees
 * and changes only its own; another provider's bid is 404. The contract manager sees every current
 * bid once the tender is closed and the bids opened, and scores them. Never public: the API filter
 * asks a token for every path with {@code /inschrijvingen}.
 */
@Path("aanbestedingen/{aanbestedingId}/inschrijvingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InschrijvingenResource {

    @Inject
    InschrijvingService inschrijvingen;

    @Inject
    BeoordelingService beoordeling;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A provider's own bids (replaced and withdrawn ones too, newest first); the manager's view once opened. */
    @GET
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public Lijst<InschrijvingDto> list(@PathParam("aanbestedingId") String aanbestedingId) {
        long a = Params.id("aanbestedingId", aanbestedingId);
        return Lijst.all(inschrijvingen.inschrijvingen(currentUser.actor(), a).stream().map(InschrijvingDto::of)
                .toList(), uriInfo);
    }

    /** Submits a bid on one lot before the deadline; a second bid on the same lot replaces the first. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public Response dienIn(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid InschrijvingInvoer invoer) {
        long a = Params.id("aanbestedingId", aanbestedingId);
        Inschrijving i = Velden.api(() -> inschrijvingen.dienIn(currentUser.actor(), a, invoer.gegevens()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(i.getId())).build())
                .entity(InschrijvingDto.of(i))
                .build();
    }

    @GET
    @Path("{inschrijvingId}")
    @AllowedRoles({Role.AANBIEDER, Role.CONTRACTBEHEERDER})
    public InschrijvingDto get(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("inschrijvingId") String inschrijvingId) {
        return InschrijvingDto.of(find(currentUser.actor(), aanbestedingId, inschrijvingId));
    }

    /** Withdraws the provider's own bid, before the deadline. */
    @POST
    @Path("{inschrijvingId}/intrekking")
    @AllowedRoles(Role.AANBIEDER)
    public InschrijvingDto trekIn(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("inschrijvingId") String inschrijvingId) {
        Actor actor = currentUser.actor();
        Inschrijving i = find(actor, aanbestedingId, inschrijvingId);
        return InschrijvingDto.of(inschrijvingen.trekIn(actor, i.getId()));
    }

    /**
     * Records the quality scores of a bid (replacing earlier ones). The domain names an error by the
     * criterion's number; it is reported here under the list entry that holds that criterion.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{inschrijvingId}/kwaliteitsscores")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public InschrijvingDto scoor(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("inschrijvingId") String inschrijvingId,
            @NotNull(message = Messages.VERPLICHT) @Valid KwaliteitsscoresInvoer invoer) {
        Actor actor = currentUser.actor();
        Inschrijving i = find(actor, aanbestedingId, inschrijvingId);
        List<KwaliteitsscoresInvoer.ScoreInvoer> lijst = invoer.scores() == null ? List.of() : invoer.scores();
        FieldChecks checks = new FieldChecks();
        Map<Integer, BigDecimal> scores = new LinkedHashMap<>();
        Map<Integer, Integer> index = new LinkedHashMap<>();
        for (int n = 0; n < lijst.size(); n++) {
            KwaliteitsscoresInvoer.ScoreInvoer s = lijst.get(n);
            String veld = "scores[" + n + "]";
            if (s == null || s.criterium() == null) {
                checks.add(veld + ".criterium", "verplicht", "Dit veld is verplicht.");
            } else if (index.putIfAbsent(s.criterium(), n) != null) {
                checks.add(veld + ".criterium", "score.criterium-dubbel",
                        "Criterium " + s.criterium() + " heeft al een score.");
            } else {
                scores.put(s.criterium(), s.score());
            }
        }
        checks.throwIfAny();
        try {
            return InschrijvingDto.of(beoordeling.scoor(actor, i.getId(), scores));
        } catch (InvalidInputException e) {
            List<FieldError> errors = new ArrayList<>();
            for (FieldError fe : e.errors()) {
                errors.add(new FieldError(veldVan(fe, index), fe.code(), fe.message()));
            }
            throw new InvalidInputException(errors);
        }
    }

    /** {@code scores[3]} (criterion 3) as {@code scores[i].score} (its list entry; {@code .criterium} for an unknown one), or {@code scores} when absent. */
    private static String veldVan(FieldError fe, Map<Integer, Integer> index) {
        String domainField = fe.field();
        if (!domainField.startsWith("scores[")) {
            return domainField;
        }
        try {
            int criterium = Integer.parseInt(domainField.substring(7, domainField.indexOf(']')));
            Integer n = index.get(criterium);
            String deel = fe.code().equals("score.criterium-onbekend") ? ".criterium" : ".score";
            return n == null ? "scores" : "scores[" + n + "]" + deel;
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return "scores";
        }
    }

    private Inschrijving find(Actor actor, String aanbestedingId, String inschrijvingId) {
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long id = checks.optional("inschrijvingId", inschrijvingId, raw -> Params.id("inschrijvingId", raw));
        checks.throwIfAny();
        Inschrijving i = inschrijvingen.get(actor, id);
        if (!i.getAanbestedingId().equals(a)) {
            throw new NotFoundException("Inschrijving", id);
        }
        return i;
    }
}
