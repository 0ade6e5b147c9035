package nl.inburgering.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Open House (issue 3) as its users meet it, on the real WAR against a real PostgreSQL with the
 * demo region: through the API the whole flow (publish, a new version, self-registration, approval
 * with the account, a draft with PDF evidence, submission, review, admission creating the contract
 * with the procedure's tariffs and gemeenten, withdrawal) and every refusal of the issue's bad input,
 * each with its clear message and nothing stored; then in the browser: the public pages, a provider
 * applying with a real PDF, the contract manager admitting, and the contract in the provider's list.
 * One class, so the container starts once; the tests run in order and share what they create.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class OpenHouseIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.now(NL);
    private static final String API = "/api/v1";
    private static final String PROCEDURES = API + "/open-house-procedures";

    /** A small but real PDF: header, one empty page, cross-reference table and trailer. */
    static final byte[] PDF = minimalPdf();

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static Browser browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // ---------------------------------------------------------------- set-up: tokens made in the portal

    @Test
    @Order(1)
    void theContractManagerAndAProviderMakeTheirApiTokensInThePortal() {
        TOKENS.put("contractbeheerder", tokenVia("contractbeheerder", PASSWORD));
        TOKENS.put("aanbieder.taalhuis", tokenVia("aanbieder.taalhuis", PASSWORD));
        JsonObject gemeenten = ok(http().get(API + "/gemeenten", manager()));
        for (JsonObject g : gemeenten.getJsonArray("resultaten").getValuesAs(JsonObject.class)) {
            IDS.put("gemeente." + g.getString("naam"), g.getJsonNumber("id").longValue());
        }
        assertNotNull(IDS.get("gemeente.Eemsdelta"));
        assertNotNull(IDS.get("gemeente.Het Hogeland"));
    }

    // ---------------------------------------------------------------- procedures: publish and version

    @Test
    @Order(10)
    void theContractManagerPublishesAProcedureThatEveryoneCanRead() {
        int publicBefore = http().get(PROCEDURES, null).json().getInt("totaal");

        Http.Response anonymous = http().post(PROCEDURES, null, "application/json", procedure("Onderwijsroute IT", 2));
        assertEquals(401, anonymous.status(), "only the contract manager creates: " + anonymous.body());
        Http.Response provider = http().post(PROCEDURES, TOKENS.get("aanbieder.taalhuis"), "application/json",
                procedure("Onderwijsroute IT", 2));
        assertEquals(403, provider.status(), provider.body());

        Http.Response created = http().post(PROCEDURES, manager(), "application/json",
                procedure("Onderwijsroute IT", 2));
        assertEquals(201, created.status(), created.body());
        JsonObject concept = created.json();
        long id = concept.getJsonNumber("id").longValue();
        IDS.put("procedure", id);
        assertEquals("CONCEPT", concept.getString("status"));
        assertEquals(END.minusDays(30).toString(), concept.getString("aanmelddeadline"),
                "default: 30 days before the end");

        assertEquals(404, http().get(PROCEDURES + "/" + id, null).status(), "a concept is not public");
        assertEquals(publicBefore, http().get(PROCEDURES, null).json().getInt("totaal"));

        JsonObject published = ok(http().post(PROCEDURES + "/" + id + "/publiceer", manager(), "application/json", ""));
        assertEquals("GEPUBLICEERD", published.getString("status"));
        assertEquals(1, published.getInt("versienummer"));
        Http.Response again = http().post(PROCEDURES + "/" + id + "/publiceer", manager(), "application/json", "");
        assertEquals(409, again.status(), again.body());

        JsonObject publicView = ok(http().get(PROCEDURES + "/" + id, null));
        assertEquals("Onderwijsroute IT", publicView.getString("titel"));
        assertEquals(2, publicView.getJsonArray("eisen").size());
        assertEquals("9500.00", publicView.getJsonArray("tarieven").getJsonObject(0).getString("bedrag"));
        assertTrue(publicView.getBoolean("aanmeldenOpen"));
        assertEquals(publicBefore + 1, http().get(PROCEDURES, null).json().getInt("totaal"));
    }

    @Test
    @Order(11)
    void changingAPublishedProcedurePublishesANewVersionAndKeepsTheOldOneReadable() {
        long id = IDS.get("procedure");
        JsonObject v2 = ok(http().put(PROCEDURES + "/" + id, manager(), "application/json",
                procedure("Onderwijsroute IT", 3)));
        assertEquals(2, v2.getInt("versienummer"));
        assertEquals("[1,2]", v2.getJsonArray("versies").toString());
        assertEquals(3, v2.getJsonArray("eisen").size());

        JsonObject v1 = ok(http().get(PROCEDURES + "/" + id + "?versie=1", null));
        assertEquals(2, v1.getJsonArray("eisen").size(), "version 1 keeps its conditions");
        assertEquals(3, ok(http().get(PROCEDURES + "/" + id, null)).getJsonArray("eisen").size());

        JsonObject same = ok(http().put(PROCEDURES + "/" + id, manager(), "application/json",
                procedure("Onderwijsroute IT", 3)));
        assertEquals(2, same.getInt("versienummer"), "unchanged terms make no version");
    }

    @Test
    @Order(12)
    void aProcedureWhoseDeadlineHasPassedCannotBePublished() {
        LocalDate start = TODAY.minusDays(60);
        String body = procedure("Verlopen procedure IT", 1, start, TODAY.plusDays(30), TODAY.minusDays(1));
        JsonObject concept = created(http().post(PROCEDURES, manager(), "application/json", body));
        long id = concept.getJsonNumber("id").longValue();
        Http.Response refused = http().post(PROCEDURES + "/" + id + "/publiceer", manager(), "application/json", "");
        assertEquals(400, refused.status(), refused.body());
        assertInvalid(refused, "aanmelddeadline", "al voorbij");
        assertEquals(404, http().get(PROCEDURES + "/" + id, null).status(), "nothing was published");
        assertEquals("CONCEPT", ok(http().get(PROCEDURES + "/" + id, manager())).getString("status"));
    }

    // ---------------------------------------------------------------- self-registration and approval

    @Test
    @Order(20)
    void aProviderRegistersWithoutLoginAndItsAccountWorksOnlyAfterApproval() {
        int before = ok(http().get(API + "/aanbieder-registraties", manager())).getInt("totaal");
        Http.Response invalid = http().post(API + "/aanbieder-registraties", null, "application/json", """
                {"naam": "", "kvkNummer": "12", "soort": "ONDERWIJSINSTELLING", "iban": "NL00BANK0123",
                 "contactNaam": "Jan", "contactEmail": "geen-adres", "gebruikersnaam": "contractbeheerder",
                 "wachtwoord": "kort"}""");
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.contentType().startsWith("application/problem+json"));
        Set<String> fields = invalidFields(invalid);
        assertTrue(fields.containsAll(Set.of("naam", "kvkNummer", "brinCode", "iban", "contactEmail", "gebruikersnaam",
                "wachtwoord")), fields.toString());
        assertEquals(before, ok(http().get(API + "/aanbieder-registraties", manager())).getInt("totaal"),
                "a refused registration stores nothing");

        IDS.put("registratie.zuiderzee", register("Zuiderzee College IT", "73219046", "31ZZ", true, "zuiderzee.it"));
        IDS.put("registratie.vko", register("Veenkoloniaal Opleidingscentrum IT", "73219047", "32VK", false, "vko.it"));
        Http.Response dubbel = http().post(API + "/aanbieder-registraties", null, "application/json",
                registration("Zuiderzee College IT", "73219046", "31ZZ", true, "zuiderzee2.it"));
        assertEquals(400, dubbel.status(), "a second request for the same KvK number: " + dubbel.body());

        Browser b = browser();
        b.logout();
        b.open("/login.xhtml");
        b.type("login:gebruikersnaam", "zuiderzee.it");
        b.type("login:wachtwoord", "Zuiderzee-Wachtwoord-2026");
        b.click("login:inloggen");
        b.waitForText("Onjuiste gebruikersnaam of wachtwoord");

        for (String key : List.of("registratie.zuiderzee", "registratie.vko")) {
            Http.Response forbidden = http().post(API + "/aanbieder-registraties/" + IDS.get(key) + "/goedkeuring",
                    TOKENS.get("aanbieder.taalhuis"), "application/json", "");
            assertEquals(403, forbidden.status(), forbidden.body());
            JsonObject approved = ok(http().post(API + "/aanbieder-registraties/" + IDS.get(key) + "/goedkeuring",
                    manager(), "application/json", ""));
            assertEquals("GOEDGEKEURD", approved.getString("status"));
            IDS.put(key.replace("registratie", "aanbieder"), approved.getJsonNumber("aanbiederId").longValue());
        }
        Http.Response twice = http().post(API + "/aanbieder-registraties/" + IDS.get("registratie.zuiderzee")
                + "/goedkeuring", manager(), "application/json", "");
        assertEquals(409, twice.status(), twice.body());

        TOKENS.put("zuiderzee", tokenVia("zuiderzee.it", "Zuiderzee-Wachtwoord-2026"));
        TOKENS.put("vko", tokenVia("vko.it", "Zuiderzee-Wachtwoord-2026"));
        JsonObject self = ok(http().get(API + "/aanbieders", TOKENS.get("zuiderzee")));
        assertEquals(1, self.getInt("totaal"));
        assertEquals("31ZZ", self.getJsonArray("resultaten").getJsonObject(0).getString("brinCode"));
    }

    // ---------------------------------------------------------------- application: draft, evidence, submission

    @Test
    @Order(30)
    void theProviderWritesADraftWithPdfEvidenceAndEveryBadUploadIsRefusedWithNothingStored() {
        String token = TOKENS.get("zuiderzee");
        JsonObject draft = created(http().post(aanmeldingen(), token, "application/json", ""));
        long id = draft.getJsonNumber("id").longValue();
        IDS.put("aanmelding.zuiderzee", id);
        assertEquals("CONCEPT", draft.getString("status"));
        assertEquals(2, draft.getInt("versienummer"), "made under the version in force");

        Http.Response second = http().post(aanmeldingen(), token, "application/json", "");
        assertEquals(409, second.status(), "one running application per procedure: " + second.body());

        ok(http().put(aanmeldingen() + "/" + id, token, "application/json", """
                {"antwoorden": [{"eisVolgnummer": 1, "tekst": "Erkend sinds 2015, BRIN 31ZZ."},
                                {"eisVolgnummer": 2, "tekst": "Sinds 2016 schakeltrajecten."},
                                {"eisVolgnummer": 3, "tekst": "Locaties in Eemsdelta en Het Hogeland."}]}"""));

        Http.Response missingEvidence = http().post(aanmeldingen() + "/" + id + "/indienen", token,
                "application/json", "");
        assertEquals(400, missingEvidence.status(), missingEvidence.body());
        assertInvalid(missingEvidence, "antwoorden[0].bewijs", "Voeg bewijs (pdf) toe bij verplichte eis 1");
        assertEquals("CONCEPT", aanmelding(id, token).getString("status"), "not submitted");

        Binary notPdf = put(aanmeldingen() + "/" + id + "/eisen/1/bewijs?bestandsnaam=erkenning.pdf", token,
                "application/pdf", "Dit is een Word-document met de extensie pdf.".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, notPdf.status(), notPdf.text());
        assertTrue(notPdf.text().contains("geen pdf"), notPdf.text());
        assertFalse(aanmelding(id, token).getJsonArray("antwoorden").getJsonObject(0).containsKey("bewijs"),
                "a refused file is not stored");

        byte[] tooLarge = new byte[6 * 1024 * 1024];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);
        Binary oversized = put(aanmeldingen() + "/" + id + "/eisen/1/bewijs", token, "application/pdf", tooLarge);
        assertEquals(413, oversized.status(), oversized.text());
        assertTrue(oversized.text().contains("5 MB"), "the limit is named: " + oversized.text());
        assertFalse(aanmelding(id, token).getJsonArray("antwoorden").getJsonObject(0).containsKey("bewijs"));

        Binary wrongType = put(aanmeldingen() + "/" + id + "/eisen/1/bewijs", token, "text/plain", PDF);
        assertEquals(415, wrongType.status(), wrongType.text());

        Binary stored = put(aanmeldingen() + "/" + id + "/eisen/1/bewijs?bestandsnaam=erkenningsbesluit.pdf", token,
                "application/pdf", PDF);
        assertEquals(200, stored.status(), stored.text());
        assertTrue(stored.text().contains("\"sha256\":\"" + sha256(PDF) + "\""), "checksum stored: " + stored.text());

        JsonObject submitted = ok(http().post(aanmeldingen() + "/" + id + "/indienen", token, "application/json", ""));
        assertEquals("INGEDIEND", submitted.getString("status"));
        Http.Response changeAfter = http().put(aanmeldingen() + "/" + id, token, "application/json",
                "{\"antwoorden\": [{\"eisVolgnummer\": 1, \"tekst\": \"anders\"}]}");
        assertEquals(409, changeAfter.status(), changeAfter.body());

        Binary download = get(aanmeldingen() + "/" + id + "/eisen/1/bewijs", manager());
        assertEquals(200, download.status());
        assertArrayEquals(PDF, download.bytes(), "the contract manager downloads exactly what was sent");
        assertEquals(404, http().get(aanmeldingen() + "/" + id, TOKENS.get("aanbieder.taalhuis")).status(),
                "another provider's application does not exist for it");
    }

    // ---------------------------------------------------------------- review and decision

    @Test
    @Order(40)
    void theContractManagerReviewsAndAdmitsAndTheContractHasTheProceduresTermsOnce() {
        long id = IDS.get("aanmelding.zuiderzee");
        long aanbieder = IDS.get("aanbieder.zuiderzee");
        Http.Response noRemark = http().post(aanmeldingen() + "/" + id + "/beoordeling", manager(), "application/json",
                "{\"beoordelingen\": [{\"eisVolgnummer\": 1, \"voldaan\": false}]}");
        assertEquals(400, noRemark.status(), noRemark.body());
        assertInvalid(noRemark, "beoordelingen[0].opmerking", "Licht toe waarom");
        assertFalse(aanmelding(id, manager()).getJsonArray("antwoorden").getJsonObject(0).containsKey("voldaan"));
        Http.Response byProvider = http().post(aanmeldingen() + "/" + id + "/beoordeling", TOKENS.get("zuiderzee"),
                "application/json", "{\"beoordelingen\": [{\"eisVolgnummer\": 1, \"voldaan\": true}]}");
        assertEquals(403, byProvider.status());

        ok(http().post(aanmeldingen() + "/" + id + "/beoordeling", manager(), "application/json", """
                {"beoordelingen": [{"eisVolgnummer": 1, "voldaan": true, "opmerking": "Gecontroleerd in RIO."},
                                   {"eisVolgnummer": 2, "voldaan": true}, {"eisVolgnummer": 3, "voldaan": true}]}"""));
        assertEquals(0, contractsOf(aanbieder));

        JsonObject admitted = ok(http().post(aanmeldingen() + "/" + id + "/besluit", manager(), "application/json",
                "{\"besluit\": \"TOEGELATEN\"}"));
        assertEquals("TOEGELATEN", admitted.getString("status"));
        assertEquals(TODAY.toString(), admitted.getString("besluitdatum"));
        long contractId = admitted.getJsonNumber("contractId").longValue();
        IDS.put("contract.zuiderzee", contractId);
        assertTrue(admitted.getString("contractNummer").startsWith("OH-" + TODAY.getYear() + "-"));

        JsonObject contract = ok(http().get(API + "/contracten/" + contractId, TOKENS.get("zuiderzee")));
        assertEquals("OPEN_HOUSE", contract.getString("herkomst"));
        assertEquals(aanbieder, contract.getJsonNumber("aanbiederId").longValue());
        assertEquals("[\"ONDERWIJSROUTE\"]", contract.getJsonArray("leerroutes").toString());
        assertEquals(Set.of(IDS.get("gemeente.Eemsdelta"), IDS.get("gemeente.Het Hogeland")),
                contract.getJsonArray("gemeenteIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                        .map(jakarta.json.JsonNumber::longValue).collect(Collectors.toSet()));
        assertEquals(TODAY.toString(), contract.getString("startdatum"), "starts on the decision date");
        assertEquals(END.toString(), contract.getString("einddatum"), "ends with the procedure");
        assertTrue(contract.getString("herkomstReferentie").contains("versie 2"), contract.toString());

        JsonObject tarieven = ok(http().get(API + "/contracten/" + contractId + "/tarieven", TOKENS.get("zuiderzee")));
        assertEquals(1, tarieven.getInt("totaal"));
        JsonObject tarief = tarieven.getJsonArray("resultaten").getJsonObject(0);
        assertEquals("TRAJECT", tarief.getString("betaalmodel"));
        assertEquals("9500.00", tarief.getString("bedrag"));
        JsonObject mijlpalen = tarief.getJsonObject("mijlpalen");
        assertEquals(40, mijlpalen.getJsonNumber("START").intValue());
        assertEquals(40, mijlpalen.getJsonNumber("HALVERWEGE").intValue());
        assertEquals(20, mijlpalen.getJsonNumber("AFRONDING").intValue());

        for (String besluit : List.of("{\"besluit\": \"TOEGELATEN\"}",
                "{\"besluit\": \"AFGEWEZEN\", \"redenen\": \"Toch niet.\"}")) {
            Http.Response second = http().post(aanmeldingen() + "/" + id + "/besluit", manager(), "application/json",
                    besluit);
            assertEquals(409, second.status(), second.body());
            assertTrue(second.json().getString("detail").contains("al besloten"), second.body());
        }
        assertEquals(1, contractsOf(aanbieder), "a second decision stores nothing");
        assertEquals("TOEGELATEN", aanmelding(id, manager()).getString("status"));
    }

    @Test
    @Order(41)
    void aProviderWithoutWebRecognitionIsNotAdmittedAndNothingIsStored() {
        String token = TOKENS.get("vko");
        long aanbieder = IDS.get("aanbieder.vko");
        long id = created(http().post(aanmeldingen(), token, "application/json", "")).getJsonNumber("id").longValue();
        ok(http().put(aanmeldingen() + "/" + id, token, "application/json",
                "{\"antwoorden\": [{\"eisVolgnummer\": 1, \"tekst\": \"Erkenning is aangevraagd.\"}]}"));
        assertEquals(200, put(aanmeldingen() + "/" + id + "/eisen/1/bewijs", token, "application/pdf", PDF).status());
        ok(http().post(aanmeldingen() + "/" + id + "/indienen", token, "application/json", ""));
        ok(http().post(aanmeldingen() + "/" + id + "/beoordeling", manager(), "application/json",
                "{\"beoordelingen\": [{\"eisVolgnummer\": 1, \"voldaan\": true}]}"));

        Http.Response refused = http().post(aanmeldingen() + "/" + id + "/besluit", manager(), "application/json",
                "{\"besluit\": \"TOEGELATEN\"}");
        assertEquals(400, refused.status(), refused.body());
        assertInvalid(refused, "aanbieder", "niet erkend op grond van de WEB");
        assertEquals("INGEDIEND", aanmelding(id, manager()).getString("status"), "no decision stored");
        assertEquals(0, contractsOf(aanbieder), "no contract created");

        Http.Response noReasons = http().post(aanmeldingen() + "/" + id + "/besluit", manager(), "application/json",
                "{\"besluit\": \"AFGEWEZEN\"}");
        assertEquals(400, noReasons.status(), noReasons.body());
        assertInvalid(noReasons, "redenen", "");
        JsonObject rejected = ok(http().post(aanmeldingen() + "/" + id + "/besluit", manager(), "application/json",
                "{\"besluit\": \"AFGEWEZEN\", \"redenen\": \"Zonder WEB-erkenning geen onderwijsroute.\"}"));
        assertEquals("AFGEWEZEN", rejected.getString("status"));
        IDS.put("aanmelding.vko", id);
    }

    // ---------------------------------------------------------------- the deadline

    @Test
    @Order(50)
    void afterTheDeadlineApplyingAndSubmittingAreRefusedWithTheDate() throws SQLException {
        LocalDate start = TODAY.minusDays(20);
        long id = created(http().post(PROCEDURES, manager(), "application/json",
                procedure("Korte procedure IT", 1, start, TODAY.plusDays(60), TODAY.plusDays(5))))
                .getJsonNumber("id").longValue();
        ok(http().post(PROCEDURES + "/" + id + "/publiceer", manager(), "application/json", ""));
        String path = PROCEDURES + "/" + id + "/aanmeldingen";
        long draft = created(http().post(path, TOKENS.get("zuiderzee"), "application/json", ""))
                .getJsonNumber("id").longValue();

        // time passes: the deadline lies behind us (moved in the database, as only a clock could)
        LocalDate deadline = TODAY.minusDays(1);
        sql("update procedure_versie set aanmelddeadline = date '" + deadline + "' where procedure_id = " + id);
        String expected = "tot en met " + deadline.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.forLanguageTag("nl-NL")));

        Http.Response late = http().post(path, TOKENS.get("vko"), "application/json", "");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.json().getString("detail").contains("verstreken") && late.body().contains(expected),
                late.body());
        assertEquals(1, ok(http().get(path, manager())).getInt("totaal"), "no application was stored");

        Http.Response lateSubmit = http().post(path + "/" + draft + "/indienen", TOKENS.get("zuiderzee"),
                "application/json", "");
        assertEquals(409, lateSubmit.status(), lateSubmit.body());
        assertTrue(lateSubmit.body().contains(expected), lateSubmit.body());
        assertEquals("CONCEPT", ok(http().get(path + "/" + draft, TOKENS.get("zuiderzee"))).getString("status"));
        assertFalse(ok(http().get(PROCEDURES + "/" + id, null)).getBoolean("aanmeldenOpen"));
    }

    // ---------------------------------------------------------------- withdrawal

    @Test
    @Order(60)
    void theAdmittedProviderWithdrawsAndTheContractEndsAfterTheNoticePeriod() {
        long id = IDS.get("aanmelding.zuiderzee");
        long contractId = IDS.get("contract.zuiderzee");
        JsonObject withdrawn = ok(http().post(aanmeldingen() + "/" + id + "/opzegging", TOKENS.get("zuiderzee"),
                "application/json", "{}"));
        assertEquals("OPGEZEGD", withdrawn.getString("status"));
        LocalDate end = TODAY.plusMonths(3);
        assertEquals(end.toString(), withdrawn.getString("opzeggingEinddatum"), "3 months' notice");
        assertFalse(withdrawn.getBoolean("opzeggingVerwerkt"));
        Http.Response twice = http().post(aanmeldingen() + "/" + id + "/opzegging", TOKENS.get("zuiderzee"),
                "application/json", "{}");
        assertEquals(409, twice.status(), twice.body());

        JsonObject processed = ok(http().post(aanmeldingen() + "/" + id + "/opzegging-verwerking", manager(),
                "application/json", ""));
        assertTrue(processed.getBoolean("verwerkt"));
        JsonObject contract = ok(http().get(API + "/contracten/" + contractId, TOKENS.get("zuiderzee")));
        assertEquals(end.toString(), contract.getString("einddatum"));
        assertEquals("BEEINDIGD", contract.getString("status"));
    }

    @Test
    @Order(61)
    void everyDecisionAndChangeIsInTheAuditLog() throws SQLException {
        Map<String, String> lines = new HashMap<>();
        try (var c = DriverManager.getConnection(db().url(), db().user(), db().password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select actie, entiteit, gebruiker, samenvatting from audit_regel"
                        + " where entiteit in ('OpenHouseProcedure', 'Aanmelding', 'Registratie', 'Gebruiker',"
                        + " 'Contract', 'Bericht', 'Bewijsstuk') order by id")) {
            while (rs.next()) {
                lines.merge(rs.getString(2) + " " + rs.getString(1), rs.getString(3) + ": " + rs.getString(4),
                        (a, b) -> a + " | " + b);
            }
        }
        for (String expected : List.of("OpenHouseProcedure AANGEMAAKT", "OpenHouseProcedure GEPUBLICEERD",
                "OpenHouseProcedure NIEUWE_VERSIE", "Registratie AANGEVRAAGD", "Registratie GOEDGEKEURD",
                "Gebruiker AANGEMAAKT", "Aanmelding AANGEMAAKT", "Aanmelding BEWIJS_TOEGEVOEGD", "Aanmelding INGEDIEND",
                "Aanmelding BEOORDEELD", "Aanmelding TOEGELATEN", "Aanmelding AFGEWEZEN", "Aanmelding OPGEZEGD",
                "Aanmelding OPZEGGING_VERWERKT", "Contract AANGEMAAKT", "Contract BEEINDIGD", "Bericht VERSTUURD",
                "Bewijsstuk BEKEKEN")) {
            assertTrue(lines.containsKey(expected), "audit line " + expected + " in " + lines.keySet());
        }
        assertTrue(lines.get("Aanmelding TOEGELATEN").startsWith("contractbeheerder: Zuiderzee College IT toegelaten"),
                lines.get("Aanmelding TOEGELATEN"));
        assertFalse(lines.values().stream().anyMatch(l -> l.contains("pbkdf2")), "no password hash in the log");
    }

    // ---------------------------------------------------------------- the browser

    @Test
    @Order(70)
    void theProceduresAndTheRegistrationArePublicWithDutchMessagesAtTheFields() {
        Browser b = browser();
        b.logout();
        b.open("/open-house/procedures.xhtml");
        b.waitForText("Onderwijsroute IT");
        assertFalse(b.pageText().contains("Verlopen procedure IT"), "a concept is not public");
        b.screenshot("oh-01-publieke-procedures");
        b.open("/open-house/procedure.xhtml?id=" + IDS.get("procedure") + "&versie=1");
        b.waitForText("U bekijkt versie 1 van de voorwaarden");
        b.screenshot("oh-02-publieke-procedure-versie-1");

        b.open("/open-house/registreren.xhtml");
        b.type("registratie:naam", "Taalschool Selenium");
        b.type("registratie:kvkNummer", "123");
        b.type("registratie:iban", "NL00");
        b.type("registratie:gebruikersnaam", "x");
        b.type("registratie:wachtwoord", "kort");
        new org.openqa.selenium.support.ui.Select(b.byId("registratie:soort")).selectByValue("ONDERWIJSINSTELLING");
        b.click("registratie:versturen");
        b.waitForText("8 cijfers");
        String page = b.pageText();
        assertTrue(page.contains("Een KvK-nummer bestaat uit 8 cijfers."), page);
        assertTrue(page.contains("Vul een BRIN- of RIO-code in."), page);
        assertTrue(page.contains("minstens 12 tekens"), page);
        assertTrue(page.contains("werkt pas nadat een contractbeheerder"), page);
        b.screenshot("oh-03-registreren-fouten");
    }

    @Test
    @Order(71)
    void aProviderAppliesInThePortalWithARealPdf() throws IOException {
        Browser b = browser();
        b.login("aanbieder.noorderlicht", PASSWORD);
        b.open("/app/open-house/procedures.xhtml");
        b.waitForText("Onderwijsroute IT");
        b.screenshot("oh-04-procedures-aanbieder");
        b.open("/app/open-house/aanvragen.xhtml?procedure=" + IDS.get("procedure"));
        b.waitForText("U meldt zich aan onder versie 2");
        b.click("starten:start");
        b.waitForText("Uw aanmelding is gestart onder versie 2");
        b.type("aanvraag:antwoorden:0:tekst", "Noorderlicht College is sinds 2012 WEB-erkend (BRIN 30NL).");
        b.type("aanvraag:antwoorden:1:tekst", "Wij geven sinds 2014 schakeltrajecten voor statushouders.");

        b.click("aanvraag:indienen");
        b.click("bevestigJa");
        b.waitForText("Voeg bewijs (pdf) toe bij deze verplichte voorwaarde.");
        b.screenshot("oh-05-aanvraag-bewijs-ontbreekt");

        Path nep = Files.createTempFile("geen-pdf", ".pdf");
        Files.writeString(nep, "Dit is geen pdf, alleen de naam klopt.");
        b.driver().findElement(By.id("aanvraag:antwoorden:0:bewijs_input")).sendKeys(nep.toAbsolutePath().toString());
        b.waitForText("dit bestand is geen pdf");
        b.screenshot("oh-06-aanvraag-geen-pdf");

        Path pdf = Files.createTempFile("erkenningsbesluit-", ".pdf");
        Files.write(pdf, PDF);
        b.driver().findElement(By.id("aanvraag:antwoorden:0:bewijs_input")).sendKeys(pdf.toAbsolutePath().toString());
        b.waitForText("is opgeslagen bij voorwaarde 1");
        assertTrue(b.pageText().contains(pdf.getFileName().toString()), b.pageText());
        b.screenshot("oh-07-aanvraag-met-bewijs");

        b.click("aanvraag:indienen");
        b.click("bevestigJa");
        b.waitForUrlContaining("/app/open-house/aanmelding.xhtml");
        b.waitForText("Uw aanmelding is ingediend onder versie 2");
        b.screenshot("oh-08-aanmelding-ingediend");
    }

    @Test
    @Order(72)
    void theContractManagerAdmitsInThePortalAndTheContractShowsInTheProvidersList() {
        long noorderlicht = aanbiederId("Noorderlicht College");
        JsonObject page = ok(http().get(aanmeldingen() + "?status=INGEDIEND", manager()));
        long id = page.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("aanbiederId").longValue() == noorderlicht)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        int contractsBefore = contractsOf(noorderlicht);

        Browser b = browser();
        b.login("contractbeheerder", PASSWORD);
        b.open("/app/open-house/aanmeldingen.xhtml?procedure=" + IDS.get("procedure"));
        b.waitForText("Noorderlicht College");
        b.screenshot("oh-09-aanmeldingen-contractbeheerder");
        b.open("/app/open-house/aanmelding.xhtml?id=" + id);
        b.waitForText("Voorwaarden, antwoorden en bewijs");
        for (int row = 0; row < 3; row++) {
            b.driver().findElement(By.cssSelector("label[for='beoordeling:rijen:" + row + ":voldaan:0']")).click();
        }
        b.screenshot("oh-10-beoordelen");
        b.click("beoordeling:toelaten");
        b.click("bevestigJa");
        b.waitForText("is toegelaten; contract");
        String text = b.pageText();
        assertTrue(text.contains("Toegelaten"), text);
        b.screenshot("oh-11-toegelaten");
        assertEquals(contractsBefore + 1, contractsOf(noorderlicht));
        String number = ok(http().get(aanmeldingen() + "/" + id, manager())).getString("contractNummer");

        b.login("aanbieder.noorderlicht", PASSWORD);
        b.open("/app/contracten/list.xhtml");
        b.waitForText(number);
        b.screenshot("oh-12-contract-in-lijst-aanbieder");
        assertTrue(b.pageText().contains("Open House"), b.pageText());
        assertTrue(b.find(By.id("menu")).getText().contains("Berichten ("), "unread messages are counted in the menu");
        b.open("/app/berichten.xhtml");
        b.waitForText("Besluit: toegelaten tot Onderwijsroute IT");
        b.driver().findElements(By.cssSelector("a[id$=':open']")).get(0).click();
        b.waitForText(number + " loopt van");
        b.screenshot("oh-13-berichten");
        assertFalse(b.find(By.id("menu")).getText().contains("Berichten (2)"), "the message read is no longer counted");

        b.open("/app/open-house/aanmelding.xhtml?id=" + id);
        b.waitForText("Deelname opzeggen");
        assertTrue(b.pageText().contains("bij opzegging vandaag eindigt het contract op zijn vroegst op "
                + TODAY.plusMonths(3).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"))), b.pageText());
        scrollTo(b, "opzegging");
        b.screenshot("oh-13b-aanmelding-toegelaten-opzeggen");
    }

    @Test
    @Order(73)
    void theContractManagersOpenHousePagesAndTheAuditLog() {
        Browser b = browser();
        b.login("contractbeheerder", PASSWORD);
        b.open("/app/open-house/procedures.xhtml");
        b.waitForText("Verlopen procedure IT");
        b.screenshot("oh-14-procedures-contractbeheerder");
        b.open("/app/open-house/procedure-edit.xhtml?id=" + IDS.get("procedure"));
        b.waitForText("Opslaan publiceert de wijzigingen meteen als versie 3");
        b.screenshot("oh-15-procedure-wijzigen");
        b.open("/app/open-house/procedure-edit.xhtml");
        b.click("procedure:opslaan");
        b.waitForText("Kies ten minste een deelnemende gemeente.");
        b.screenshot("oh-16-procedure-nieuw-fouten");
        scrollTo(b, "procedure:tarievenBlok");
        b.screenshot("oh-16b-procedure-nieuw-fouten-rijen");

        // the same form filled in: two conditions (one optional), a TRAJECT tariff, two gemeenten
        int before = http().get(PROCEDURES, null).json().getInt("totaal");
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        b.type("procedure:titel", "Onderwijsroute portaal IT");
        b.type("procedure:startdatum_input", TODAY.format(dmy));
        b.type("procedure:einddatum_input", TODAY.plusYears(1).format(dmy));
        b.byId("procedure:gemeenten:0").click();
        b.byId("procedure:gemeenten:2").click();
        b.type("procedure:eisen:0:omschrijving", "De instelling is erkend op grond van de WEB");
        b.click("procedure:eisToevoegen");
        b.type("procedure:eisen:1:omschrijving", "Ervaring met laaggeletterden");
        b.byId("procedure:eisen:1:verplicht").click();
        b.type("procedure:tarieven:0:geldigVanaf_input", TODAY.format(dmy));
        b.type("procedure:tarieven:0:bedrag", "9.750,00");
        b.type("procedure:titel", "Onderwijsroute portaal IT");
        scrollTo(b, "procedure:eisenBlok");
        b.screenshot("oh-16c-procedure-ingevuld");
        b.click("procedure:opslaanEnPubliceren");
        b.waitForUrlContaining("/app/open-house/procedures.xhtml");
        b.waitForText("Procedure Onderwijsroute portaal IT is gepubliceerd.");
        assertEquals(before + 1, http().get(PROCEDURES, null).json().getInt("totaal"));
        JsonObject viaPage = http().get(PROCEDURES, null).json().getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("titel").equals("Onderwijsroute portaal IT")).findFirst().orElseThrow();
        assertEquals(2, viaPage.getJsonArray("eisen").size());
        assertFalse(viaPage.getJsonArray("eisen").getJsonObject(1).getBoolean("verplicht"));
        assertEquals("9750.00", viaPage.getJsonArray("tarieven").getJsonObject(0).getString("bedrag"));
        assertEquals(TODAY.plusYears(1).minusDays(30).toString(), viaPage.getString("aanmelddeadline"));
        b.open("/app/open-house/registraties.xhtml");
        b.waitForText("Geen registraties gevonden.");
        new org.openqa.selenium.support.ui.Select(b.byId("registraties:status")).selectByVisibleText("Alle");
        b.waitForText("Zuiderzee College IT");
        assertTrue(b.pageText().contains("Goedgekeurd"), b.pageText());
        b.screenshot("oh-17-registraties");

        b.open("/app/open-house/aanmelding.xhtml?id=" + IDS.get("aanmelding.zuiderzee"));
        b.waitForText("Lopende plaatsingen op dit contract");
        assertTrue(b.pageText().contains("Het contract is beëindigd."), b.pageText());
        b.screenshot("oh-19-aanmelding-opgezegd-verwerkt");

        b.open("/app/auditlog.xhtml");
        b.type("auditlog:tabel:entiteit:filter", "Aanmelding");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), Duration.ofSeconds(20))
                .until(d -> !b.pageText().contains("OpenHouseProcedure (")
                        && b.pageText().contains("toegelaten tot 'Onderwijsroute IT'"));
        b.screenshot("oh-18-auditlog-aanmeldingen");
    }

    // ---------------------------------------------------------------- helpers

    private static void scrollTo(Browser b, String id) {
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private static final LocalDate START = TODAY.minusDays(10);
    private static final LocalDate END = TODAY.plusYears(2);

    private String procedure(String titel, int eisen) {
        return procedure(titel, eisen, START, END, null);
    }

    private String procedure(String titel, int eisen, LocalDate start, LocalDate end, LocalDate deadline) {
        String[] conditions = {
            "{\"omschrijving\": \"De instelling is erkend op grond van de WEB\", \"toelichting\": "
                    + "\"Voeg het erkenningsbesluit of een uittreksel uit RIO toe.\", \"verplicht\": true}",
            "{\"omschrijving\": \"Ervaring met anderstaligen\", \"verplicht\": false}",
            "{\"omschrijving\": \"Lesplaatsen in de deelnemende gemeenten\", \"verplicht\": false}"};
        return "{\"titel\": \"" + titel + "\", \"leerroute\": \"ONDERWIJSROUTE\", \"eisen\": ["
                + String.join(", ", List.of(conditions).subList(0, eisen)) + "], \"tarieven\": [{\"geldigVanaf\": \""
                + start + "\", \"betaalmodel\": \"TRAJECT\", \"bedrag\": \"9500.00\", \"mijlpalen\": "
                + "{\"START\": 40, \"HALVERWEGE\": 40, \"AFRONDING\": 20}}], \"gemeenteIds\": ["
                + IDS.get("gemeente.Eemsdelta") + ", " + IDS.get("gemeente.Het Hogeland") + "], \"startdatum\": \""
                + start + "\", \"einddatum\": \"" + end + "\""
                + (deadline == null ? "" : ", \"aanmelddeadline\": \"" + deadline + "\"")
                + ", \"opzegtermijnMaanden\": 3, \"btwTarief\": \"NUL\"}";
    }

    private static String registration(String naam, String kvk, String brin, boolean webErkend, String gebruiker) {
        return "{\"naam\": \"" + naam + "\", \"kvkNummer\": \"" + kvk + "\", \"soort\": \"ONDERWIJSINSTELLING\", "
                + "\"brinCode\": \"" + brin + "\", \"webErkend\": " + webErkend
                + (webErkend ? ", \"webErkendSinds\": \"2015-08-01\"" : "")
                + ", \"iban\": \"NL91ABNA0417164300\", \"contactNaam\": \"Ine Test\", "
                + "\"contactEmail\": \"inburgering@" + gebruiker + ".example.nl\", \"gebruikersnaam\": \"" + gebruiker
                + "\", \"wachtwoord\": \"Zuiderzee-Wachtwoord-2026\"}";
    }

    private long register(String naam, String kvk, String brin, boolean webErkend, String gebruiker) {
        JsonObject r = created(http().post(API + "/aanbieder-registraties", null, "application/json",
                registration(naam, kvk, brin, webErkend, gebruiker)));
        assertEquals("AANGEVRAAGD", r.getString("status"));
        assertFalse(r.toString().contains("wachtwoord"), "the password is never shown: " + r);
        return r.getJsonNumber("id").longValue();
    }

    private String aanmeldingen() {
        return PROCEDURES + "/" + IDS.get("procedure") + "/aanmeldingen";
    }

    private JsonObject aanmelding(long id, String token) {
        return ok(http().get(aanmeldingen() + "/" + id, token));
    }

    private int contractsOf(long aanbiederId) {
        return ok(http().get(API + "/contracten?aanbiederId=" + aanbiederId, manager())).getInt("totaal");
    }

    private long aanbiederId(String naam) {
        JsonObject page = ok(http().get(API + "/aanbieders?naam=" + naam.replace(" ", "%20"), manager()));
        return page.getJsonArray("resultaten").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String manager() {
        return TOKENS.get("contractbeheerder");
    }

    /** Logs in in the browser and creates an API token on the tokens page, as a user would. */
    private String tokenVia(String user, String password) {
        Browser b = browser();
        return b.createApiToken(user, password, "OpenHouseIT " + user);
    }

    private static JsonObject ok(Http.Response r) {
        assertEquals(200, r.status(), r.body());
        assertEquals("1.0.0", r.apiVersion());
        return r.json();
    }

    private static JsonObject created(Http.Response r) {
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static Set<String> invalidFields(Http.Response r) {
        return r.json().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static void assertInvalid(Http.Response r, String field, String reasonPart) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertTrue(r.json().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("name").equals(field) && p.getString("reason").contains(reasonPart)),
                field + " / " + reasonPart + " in " + r.body());
    }

    private record Binary(int status, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Binary put(String path, String token, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(root() + path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Binary get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(root() + path)).header("Authorization", "Bearer " + token).GET());
    }

    private static Binary send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    private static TestDatabase.Connection db() {
        return Deployments.database();
    }

    private static void sql(String statement) throws SQLException {
        try (var c = DriverManager.getConnection(db().url(), db().user(), db().password());
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(statement), statement);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    private Http http() {
        return new Http(base);
    }

    private static byte[] minimalPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
