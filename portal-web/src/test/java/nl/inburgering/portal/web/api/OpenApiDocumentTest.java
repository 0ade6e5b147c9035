package nl.inburgering.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.web.api.aanbieders.AanbiederDto;
import nl.inburgering.portal.web.api.aanbieders.AanbiederInvoer;
import nl.inburgering.portal.web.api.aanbieders.KeurmerkInvoer;
import nl.inburgering.portal.web.api.aanbieders.KeurmerkPeriodeDto;
import nl.inburgering.portal.web.api.aanbestedingen.AanbestedingDto;
import nl.inburgering.portal.web.api.aanbestedingen.AanbestedingInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.AfhandelingInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.BezwaarDto;
import nl.inburgering.portal.web.api.aanbestedingen.BezwaarInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.ContractvoorwaardenDto;
import nl.inburgering.portal.web.api.aanbestedingen.GegundContractDto;
import nl.inburgering.portal.web.api.aanbestedingen.GunningDto;
import nl.inburgering.portal.web.api.aanbestedingen.GunningInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.GunningsberichtDto;
import nl.inburgering.portal.web.api.aanbestedingen.GunningsvoornemenDto;
import nl.inburgering.portal.web.api.aanbestedingen.InschrijvingDto;
import nl.inburgering.portal.web.api.aanbestedingen.InschrijvingInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.KwaliteitscriteriumDto;
import nl.inburgering.portal.web.api.aanbestedingen.KwaliteitsscoresInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.LotingDto;
import nl.inburgering.portal.web.api.aanbestedingen.LotingInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.PerceelDto;
import nl.inburgering.portal.web.api.aanbestedingen.PrijsonderdeelDto;
import nl.inburgering.portal.web.api.aanbestedingen.RangschikkingDto;
import nl.inburgering.portal.web.api.aanbestedingen.RedenInvoer;
import nl.inburgering.portal.web.api.aanbestedingen.VerlengingInvoer;
import nl.inburgering.portal.web.api.contracten.ContractDto;
import nl.inburgering.portal.web.api.contracten.ContractInvoer;
import nl.inburgering.portal.web.api.contracten.DoelaandeelInvoer;
import nl.inburgering.portal.web.api.contracten.TariefDto;
import nl.inburgering.portal.web.api.contracten.TariefInvoer;
import nl.inburgering.portal.web.api.gemeenten.GemeenteDto;
import nl.inburgering.portal.web.api.gemeenten.GemeenteInvoer;
import nl.inburgering.portal.web.api.openhouse.AanmeldingDto;
import nl.inburgering.portal.web.api.openhouse.AfwijzingInvoer;
import nl.inburgering.portal.web.api.openhouse.AntwoordDto;
import nl.inburgering.portal.web.api.openhouse.AntwoordInvoer;
import nl.inburgering.portal.web.api.openhouse.AntwoordenInvoer;
import nl.inburgering.portal.web.api.openhouse.BeeindigingDto;
import nl.inburgering.portal.web.api.openhouse.BeoordelingInvoer;
import nl.inburgering.portal.web.api.openhouse.BesluitInvoer;
import nl.inburgering.portal.web.api.openhouse.BewijsstukDto;
import nl.inburgering.portal.web.api.openhouse.EisBeoordelingInvoer;
import nl.inburgering.portal.web.api.openhouse.EisDto;
import nl.inburgering.portal.web.api.openhouse.EisInvoer;
import nl.inburgering.portal.web.api.openhouse.OpzeggingInvoer;
import nl.inburgering.portal.web.api.openhouse.ProcedureDto;
import nl.inburgering.portal.web.api.openhouse.ProcedureInvoer;
import nl.inburgering.portal.web.api.openhouse.RegistratieDto;
import nl.inburgering.portal.web.api.openhouse.RegistratieInvoer;
import nl.inburgering.portal.web.api.openhouse.VastTariefDto;
import nl.inburgering.portal.web.api.inburgeraars.InburgeraarDto;
import nl.inburgering.portal.web.api.inburgeraars.InburgeraarInvoer;
import nl.inburgering.portal.web.api.plaatsingen.AanbiederkeuzeInvoer;
import nl.inburgering.portal.web.api.plaatsingen.AcceptatieInvoer;
import nl.inburgering.portal.web.api.plaatsingen.BeeindigingInvoer;
import nl.inburgering.portal.web.api.plaatsingen.DatumInvoer;
import nl.inburgering.portal.web.api.plaatsingen.OnderbrekingDto;
import nl.inburgering.portal.web.api.plaatsingen.OnderbrekingInvoer;
import nl.inburgering.portal.web.api.plaatsingen.OverstapInvoer;
import nl.inburgering.portal.web.api.plaatsingen.PlaatsingDto;
import nl.inburgering.portal.web.api.plaatsingen.StatusWijzigingDto;
import nl.inburgering.portal.web.api.plaatsingen.VerwijzingInvoer;
import nl.inburgering.portal.web.api.plaatsingen.WeigeringInvoer;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.BevestigingInvoer;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.ContractBezettingDto;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.ToewijzingInvoer;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.ToewijzingsvoorstelDto;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.ToewijzingsvoorstelInvoer;
import nl.inburgering.portal.web.api.toewijzingsvoorstellen.VoorstelRegelDto;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document cannot drift from the code: its operations, parameters, bodies
 * and schemas are compared with the JAX-RS resources and the DTO records. (The API Design Rules
 * themselves are checked by {@code .ci/lint-openapi.sh}.)
 */
