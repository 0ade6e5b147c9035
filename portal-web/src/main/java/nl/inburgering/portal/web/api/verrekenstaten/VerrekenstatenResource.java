package nl.inburgering.portal.web.api.verrekenstaten;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatDocument;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatFilter;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatService;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatUbl;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.web.api.AllowedRoles;
import nl.inburgering.portal.web.api.Lijst;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.settlement.VerrekenstaatCsv;
import nl.inburgering.portal.web.settlement.VerrekenstaatPdf;

/**
 * {@code /verrekenstaten}: each gemeente's monthly statement (issue 7, "Verrekenstaat"): what it owes the lead
 * municipality for its own inburgeraars. A gemeente sees only its own (another's is 404); the contract manager
 * all, and makes one definitive ({@code vaststelling}). Exports: {@code pdf} (for a person), {@code csv} (Dutch
 * Excel: semicolons, decimal comma, UTF-8 with BOM) and {@code ubl} (a UBL 2.1 invoice following SI-UBL 2.0 /
 * NLCIUS from the lead gemeente to the gemeente, parties by OIN).
 */
@Path("verrekenstaten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerrekenstatenResource {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv";
    static final String XML = "application/xml";

    @Inject
    VerrekenstaatService verrekenstaten;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @GET
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.GEMEENTE})
    public Lijst<VerrekenstaatDto> list(@QueryParam("pagina") String pagina,
            @QueryParam("paginaGrootte") String paginaGrootte,
            @QueryParam("gemeenteId") String gemeenteId,
            @QueryParam("maand") String maand,
            @QueryParam("status") String status) {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, pagina, paginaGrootte);
        Long gemeente = checks.optional("gemeenteId", gemeenteId, raw -> Params.id("gemeenteId", raw));
        YearMonth m = checks.optional("maand", maand, raw -> Params.month("maand", raw));
        Verrekenstaatstatus st = checks.optional("status", status,
                raw -> Params.choice("status", raw, Verrekenstaatstatus.class));
        checks.throwIfAny();
        VerrekenstaatFilter filter = new VerrekenstaatFilter(gemeente, m, st);
        Actor actor = currentUser.actor();
        List<VerrekenstaatDto> rows = verrekenstaten.zoek(actor, filter, page.first(), page.paginaGrootte()).stream()
                .map(v -> VerrekenstaatDto.of(v, null)).toList();
        return Lijst.paged(rows, verrekenstaten.tel(actor, filter), page, uriInfo);
    }

    @GET
    @Path("{verrekenstaatId}")
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.GEMEENTE})
    public VerrekenstaatDto get(@PathParam("verrekenstaatId") String verrekenstaatId) {
        Actor actor = currentUser.actor();
        long id = id(verrekenstaatId);
        return VerrekenstaatDto.of(verrekenstaten.get(actor, id), verrekenstaten.posten(actor, id));
    }

    /** The contract manager makes the statement definitive: its amounts are kept and the month is closed. */
    @POST
    @Path("{verrekenstaatId}/vaststelling")
    @AllowedRoles(Role.CONTRACTBEHEERDER)
    public VerrekenstaatDto stelVast(@PathParam("verrekenstaatId") String verrekenstaatId) {
        Actor actor = currentUser.actor();
        long id = id(verrekenstaatId);
        return VerrekenstaatDto.of(verrekenstaten.maakDefinitief(actor, id), verrekenstaten.posten(actor, id));
    }

    @GET
    @Path("{verrekenstaatId}/pdf")
    @Produces(PDF)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.GEMEENTE})
    public Response pdf(@PathParam("verrekenstaatId") String verrekenstaatId) {
        VerrekenstaatDocument d = verrekenstaten.document(currentUser.actor(), id(verrekenstaatId), "PDF");
        return bestand(VerrekenstaatPdf.pdf(d), PDF, d, "pdf");
    }

    @GET
    @Path("{verrekenstaatId}/csv")
    @Produces(CSV)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.GEMEENTE})
    public Response csv(@PathParam("verrekenstaatId") String verrekenstaatId) {
        VerrekenstaatDocument d = verrekenstaten.document(currentUser.actor(), id(verrekenstaatId), "CSV");
        return bestand(VerrekenstaatCsv.csv(d), CSV + "; charset=UTF-8", d, "csv");
    }

    @GET
    @Path("{verrekenstaatId}/ubl")
    @Produces(XML)
    @AllowedRoles({Role.CONTRACTBEHEERDER, Role.GEMEENTE})
    public Response ubl(@PathParam("verrekenstaatId") String verrekenstaatId) {
        VerrekenstaatDocument d = verrekenstaten.document(currentUser.actor(), id(verrekenstaatId), "UBL");
        return bestand(VerrekenstaatUbl.xml(d), XML, d, "xml");
    }

    private static Response bestand(byte[] inhoud, String type, VerrekenstaatDocument d, String extensie) {
        return Response.ok(inhoud, type)
                .header("Content-Disposition", "attachment; filename=\"" + d.staat().nummer() + "." + extensie + "\"")
                .build();
    }

    private static long id(String raw) {
        return Params.id("verrekenstaatId", raw);
    }
}
