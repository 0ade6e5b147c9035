package nl.inburgering.portal.web.api.presenties;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.attendance.CorrectieFilter;
import nl.inburgering.portal.contracts.attendance.CorrectieService;
import nl.inburgering.portal.contracts.attendance.CorrectieStatus;
import nl.inburgering.portal.contracts.attendance.CorrectieView;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieCsv;
import nl.inburgering.portal.contracts.attendance.PresentieFilter;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieService;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.JsonRecordReader;
import nl.inburgering.portal.web.api.JsonRecords;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.MaxBodySize;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /presenties}: attendance (DESIGN.md, "Presentie", "Bulk attendance"; issue 6). A provider submits
 * up to {@value PresentieService#MAX_PRESENTIES} records at once, as a JSON array or as {@code text/csv} with
 * the columns of {@link PresentieCsv}; the answer lists every record as GEACCEPTEERD, VERVANGEN or GEWEIGERD
 * with its rule code (P01-P12). A body that cannot be read as records (wrong JSON types, unknown fields,
 * invalid UTF-8, a CSV with a missing column, an unreadable cell or a formula) answers 400 and stores
 * nothing. With an {@code Idempotency-Key} a retry answers the first answer again, with header
 * {@value #REPLAYED}: true, and stores nothing.
 */
@Path("presenties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PresentiesResource {

    static final List<String> SORT_FIELDS = List.of("datum", "plaatsingId", "onderdeel", "gewijzigdOp");
    static final List<String> CORRECTIE_SORT_FIELDS = List.of("ingediendOp", "datum", "status", "maand");
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotency-Replayed";
    static final String CSV = "text/csv";
    /** 5,000 records of JSON fit in about 1 MB; 10 MB leaves room for whitespace and long CSV cells. */
    static final long MAX_BODY = 10L * 1024 * 1024;

    @Inject
    PresentieService presenties;

    @Inject
    CorrectieService correcties;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A page of the attendance the caller may see: a provider its own, a gemeente its inburgeraars'. */
    @GET
    public Lijst<PresentieDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("plaatsingId") String plaatsingId,
            @QueryParam("contractId") String contractId,
            @QueryParam("maand") String maand,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long plaatsing = checks.optional("plaatsingId", plaatsingId, raw -> Params.id("plaatsingId", raw));
        Long contract = checks.optional("contractId", contractId, raw -> Params.id("contractId", raw));
        YearMonth m = checks.optional("maand", maand, raw -> maand("maand", raw));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, SORT_FIELDS, "datum"));
        checks.throwIfAny();
        PresentieFilter filter = new PresentieFilter(plaatsing, contract, null, m == null ? null : m.atDay(1),
                m == null ? null : m.atEndOfMonth(), null, null);
        String sortField = sort == null ? "datum" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<PresentieDto> rows = presenties.zoek(currentUser.actor(), filter, page.first(), page.paginaGrootte(),
                sortField, ascending).stream().map(PresentieDto::of).toList();
        return Lijst.paged(rows, presenties.tel(currentUser.actor(), filter), page, uriInfo);
    }

    /** Submits attendance: a JSON array of records, or a CSV file. */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @AllowedRoles(Role.AANBIEDER)
    @MaxBodySize(MAX_BODY)
    public Response submit(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context HttpHeaders headers, byte[] body) {
        MediaType type = headers.getMediaType();
        boolean csv = type != null && type.isCompatible(MediaType.valueOf(CSV));
        PresentieAntwoordDto answer;
        if (csv) {
            PresentieCsv.Inlezing inlezing = PresentieCsv.lees(body == null ? new byte[0] : body);
            if (inlezing.heeftFouten()) {
                throw new InvalidInputException(inlezing.fouten());
            }
            PresentieAntwoord a = presenties.verwerk(currentUser.actor(), inlezing.geldig(), idempotencyKey);
            answer = PresentieAntwoordDto.of(a, inlezing::regelnummer);
        } else {
            List<PresentieInvoer> records = json(body);
            answer = PresentieAntwoordDto.of(presenties.verwerk(currentUser.actor(), records, idempotencyKey), null);
        }
        Response.ResponseBuilder rb = Response.ok(answer);
        if (answer.herhaald()) {
            rb.header(REPLAYED, "true");
        }
        return rb.build();
    }

    /** The CSV template: the header row, UTF-8 with byte order mark, semicolons (as Dutch Excel reads it). */
    @GET
    @Path("sjabloon")
    @Produces(CSV)
    public Response sjabloon() {
        return Response.ok(PresentieCsv.sjabloon(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"presentie-sjabloon.csv\"")
                .build();
    }

    /** Locks a month of a contract: from then on its attendance changes only by a correction request. */
    @POST
    @Path("maandafsluitingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.BEHEERDER})
    public MaandAfsluitingDto vergrendel(@NotNull(message = Messages.VERPLICHT) @Valid MaandAfsluitingInvoer invoer) {
        YearMonth m = maand("maand", invoer.maand());
        boolean nieuw = presenties.vergrendel(currentUser.actor(), invoer.contractId(), m);
        return new MaandAfsluitingDto(invoer.contractId(), m.toString(), nieuw);
    }

    // ---------------------------------------------------------------- correction requests

    /** A page of correction requests: a provider its own, the contract manager all. */
    @GET
    @Path("correctieverzoeken")
    public Lijst<CorrectieverzoekDto> correctieverzoeken(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("contractId") String contractId,
            @QueryParam("plaatsingId") String plaatsingId,
            @QueryParam("status") String status,
            @QueryParam("sorteer") String sorteer) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long contract = checks.optional("contractId", contractId, raw -> Params.id("contractId", raw));
        Long plaatsing = checks.optional("plaatsingId", plaatsingId, raw -> Params.id("plaatsingId", raw));
        CorrectieStatus st = checks.optional("status", status,
                raw -> Params.choice("status", raw, CorrectieStatus.class));
        Params.Sort sort = checks.optional("sorteer", sorteer,
                raw -> Params.Sort.parse("sorteer", raw, CORRECTIE_SORT_FIELDS, "ingediendOp"));
        checks.throwIfAny();
        CorrectieFilter filter = new CorrectieFilter(contract, plaatsing, st, null);
        String sortField = sort == null ? "ingediendOp" : sort.field();
        boolean ascending = sort != null && sort.ascending();
        List<CorrectieverzoekDto> rows = correcties.zoek(currentUser.actor(), filter, page.first(),
                page.paginaGrootte(), sortField, ascending).stream().map(CorrectieverzoekDto::of).toList();
        return Lijst.paged(rows, correcties.tel(currentUser.actor(), filter), page, uriInfo);
    }

    @GET
    @Path("correctieverzoeken/{correctieverzoekId}")
    public CorrectieverzoekDto correctieverzoek(@PathParam("correctieverzoekId") String correctieverzoekId) {
        return CorrectieverzoekDto.of(correcties.get(currentUser.actor(), Params.id("correctieverzoekId",
                correctieverzoekId)));
    }

    /** The provider proposes a change to attendance in a settled month, with a reason. */
    @POST
    @Path("correctieverzoeken")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public Response dienCorrectieIn(@NotNull(message = Messages.VERPLICHT) @Valid CorrectieverzoekInvoer invoer) {
        CorrectieView c = correcties.dienIn(currentUser.actor(), invoer.gegevens());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(c.id())).build())
                .entity(CorrectieverzoekDto.of(c))
                .build();
    }

    /** The contract manager approves: the record changes, and the next settlement picks it up. */
    @POST
    @Path("correctieverzoeken/{correctieverzoekId}/goedkeuring")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public CorrectieverzoekDto keurCorrectieGoed(@PathParam("correctieverzoekId") String correctieverzoekId,
            @NotNull(message = Messages.VERPLICHT) @Valid BeoordelingInvoer invoer) {
        return CorrectieverzoekDto.of(correcties.keurGoed(currentUser.actor(), Params.id("correctieverzoekId",
                correctieverzoekId), invoer.toelichting()));
    }

    /** The contract manager rejects, with a reason. */
    @POST
    @Path("correctieverzoeken/{correctieverzoekId}/afwijzing")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public CorrectieverzoekDto wijsCorrectieAf(@PathParam("correctieverzoekId") String correctieverzoekId,
            @NotNull(message = Messages.VERPLICHT) @Valid BeoordelingInvoer invoer) {
        return CorrectieverzoekDto.of(correcties.wijsAf(currentUser.actor(), Params.id("correctieverzoekId",
                correctieverzoekId), invoer.toelichting()));
    }

    // ---------------------------------------------------------------- parts

    /** The records of a JSON array body, each bound strictly; every wrong type or unknown field at once. */
    static List<PresentieInvoer> json(byte[] body) {
        if (body == null || body.length == 0) {
            throw InvalidInputException.of("body", "verplicht", "Stuur een JSON-array met presenties als body.");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("body", "json.codering", "De body is geen geldige UTF-8.");
        }
        JsonValue json = JsonRecordReader.parse(body);
        if (json.getValueType() != JsonValue.ValueType.ARRAY) {
            throw InvalidInputException.of("body", "json.array", "Stuur een JSON-array met presenties als body.");
        }
        List<JsonValue> items = json.asJsonArray();
        if (items.size() > PresentieService.MAX_PRESENTIES) {
            throw InvalidInputException.of("body", "te-veel", "Hoogstens " + PresentieService.MAX_PRESENTIES
                    + " presenties per verzoek.");
        }
        List<PresentieInvoer> records = new ArrayList<>(items.size());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonValue item = items.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new FieldError("[" + i + "]", "json.type", "Elke presentie is een JSON-object."));
                continue;
            }
            JsonRecords.Result<PresentieRecordInvoer> r = JsonRecords.bind(item, PresentieRecordInvoer.class);
            for (FieldError e : r.errors()) {
                errors.add(new FieldError("[" + i + "]." + e.field(), e.code(), e.message()));
            }
            if (r.ok()) {
                records.add(r.value().invoer());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return records;
    }

    static YearMonth maand(String name, String raw) {
        try {
            if (raw != null && raw.strip().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(raw.strip());
            }
        } catch (DateTimeParseException e) {
            // below
        }
        throw InvalidInputException.of(name, "maand", "Een maand als JJJJ-MM, bijvoorbeeld 2026-03.");
    }

}
