package nl.inburgering.portal.web.api.openhouse;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.OpenHouseSettings;
import nl.inburgering.portal.openhouse.aanmelding.Aanmelding;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingFilter;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingService;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingStatus;
import nl.inburgering.portal.openhouse.aanmelding.Antwoord;
import nl.inburgering.portal.openhouse.aanmelding.Bewijsstuk;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;
import nl.inburgering.portal.openhouse.aanmelding.PdfBewijs;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.MaxBodySize;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.api.PayloadTooLargeException;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * {@code /open-house-procedures/{procedureId}/aanmeldingen}: providers' applications (DESIGN.md,
 * "Open House procedure"). A provider writes a draft (answers and one PDF per condition), submits it
 * before the deadline and may withdraw after admission; the contract manager assesses each condition
 * and decides ({@code besluit}). A provider sees only its own applications, another's is 404; the
 * gemeenten and the administrator have no business here (403). Every refused request stores nothing.
 */
@Path("open-house-procedures/{procedureId}/aanmeldingen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AanmeldingenResource {

    /**
     * The largest body the evidence upload reads at all; the configured PDF limit
     * ({@code portal.openhouse.max-bewijs-bytes}, 5 MB) is checked below it, with that limit in the
     * answer.
     */
    static final long MAX_UPLOAD_BODY = 64L * 1024 * 1024;

    @Inject
    AanmeldingService aanmeldingen;

    @Inject
    ProcedureService procedures;

    @Inject
    OpenHouseSettings settings;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** A page of applications: the provider's own, or for the contract manager all, newest first. */
    @GET
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Lijst<AanmeldingDto> list(@PathParam("procedureId") String procedureId,
            @QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("status") String status) {
        FieldChecks checks = new FieldChecks();
        Long id = checks.convert("procedureId", procedureId, raw -> Params.id("procedureId", raw));
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        AanmeldingStatus s = checks.optional("status", status,
                raw -> Params.choice("status", raw, AanmeldingStatus.class));
        checks.throwIfAny();
        Actor actor = currentUser.actor();
        procedures.get(actor, id);
        AanmeldingFilter filter = new AanmeldingFilter(id, s, null, false);
        List<AanmeldingDto> rows = aanmeldingen.zoek(actor, filter, page.first(), page.paginaGrootte()).stream()
                .map(a -> dto(actor, a)).toList();
        return Lijst.paged(rows, aanmeldingen.tel(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{aanmeldingId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public AanmeldingDto get(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId) {
        Actor actor = currentUser.actor();
        return dto(actor, aanmelding(actor, procedureId, aanmeldingId));
    }

    /**
     * Starts a draft under the version in force, with an empty answer per condition. Refused after
     * the deadline, and while the provider has a running application for this procedure.
     */
    @POST
    @AllowedRoles(Role.AANBIEDER)
    public Response start(@PathParam("procedureId") String procedureId) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmeldingen.start(actor, Params.id("procedureId", procedureId));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(dto(actor, a))
                .build();
    }

    /** Saves answers in the draft; the conditions not listed keep their answer. */
    @PUT
    @Path("{aanmeldingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.AANBIEDER)
    public AanmeldingDto slaOp(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @NotNull(message = Messages.VERPLICHT) @Valid AntwoordenInvoer invoer) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        return dto(actor, aanmeldingen.slaOp(actor, a.getId(), invoer.gegevens()));
    }

    /**
     * Uploads the evidence of one condition as the raw PDF body, replacing an earlier file. Only a PDF
     * (checked by its content, not its name), of at most the configured size; the SHA-256 of the bytes
     * is stored with it.
     */
    @PUT
    @Path("{aanmeldingId}/eisen/{volgnummer}/bewijs")
    @Consumes(PdfBewijs.CONTENT_TYPE)
    @MaxBodySize(MAX_UPLOAD_BODY)
    @AllowedRoles(Role.AANBIEDER)
    public BewijsstukDto uploadBewijs(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @PathParam("volgnummer") String volgnummer,
            @QueryParam("bestandsnaam") String bestandsnaam,
            @Context HttpHeaders headers,
            InputStream body) {
        Actor actor = currentUser.actor();
        int eis = Params.number("volgnummer", volgnummer, 1, 1000, 1);
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        long max = settings.maxBewijsBytes();
        if (headers.getLength() > max) {
            throw new PayloadTooLargeException(max);
        }
        byte[] inhoud = read(body, max);
        String naam = bestandsnaam == null || bestandsnaam.isBlank() ? "bewijs-eis-" + eis + ".pdf" : bestandsnaam;
        BewijsstukInfo info = aanmeldingen.voegBewijsToe(actor, a.getId(), eis, naam, inhoud);
        return BewijsstukDto.of(info);
    }

    /** The evidence of one condition, as uploaded. */
    @GET
    @Path("{aanmeldingId}/eisen/{volgnummer}/bewijs")
    @Produces(PdfBewijs.CONTENT_TYPE)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public Response downloadBewijs(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @PathParam("volgnummer") String volgnummer) {
        Actor actor = currentUser.actor();
        int eis = Params.number("volgnummer", volgnummer, 1, 1000, 1);
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        Long bewijsstukId = a.getAntwoorden().stream().filter(x -> x.getEisVolgnummer() == eis)
                .map(Antwoord::getBewijsstukId).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new NotFoundException("Bewijs bij eis " + eis + " van aanmelding", a.getId()));
        Bewijsstuk b = aanmeldingen.download(actor, bewijsstukId);
        return Response.ok(b.getInhoud(), PdfBewijs.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\""
                        + b.getBestandsnaam().replaceAll("[^A-Za-z0-9._ -]", "_") + "\"")
                .build();
    }

    /**
     * Submits the draft: up to and including the deadline, under the version in force, with an answer
     * and a PDF for every mandatory condition (each missing one is named).
     */
    @POST
    @Path("{aanmeldingId}/indienen")
    @AllowedRoles(Role.AANBIEDER)
    public AanmeldingDto dienIn(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        return dto(actor, aanmeldingen.dienIn(actor, a.getId()));
    }

    /** Records the assessment of conditions: met or not, with a remark (required when not met). */
    @POST
    @Path("{aanmeldingId}/beoordeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanmeldingDto beoordeel(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @NotNull(message = Messages.VERPLICHT) @Valid BeoordelingInvoer invoer) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        return dto(actor, aanmeldingen.beoordeel(actor, a.getId(), invoer.gegevens()));
    }

    /**
     * Decides, once: TOEGELATEN (every mandatory condition met; for the onderwijsroute a WEB-recognised
     * institution with a BRIN/RIO code) creates the OPEN_HOUSE contract; AFGEWEZEN needs reasons.
     */
    @POST
    @Path("{aanmeldingId}/besluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public AanmeldingDto besluit(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @NotNull(message = Messages.VERPLICHT) @Valid BesluitInvoer invoer) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        if (invoer.besluit() == Besluit.TOEGELATEN) {
            if (invoer.redenen() != null && !invoer.redenen().isBlank()) {
                throw InvalidInputException.of("redenen", "besluit.redenen-bij-afwijzing",
                        "Redenen horen bij een afwijzing; laat ze weg bij TOEGELATEN.");
            }
            return dto(actor, aanmeldingen.laatToe(actor, a.getId()));
        }
        return dto(actor, aanmeldingen.wijsAf(actor, a.getId(), invoer.redenen()));
    }

    /**
     * The admitted provider withdraws (opzegging), or the contract manager registers its withdrawal;
     * the contract ends after the notice period, or on the later date asked for.
     */
    @POST
    @Path("{aanmeldingId}/opzegging")
    @Consumes(MediaType.APPLICATION_JSON)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.AANBIEDER})
    public AanmeldingDto zegOp(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId,
            @NotNull(message = Messages.VERPLICHT) @Valid OpzeggingInvoer invoer) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        return dto(actor, aanmeldingen.zegOp(actor, a.getId(), invoer.per()));
    }

    /** The contract manager ends the contract of a provider's withdrawal per its end date; once. */
    @POST
    @Path("{aanmeldingId}/opzegging-verwerking")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public BeeindigingDto verwerkOpzegging(@PathParam("procedureId") String procedureId,
            @PathParam("aanmeldingId") String aanmeldingId) {
        Actor actor = currentUser.actor();
        Aanmelding a = aanmelding(actor, procedureId, aanmeldingId);
        return BeeindigingDto.of(aanmeldingen.verwerkOpzegging(actor, a.getId()));
    }

    /** The application, if the actor may see it and it belongs to this procedure; otherwise 404. */
    private Aanmelding aanmelding(Actor actor, String procedureId, String aanmeldingId) {
        FieldChecks checks = new FieldChecks();
        Long p = checks.convert("procedureId", procedureId, raw -> Params.id("procedureId", raw));
        Long id = checks.convert("aanmeldingId", aanmeldingId, raw -> Params.id("aanmeldingId", raw));
        checks.throwIfAny();
        Aanmelding a = aanmeldingen.get(actor, id);
        if (!a.getProcedureId().equals(p)) {
            throw new NotFoundException("Aanmelding", id);
        }
        return a;
    }

    private AanmeldingDto dto(Actor actor, Aanmelding a) {
        return AanmeldingDto.of(a, aanmeldingen.bewijsstukken(actor, a.getId()));
    }

    /** Reads at most {@code max} bytes; a longer body is refused with the limit (413). */
    private static byte[] read(InputStream body, long max) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new PayloadTooLargeException(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