class OpenApiDocumentTest {

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            DELETE.class, PATCH.class, HEAD.class);

    /** Each record the API reads or writes, and the schema that documents it. */
    private static final Map<Class<? extends Record>, String> SCHEMAS = Map.ofEntries(
            Map.entry(InburgeraarDto.class, "Inburgeraar"),
            Map.entry(InburgeraarInvoer.class, "InburgeraarInvoer"),
            Map.entry(PlaatsingDto.class, "Plaatsing"),
            Map.entry(StatusWijzigingDto.class, "StatusWijziging"),
            Map.entry(OnderbrekingDto.class, "Onderbreking"),
            Map.entry(VerwijzingInvoer.class, "VerwijzingInvoer"),
            Map.entry(AcceptatieInvoer.class, "AcceptatieInvoer"),
            Map.entry(WeigeringInvoer.class, "WeigeringInvoer"),
            Map.entry(DatumInvoer.class, "PlaatsingDatumInvoer"),
            Map.entry(OnderbrekingInvoer.class, "OnderbrekingInvoer"),
            Map.entry(BeeindigingInvoer.class, "PlaatsingBeeindigingInvoer"),
            Map.entry(OverstapInvoer.class, "OverstapInvoer"),
            Map.entry(AanbiederkeuzeInvoer.class, "AanbiederkeuzeInvoer"),
            Map.entry(ToewijzingsvoorstelInvoer.class, "ToewijzingsvoorstelInvoer"),
            Map.entry(ToewijzingsvoorstelDto.class, "Toewijzingsvoorstel"),
            Map.entry(VoorstelRegelDto.class, "VoorstelRegel"),
            Map.entry(ContractBezettingDto.class, "ContractBezetting"),
            Map.entry(BevestigingInvoer.class, "BevestigingInvoer"),
            Map.entry(ToewijzingInvoer.class, "ToewijzingInvoer"),
            Map.entry(GemeenteDto.class, "Gemeente"),
            Map.entry(GemeenteInvoer.class, "GemeenteInvoer"),
            Map.entry(nl.inburgering.portal.web.api.gemeenten.AdresDto.class, "Adres"),
            Map.entry(nl.inburgering.portal.web.api.gemeenten.FactuurgegevensInvoer.class, "FactuurgegevensInvoer"),
            Map.entry(nl.inburgering.portal.web.api.gemeenten.FactuurgegevensInvoer.AdresInvoer.class, "AdresInvoer"),
            Map.entry(AanbiederDto.class, "Aanbieder"),
            Map.entry(AanbiederInvoer.class, "AanbiederInvoer"),
            Map.entry(KeurmerkPeriodeDto.class, "KeurmerkPeriode"),
            Map.entry(KeurmerkInvoer.class, "KeurmerkInvoer"),
            Map.entry(ContractDto.class, "Contract"),
            Map.entry(ContractInvoer.class, "ContractInvoer"),
            Map.entry(TariefDto.class, "Tarief"),
            Map.entry(TariefInvoer.class, "TariefInvoer"),
            Map.entry(DoelaandeelInvoer.class, "DoelaandeelInvoer"),
            Map.entry(Problem.class, "Problem"),
            Map.entry(Problem.InvalidParam.class, "InvalidParam"),
            Map.entry(Lijst.Links.class, "Links"),
            Map.entry(Lijst.Link.class, "Link"),
            Map.entry(AanbestedingDto.class, "Aanbesteding"),
            Map.entry(AanbestedingInvoer.class, "AanbestedingInvoer"),
            Map.entry(AanbestedingInvoer.CriteriumInvoer.class, "KwaliteitscriteriumInvoer"),
            Map.entry(AanbestedingInvoer.PerceelInvoer.class, "PerceelInvoer"),
            Map.entry(AanbestedingInvoer.PrijsonderdeelInvoer.class, "PrijsonderdeelInvoer"),
            Map.entry(AanbestedingInvoer.VoorwaardenInvoer.class, "ContractvoorwaardenInvoer"),
            Map.entry(KwaliteitscriteriumDto.class, "Kwaliteitscriterium"),
            Map.entry(PerceelDto.class, "Perceel"),
            Map.entry(PrijsonderdeelDto.class, "Prijsonderdeel"),
            Map.entry(ContractvoorwaardenDto.class, "Contractvoorwaarden"),
            Map.entry(RedenInvoer.class, "RedenInvoer"),
            Map.entry(nl.inburgering.portal.web.api.aanbestedingen.SluitingstijdVerlengingInvoer.class, "SluitingstijdVerlengingInvoer"),
            Map.entry(RangschikkingDto.class, "Rangschikking"),
            Map.entry(RangschikkingDto.Regel.class, "RangschikkingRegel"),
            Map.entry(RangschikkingDto.Punten.class, "CriteriumPunten"),
            Map.entry(LotingInvoer.class, "LotingInvoer"),
            Map.entry(LotingDto.class, "Loting"),
            Map.entry(InschrijvingDto.class, "Inschrijving"),
            Map.entry(InschrijvingDto.Prijs.class, "OnderdeelPrijs"),
            Map.entry(InschrijvingDto.Score.class, "Kwaliteitsscore"),
            Map.entry(InschrijvingInvoer.class, "InschrijvingInvoer"),
            Map.entry(InschrijvingInvoer.PrijsInvoer.class, "OnderdeelPrijsInvoer"),
            Map.entry(KwaliteitsscoresInvoer.class, "KwaliteitsscoresInvoer"),
            Map.entry(KwaliteitsscoresInvoer.ScoreInvoer.class, "KwaliteitsscoreInvoer"),
            Map.entry(GunningsvoornemenDto.class, "Gunningsvoornemen"),
            Map.entry(GunningsberichtDto.class, "Gunningsbericht"),
            Map.entry(GunningsberichtDto.Score.class, "BerichtScore"),
            Map.entry(GunningsberichtDto.Winnaar.class, "WinnendeInschrijving"),
            Map.entry(BezwaarDto.class, "Bezwaar"),
            Map.entry(BezwaarInvoer.class, "BezwaarInvoer"),
            Map.entry(AfhandelingInvoer.class, "AfhandelingInvoer"),
            Map.entry(GunningDto.class, "Gunning"),
            Map.entry(GunningInvoer.class, "GunningInvoer"),
            Map.entry(GegundContractDto.class, "GegundContract"),
            Map.entry(GegundContractDto.VerlengingDto.class, "Verlenging"),
            Map.entry(VerlengingInvoer.class, "VerlengingInvoer"),
            Map.entry(ProcedureDto.class, "OpenHouseProcedure"),
            Map.entry(ProcedureInvoer.class, "OpenHouseProcedureInvoer"),
            Map.entry(EisDto.class, "Eis"),
            Map.entry(EisInvoer.class, "EisInvoer"),
            Map.entry(VastTariefDto.class, "VastTarief"),
            Map.entry(AanmeldingDto.class, "Aanmelding"),
            Map.entry(AntwoordDto.class, "Antwoord"),
            Map.entry(BewijsstukDto.class, "Bewijsstuk"),
            Map.entry(AntwoordInvoer.class, "AntwoordInvoer"),
            Map.entry(AntwoordenInvoer.class, "AanmeldingInvoer"),
            Map.entry(EisBeoordelingInvoer.class, "EisBeoordelingInvoer"),
            Map.entry(BeoordelingInvoer.class, "BeoordelingInvoer"),
            Map.entry(BesluitInvoer.class, "BesluitInvoer"),
            Map.entry(OpzeggingInvoer.class, "OpzeggingInvoer"),
            Map.entry(BeeindigingDto.class, "Beeindiging"),
            Map.entry(RegistratieDto.class, "AanbiederRegistratie"),
            Map.entry(RegistratieInvoer.class, "AanbiederRegistratieInvoer"),
            Map.entry(AfwijzingInvoer.class, "AfwijzingInvoer"),
            // settlement (issue 7)
            Map.entry(nl.inburgering.portal.web.api.afrekeningen.AfrekeningDto.class, "Afrekening"),
            Map.entry(nl.inburgering.portal.web.api.afrekeningen.AfrekeningInvoer.class, "AfrekeningInvoer"),
            Map.entry(nl.inburgering.portal.web.api.facturen.FactuurDto.class, "Factuur"),
            Map.entry(nl.inburgering.portal.web.api.facturen.FactuurDto.AandeelDto.class, "FactuurAandeel"),
            Map.entry(nl.inburgering.portal.web.api.facturen.FactuurregelDto.class, "Factuurregel"),
            Map.entry(nl.inburgering.portal.web.api.facturen.IndieningInvoer.class, "IndieningInvoer"),
            Map.entry(nl.inburgering.portal.web.api.facturen.RegelAfkeuringInvoer.class, "RegelAfkeuringInvoer"),
            Map.entry(nl.inburgering.portal.web.api.facturen.AfkeuringInvoer.class, "FactuurAfkeuringInvoer"),
            Map.entry(nl.inburgering.portal.web.api.facturen.BetalingInvoer.class, "BetalingInvoer"),
            Map.entry(nl.inburgering.portal.web.api.verrekenstaten.VerrekenstaatDto.class, "Verrekenstaat"),
            Map.entry(nl.inburgering.portal.web.api.verrekenstaten.VerrekenstaatDto.PostDto.class, "Verrekenstaatpost"),
            // reporting (issue 8)
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.class, "GemeenteRapportage"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.Inburgeraars.class, "RapportageInburgeraars"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.MaandKosten.class, "RapportageMaandKosten"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.AanbiederKosten.class, "RapportageAanbiederKosten"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.Aanwezigheid.class, "RapportageAanwezigheid"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.Examen.class, "RapportageExamen"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.GemeenteRapportageDto.Signalen.class, "RapportageSignalen"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.BudgetDto.class, "RapportageBudget"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.class, "RegioRapportage"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.Maandreeks.class, "RapportageMaandreeks"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.Bezetting.class, "RapportageBezetting"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.Keurmerk.class, "RapportageKeurmerk"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.EindigendContract.class, "RapportageEindigendContract"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.Standstill.class, "RapportageStandstill"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.RegioRapportageDto.TeBeoordelenFactuur.class, "RapportageTeBeoordelenFactuur"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.PrognoseDto.class, "Prognose"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.PrognoseDto.Routemix.class, "Routemix"),
            Map.entry(nl.inburgering.portal.web.api.rapportages.PrognoseDto.Regel.class, "PrognoseRegel"));

    private static final Pattern ROLE = Pattern.compile("\\b(" + Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.joining("|")) + ")\\b");

    private static JsonObject doc;
    private static Map<String, Method> operations;

    @BeforeAll
    static void load() throws IOException, URISyntaxException, ClassNotFoundException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream(OpenApiResource.DOCUMENT);
                JsonReader reader = Json.createReader(in)) {
            doc = reader.readObject();
        }
        operations = jaxRsOperations();
    }

    @Test
    void documentsExactlyTheOperationsTheResourcesServe() {
        Set<String> documented = new TreeSet<>();
        doc.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(k -> HTTP_METHODS.stream().anyMatch(m -> m.getSimpleName().equalsIgnoreCase(k)))
                .forEach(k -> documented.add(k.toUpperCase() + " " + path)));

        assertEquals(new TreeSet<>(operations.keySet()), documented);
        assertTrue(documented.size() >= 15, "the resources were found: " + documented);
    }

    @Test
    void parametersAndBodiesMatchTheResourceMethods() {
        operations.forEach((operation, method) -> {
            JsonObject op = operation(operation);
            Set<String> docPath = new TreeSet<>();
            Set<String> docQuery = new TreeSet<>();
            Set<String> docHeader = new TreeSet<>();
            List<JsonValue> params = op.containsKey("parameters") ? op.getJsonArray("parameters") : List.of();
            for (JsonValue p : params) {
                JsonObject param = resolve(p.asJsonObject());
                String in = param.getString("in");
                (in.equals("path") ? docPath : in.equals("header") ? docHeader : docQuery).add(param.getString("name"));
            }
            assertEquals(names(method, PathParam.class), docPath, operation + ": path parameters");
            assertEquals(names(method, QueryParam.class), docQuery, operation + ": query parameters");
            assertEquals(names(method, HeaderParam.class), docHeader, operation + ": header parameters");
            assertEquals(hasBody(method), op.containsKey("requestBody"), operation + ": request body");
        });
    }

    @Test
    void writeOperationsDocumentWhoMayCallThem() {
        operations.forEach((operation, method) -> {
            AllowedRoles roles = method.getAnnotation(AllowedRoles.class);
            JsonObject op = operation(operation);
            if (roles == null) {
                return;
            }
            assertTrue(op.getJsonObject("responses").containsKey("403"), operation + " documents 403");
            Set<String> named = new TreeSet<>();
            Matcher m = ROLE.matcher(op.getString("description", ""));
            while (m.find()) {
                named.add(m.group());
            }
            assertEquals(Arrays.stream(roles.value()).map(Role::name).collect(Collectors.toCollection(TreeSet::new)),
                    named, operation + ": the roles in the description");
        });
    }

    @Test
    void everyRecordHasItsSchemaWithTheSameFields() {
        JsonObject schemas = doc.getJsonObject("components").getJsonObject("schemas");
        SCHEMAS.forEach((type, name) -> {
            JsonObject schema = schemas.getJsonObject(name);
            assertNotNull(schema, "schema " + name);
            Set<String> fields = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fields, new TreeSet<>(schema.getJsonObject("properties").keySet()), name + " vs " + type);
        });
        Set<String> listFields = new TreeSet<>(
                schemas.getJsonObject("LijstBasis").getJsonObject("properties").keySet());
        listFields.add("resultaten");
        assertEquals(Arrays.stream(Lijst.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new)), listFields);
    }

    @Test
    void versionAndHeaderAreTheServers() {
        assertEquals(ApiVersionFilter.VERSION, doc.getJsonObject("info").getString("version"));
        assertEquals("/api/v1", doc.getJsonArray("servers").getJsonObject(0).getString("url"));
        for (String operation : operations.keySet()) {
            operation(operation).getJsonObject("responses").forEach((status, r) -> {
                if (status.startsWith("2")) {
                    JsonObject headers = resolve(r.asJsonObject()).getJsonObject("headers");
                    assertTrue(headers != null && headers.containsKey(ApiVersionFilter.HEADER),
                            operation + " " + status + " documents " + ApiVersionFilter.HEADER);
                }
            });
        }
    }

    private static JsonObject operation(String operation) {
        String[] parts = operation.split(" ", 2);
        JsonObject item = doc.getJsonObject("paths").getJsonObject(parts[1]);
        assertNotNull(item, "path " + parts[1]);
        JsonObject op = item.getJsonObject(parts[0].toLowerCase());
        assertNotNull(op, operation);
        return op;
    }

    private static JsonObject resolve(JsonObject o) {
        if (!o.containsKey("$ref")) {
            return o;
        }
        JsonValue v = doc;
        for (String segment : o.getString("$ref").substring(2).split("/")) {
            v = v.asJsonObject().get(segment);
        }
        return v.asJsonObject();
    }

    private static Set<String> names(Method m, Class<? extends Annotation> kind) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : m.getParameters()) {
            Annotation a = p.getAnnotation(kind);
            if (a instanceof PathParam pp) {
                names.add(pp.value());
            } else if (a instanceof QueryParam qp) {
                names.add(qp.value());
            } else if (a instanceof HeaderParam hp) {
                names.add(hp.value());
            }
        }
        return names;
    }

    private static boolean hasBody(Method m) {
        List<Class<? extends Annotation>> notBody = List.of(PathParam.class, QueryParam.class, HeaderParam.class,
                CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);
        return Arrays.stream(m.getParameters())
                .anyMatch(p -> notBody.stream().noneMatch(p::isAnnotationPresent));
    }

    /** "GET /aanbieders/{aanbiederId}" to method, for every resource class of the API package. */
    private static Map<String, Method> jaxRsOperations() throws IOException, URISyntaxException,
            ClassNotFoundException {
        Map<String, Method> ops = new TreeMap<>();
        for (Class<?> c : apiClasses()) {
            Path classPath = c.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method m : c.getMethods()) {
                for (Class<? extends Annotation> http : HTTP_METHODS) {
                    if (m.isAnnotationPresent(http)) {
                        Path methodPath = m.getAnnotation(Path.class);
                        String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                        Method previous = ops.put(http.getSimpleName() + " " + path, m);
                        assertEquals(null, previous, "one method per operation: " + path);
                    }
                }
            }
        }
        return ops;
    }

    private static String join(String... segments) {
        return "/" + Stream.of(segments)
                .map(s -> s.replaceAll("^/+|/+$", ""))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("/"));
    }

    private static List<Class<?>> apiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        String pkg = OpenApiResource.class.getPackageName();
        URL classesRoot = OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation();
        java.nio.file.Path root = Paths.get(classesRoot.toURI()).resolve(pkg.replace('.', '/'));
        assertTrue(Files.isDirectory(root), "main classes in a directory: " + root);
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String relative = root.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                classes.add(Class.forName(pkg + "." + relative.substring(0, relative.length() - ".class".length()),
                        false, OpenApiDocumentTest.class.getClassLoader()));
            }
        }
        return classes;
    }
}
