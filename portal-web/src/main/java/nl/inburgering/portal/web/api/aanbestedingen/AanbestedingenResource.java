package nl.inburgering.portal.web.api.aanbestedingen;

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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingFilter;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.beoordeling.BeoordelingService;
import nl.inburgering.portal.tendering.beoordeling.Loting;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /aanbestedingen}: tenders with their lots, their life cycle and their evaluation
 * (DESIGN.md, "Tender"). Reading a published tender and its lots needs no token: an anonymous caller
 * sees exactly the public notices ({@link AanbestedingService#publiekeAankondiging}); drafts only the
 * contract manager. Bids are at {@code /aanbestedingen/{id}/inschrijvingen} and never public; the
 * award at {@code gunningsvoornemen}, {@code gunningsberichten}, {@code bezwaren} and {@code gunning}.
 */
@Path("aanbestedingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AanbestedingenResource {

    static final List<String> SORT_FIELDS = List.of("referentie", "titel", "sluitingstijd", "status");

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    InschrijvingService inschrijvingen;

    @Inject
    BeoordelingService beoordeling;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A page of tenders: for the contract manager all, drafts included; for everyone else the public notices. */
    @GET
    public Lijst<AanbestedingDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("zoekterm") String zoekterm,
            @QueryParam("status") String status,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        AanbestedingFilter filter = new AanbestedingFilter(
                checks.optional("zoekterm", zoekterm, raw -> Params.text("zoekterm", raw)),
                checks.optional("status", status, raw -> Params.choice("status", raw, AanbestedingStatus.class)));
        Params.Sort sort = sorteer == null || sorteer.isBlank() ? new Params.Sort("sluitingstijd", false)
                : checks.optional("sorteer", sorteer, raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, null));
        checks.throwIfAny();
        Optional<Actor> actor = currentUser.optionalActor();
        if (actor.isEmpty()) {
            List<Aanbesteding> all = publiek(filter, sort);
            List<AanbestedingDto> rows = all.stream().skip(page.first()).limit(page.paginaGrootte())
                    .map(a -> AanbestedingDto.of(a, null)).toList();
            return Lijst.paged(rows, all.size(), page, uriInfo);
        }
        List<AanbestedingDto> rows = aanbestedingen.search(actor.get(), filter, page.first(), page.paginaGrootte(),
                sort.field(), sort.ascending()).stream().map(a -> dto(actor.get(), a)).toList();
        return Lijst.paged(rows, aanbestedingen.count(actor.get(), filter), page, uriInfo);
    }

    @GET
    @Path("{aanbestedingId}")
    public AanbestedingDto get(@PathParam("aanbestedingId") String aanbestedingId) {
        long id = Params.id("aanbestedingId", aanbestedingId);
        Optional<Actor> actor = currentUser.optionalActor();
        return actor.isEmpty() ? AanbestedingDto.of(aanbestedingen.publiekeAankondiging(id), null)
                : dto(actor.get(), aanbestedingen.get(actor.get(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response create(@NotNull(message = Messages.VERPLICHT) @Valid AanbestedingInvoer invoer) {
        Actor actor = currentUser.actor();
        Aanbesteding a = metSluitingstijd(invoer, g -> aanbestedingen.create(actor, g));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(dto(actor, a))
                .build();
    }

    /** Replaces a draft; refused (409) once published. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbestedingId}")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto update(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid AanbestedingInvoer invoer) {
        long id = Params.id("aanbestedingId", aanbestedingId);
        Actor actor = currentUser.actor();
        return dto(actor, metSluitingstijd(invoer, g -> aanbestedingen.wijzig(actor, id, g)));
    }

    @POST
    @Path("{aanbestedingId}/publiceer")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto publiceer(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        return dto(actor, aanbestedingen.publiceer(actor, Params.id("aanbestedingId", aanbestedingId)));
    }

    /** Closes bidding at or after the deadline and opens the bids (keurmerk check of every bidder). */
    @POST
    @Path("{aanbestedingId}/sluiting")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto sluit(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        return dto(actor, inschrijvingen.sluitEnOpen(actor, Params.id("aanbestedingId", aanbestedingId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbestedingId}/intrekking")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto trekIn(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid RedenInvoer invoer) {
        Actor actor = currentUser.actor();
        return dto(actor, aanbestedingen.trekIn(actor, Params.id("aanbestedingId", aanbestedingId), invoer.reden()));
    }

    /**
     * Moves the bid deadline later while bidding is open, with a reason published on the notice. 409
     * for a draft or once the deadline has passed; every invalid field (a malformed, past or not later
     * deadline, a missing reason) at once as 400.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbestedingId}/sluitingstijd-verlenging")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto verlengSluitingstijd(@PathParam("aanbestedingId") String aanbestedingId,
            @NotNull(message = Messages.VERPLICHT) @Valid SluitingstijdVerlengingInvoer invoer) {
        long id = Params.id("aanbestedingId", aanbestedingId);
        Actor actor = currentUser.actor();
        FieldChecks tijd = new FieldChecks();
        LocalDateTime nieuw = tijd.optional("sluitingstijd", invoer.sluitingstijd(),
                raw -> Tijd.lokaal("sluitingstijd", raw));
        return dto(actor, metGeparseerdeSluitingstijd(tijd,
                () -> aanbestedingen.verlengSluitingstijd(actor, id, nieuw, invoer.reden())));
    }

    @GET
    @Path("{aanbestedingId}/percelen")
    public Lijst<PerceelDto> percelen(@PathParam("aanbestedingId") String aanbestedingId) {
        return Lijst.all(get(aanbestedingId).percelen(), uriInfo);
    }

    @GET
    @Path("{aanbestedingId}/percelen/{perceelId}")
    public PerceelDto perceel(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("perceelId") String perceelId) {
        AanbestedingDto a = get(aanbestedingId);
        long p = Params.id("perceelId", perceelId);
        return a.percelen().stream().filter(x -> x.id() == p).findFirst()
                .orElseThrow(() -> new NotFoundException("Perceel", p));
    }

    /** The BPKV table of a lot, once the bids are opened. */
    @GET
    @Path("{aanbestedingId}/percelen/{perceelId}/rangschikking")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public RangschikkingDto rangschikking(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("perceelId") String perceelId) {
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long p = checks.optional("perceelId", perceelId, raw -> Params.id("perceelId", raw));
        checks.throwIfAny();
        return RangschikkingDto.of(beoordeling.uitslag(currentUser.actor(), a, p));
    }

    /** Records a draw that decides a remaining tie on a lot. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("{aanbestedingId}/percelen/{perceelId}/lotingen")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public Response loting(@PathParam("aanbestedingId") String aanbestedingId,
            @PathParam("perceelId") String perceelId,
            @NotNull(message = Messages.VERPLICHT) @Valid LotingInvoer invoer) {
        FieldChecks checks = new FieldChecks();
        Long a = checks.optional("aanbestedingId", aanbestedingId, raw -> Params.id("aanbestedingId", raw));
        Long p = checks.optional("perceelId", perceelId, raw -> Params.id("perceelId", raw));
        checks.throwIfAny();
        Aanbesteding tender = aanbestedingen.get(currentUser.actor(), a);
        if (tender.perceel(p).isEmpty()) {
            throw new NotFoundException("Perceel", p);
        }
        Loting l = beoordeling.registreerLoting(currentUser.actor(), a, p, invoer.volgorde(), invoer.toelichting());
        return Response.status(Response.Status.CREATED).entity(LotingDto.of(l)).build();
    }

    /** Closes the evaluation: every valid bid scored and every tie drawn. */
    @POST
    @Path("{aanbestedingId}/beoordeling")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto rondBeoordelingAf(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        return dto(actor, beoordeling.rondAf(actor, Params.id("aanbestedingId", aanbestedingId)));
    }

    /** Reopens the evaluation before the award decision is sent. */
    @DELETE
    @Path("{aanbestedingId}/beoordeling")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanbestedingDto heropenBeoordeling(@PathParam("aanbestedingId") String aanbestedingId) {
        Actor actor = currentUser.actor();
        return dto(actor, beoordeling.heropen(actor, Params.id("aanbestedingId", aanbestedingId)));
    }

    private AanbestedingDto dto(Actor actor, Aanbesteding a) {
        Map<Long, Long> aantallen = actor.is(Role.CONTRACTBEHEERDER)
                ? inschrijvingen.aantalPerPerceel(actor, a.getId()) : null;
        return AanbestedingDto.of(a, aantallen);
    }

    /** The public notices, filtered and sorted as the list asks. */
    private List<Aanbesteding> publiek(AanbestedingFilter filter, Params.Sort sort) {
        String tekst = filter.tekst() == null ? null : filter.tekst().toLowerCase(Locale.ROOT);
        List<Aanbesteding> all = new ArrayList<>(aanbestedingen.publiekeAankondigingen().stream()
                .filter(a -> filter.status() == null || a.getStatus() == filter.status())
                .filter(a -> tekst == null || a.getReferentie().toLowerCase(Locale.ROOT).contains(tekst)
                        || a.getTitel().toLowerCase(Locale.ROOT).contains(tekst))
                .toList());
        Comparator<Aanbesteding> order = switch (sort.field()) {
            case "referentie" -> Comparator.comparing(Aanbesteding::getReferentie);
            case "titel" -> Comparator.comparing(Aanbesteding::getTitel);
            case "status" -> Comparator.comparing((Aanbesteding a) -> a.getStatus().name());
            default -> Comparator.comparing(Aanbesteding::getSluitingstijd);
        };
        order = order.thenComparing(Aanbesteding::getId);
        all.sort(sort.ascending() ? order : order.reversed());
        return all;
    }

    /**
     * Calls the service with the parsed deadline. A malformed deadline is reported together with the
     * domain's other errors (in place of its 'required' for the deadline), so every error comes at once.
     */
    private static Aanbesteding metSluitingstijd(AanbestedingInvoer invoer,
            Function<AanbestedingGegevens, Aanbesteding> call) {
        FieldChecks tijd = new FieldChecks();
        LocalDateTime deadline = tijd.optional("sluitingstijd", invoer.sluitingstijd(),
                raw -> Tijd.lokaal("sluitingstijd", raw));
        return metGeparseerdeSluitingstijd(tijd, () -> call.apply(invoer.gegevens(deadline)));
    }

    /**
     * Runs the call (which got null for a deadline that did not parse) and reports the parse error of
     * {@code tijd} with the domain's other field errors, in place of the domain's error on the deadline.
     * The domain's 409 wins: the state is checked before the input.
     */
    private static Aanbesteding metGeparseerdeSluitingstijd(FieldChecks tijd, Supplier<Aanbesteding> call) {
        try {
            Aanbesteding a = Velden.api(call);
            tijd.throwIfAny();
            return a;
        } catch (InvalidInputException e) {
            if (!tijd.hasErrors()) {
                throw e;
            }
            List<FieldError> all = new ArrayList<>(tijd.errors());
            e.errors().stream().filter(fe -> !fe.field().equals("sluitingstijd")).forEach(all::add);
            throw new InvalidInputException(all);
        }
    }
}
