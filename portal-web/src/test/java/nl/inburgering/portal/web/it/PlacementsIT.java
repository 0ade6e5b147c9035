package nl.inburgering.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Inburgeraars, allocation and placements as the gemeente, the contract manager and the providers meet
 * them (issue 5): the real WAR on Payara Micro against a real PostgreSQL with the demo region. Through
 * the API: registration, referral, a fair-share proposal that stores nothing, its confirmation, and the
 * provider's steps through to completion; a decline back to the pool; a route switch; two simultaneous
 * confirmations for the last free place; tenancy; bad input that stores nothing. In the browser: the
 * gemeente's registration form with its messages at the fields, the allocation workbench, and the
 * provider's incoming placements. The tests run in order: later ones use the tokens and people the
 * earlier ones create.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class PlacementsIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final String CB = "contractbeheerder";
    private static final String EEMSDELTA = "gemeente.eemsdelta";
    private static final String HOGELAND = "gemeente.hogeland";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final String NOORDERLICHT = "aanbieder.noorderlicht";
    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static Properties database;
    private static Browser browser;
    private static int bsnSeed = 31_415_926;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive archive = Deployments.portal();
        // the test database, from the configuration the deployment carries (the last value of a key wins)
        database = new Properties();
        try (InputStream in = archive.get("/WEB-INF/classes/META-INF/microprofile-config.properties").getAsset()
                .openStream()) {
            database.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
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

    // ---------------------------------------------------------------- helpers

    /** A fresh BSN that passes the 11-test: 8 digits from a running seed and the check digit. */
    private static String newBsn() {
        while (true) {
            String eight = String.format("%08d", bsnSeed++);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (eight.charAt(i) - '0');
            }
            int check = sum % 11;
            if (check <= 9 && !eight.equals("00000000")) {
                return eight + check;
            }
        }
    }

    private Http.Response get(String user, String path) {
        return http().get("/api/v1" + path, TOKENS.get(user));
    }

    private Http.Response post(String user, String path, JsonObjectBuilder body) {
        return http().post("/api/v1" + path, TOKENS.get(user), JSON, body.build().toString());
    }

    private Http.Response put(String user, String path, String body) {
        return http().put("/api/v1" + path, TOKENS.get(user), JSON, body);
    }

    private JsonObject ok(Http.Response r, int status) {
        assertEquals(status, r.status(), r.body());
        assertEquals("1.0.0", r.apiVersion());
        return r.json();
    }

    private JsonObject problem(Http.Response r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        return r.json();
    }

    private static Set<String> codes(JsonObject problem) {
        return problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("code")).collect(Collectors.toSet());
    }

    private static String reasons(JsonObject problem) {
        return problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name") + ": " + p.getString("reason")).collect(Collectors.joining("\n"));
    }

    private long id(String name) {
        Long id = IDS.get(name);
        assertNotNull(id, name);
        return id;
    }

    private static JsonObjectBuilder inburgeraar(String referentie, String bsn, String achternaam, String route) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("klantReferentie", referentie)
                .add("voorletters", "T.")
                .add("achternaam", achternaam)
                .add("doelgroep", "ASIELMIGRANT")
                .add("leerroute", route)
                .add("pipDatum", TODAY.minusDays(10).toString());
        if (bsn != null) {
            b.add("bsn", bsn);
        }
        return b;
    }

    private long register(String user, String referentie, String achternaam, String route) {
        JsonObject i = ok(post(user, "/inburgeraars", inburgeraar(referentie, newBsn(), achternaam, route)), 201);
        return i.getJsonNumber("id").longValue();
    }

    private long refer(String user, long inburgeraarId) {
        JsonObject p = ok(post(user, "/plaatsingen", Json.createObjectBuilder().add("inburgeraarId", inburgeraarId)
                .add("geplandeStart", TODAY.plusDays(7).toString()).add("geplandeUren", 400)), 201);
        return p.getJsonNumber("id").longValue();
    }

    private JsonObject plaatsing(String user, long id) {
        return ok(get(user, "/plaatsingen/" + id), 200);
    }

    private JsonObject contract(String suffix) {
        JsonObject page = ok(get(CB, "/contracten?paginaGrootte=100"), 200);
        return page.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("contractNummer").endsWith(suffix)).findFirst().orElseThrow();
    }

    private long providerId(String naam) {
        JsonObject page = ok(get(CB, "/aanbieders?naam=" + naam.replace(" ", "%20")), 200);
        return page.getJsonArray("resultaten").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long gemeenteId(String naam) {
        return ok(get(CB, "/gemeenten"), 200).getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getString("naam").equals(naam)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder toewijzing(long plaatsingId, long contractId) {
        return Json.createObjectBuilder().add("toewijzingen", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("plaatsingId", plaatsingId).add("contractId", contractId)));
    }

    private static JsonObjectBuilder datum(LocalDate d) {
        return Json.createObjectBuilder().add("datum", d.toString());
    }

    /** Moves a referral's date back: what a month of waiting does, which a test cannot wait for. */
    private static void referredDaysAgo(long plaatsingId, int days) {
        try (Connection c = DriverManager.getConnection(database.getProperty("portal.db.url"),
                database.getProperty("portal.db.user"), database.getProperty("portal.db.password"));
                PreparedStatement s = c.prepareStatement("update plaatsing set aangemeld_op = ? where id = ?")) {
            s.setObject(1, TODAY.minusDays(days));
            s.setLong(2, plaatsingId);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- tokens

    @Test
    @Order(1)
    void everyRoleCreatesItsApiToken() {
        Browser b = browser();
        for (String user : List.of(CB, EEMSDELTA, HOGELAND, TAALHUIS, NOORDERLICHT)) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "PlacementsIT " + user));
        }
        IDS.put("taalhuis", providerId("Taalhuis Groningen"));
        IDS.put("noorderlicht", providerId("Noorderlicht College"));
        IDS.put("eems", providerId("Eems Vakcollege"));
        IDS.put("eemsdelta", gemeenteId("Eemsdelta"));
        IDS.put("hogeland", gemeenteId("Het Hogeland"));
        IDS.put("B1-01", contract("-B1-01").getJsonNumber("id").longValue());
        IDS.put("B1-02", contract("-B1-02").getJsonNumber("id").longValue());
        IDS.put("Z-02", contract("-Z-02").getJsonNumber("id").longValue());
        IDS.put("OH-001", contract("-001").getJsonNumber("id").longValue());
    }

    // ---------------------------------------------------------------- the flow through the API

    @Test
    @Order(10)
    void registerReferProposeConfirmAcceptStartPauseResumeComplete() {
        String bsn = newBsn();
        Http.Response created = post(EEMSDELTA, "/inburgeraars", inburgeraar("KL-EEM-IT-10", bsn, "Flowmans",
                "B1_ROUTE"));
        JsonObject inb = ok(created, 201);
        long inburgeraarId = inb.getJsonNumber("id").longValue();
        IDS.put("flowmans", inburgeraarId);
        IDS.put("flowmansBsn", Long.valueOf(bsn));
        assertEquals("XXXXX" + bsn.substring(5), inb.getString("bsnGemaskeerd"));
        assertFalse(created.body().contains(bsn), "the BSN never comes back: " + created.body());
        assertEquals(id("eemsdelta"), inb.getJsonNumber("gemeenteId").longValue());

        // referral: the B1-route waits in the pool
        JsonObject referral = ok(post(EEMSDELTA, "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", inburgeraarId).add("leerroute", "B1_ROUTE")
                .add("geplandeStart", TODAY.plusDays(7).toString()).add("geplandeUren", 400)), 201);
        long plaatsingId = referral.getJsonNumber("id").longValue();
        IDS.put("flow", plaatsingId);
        assertEquals("AANGEMELD", referral.getString("status"));
        assertFalse(referral.containsKey("contractId"), referral.toString());

        // a proposal computes and stores nothing
        JsonObject b101 = contract("-B1-01");
        JsonObject voorstel = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder()
                .add("aanbesteding", b101.getString("herkomstReferentie")).add("perceel", b101.getString("perceel"))
                .add("plaatsingIds", Json.createArrayBuilder().add(plaatsingId))), 200);
        JsonObject regel = voorstel.getJsonArray("regels").getJsonObject(0);
        assertEquals(plaatsingId, regel.getJsonNumber("plaatsingId").longValue());
        assertTrue(regel.getString("contractNummer").contains("-B1-0"), regel.toString());
        assertFalse(regel.getString("uitleg").isBlank());
        assertEquals(2, voorstel.getJsonArray("contracten").size(), voorstel.toString());
        assertEquals("AANGEMELD", plaatsing(CB, plaatsingId).getString("status"));

        // confirmed (on Taalhuis' contract, whatever was proposed: the contract manager may change it)
        JsonObject bevestigd = ok(post(CB, "/toewijzingsvoorstellen/bevestiging",
                toewijzing(plaatsingId, id("B1-01"))), 200);
        JsonObject voorgesteld = bevestigd.getJsonArray("resultaten").getJsonObject(0);
        assertEquals("VOORGESTELD", voorgesteld.getString("status"));
        assertEquals(b101.getString("contractNummer"), voorgesteld.getString("contractNummer"));

        // the provider sees it among its proposals, without a BSN, and may accept or decline it
        Http.Response incoming = get(TAALHUIS, "/plaatsingen?status=VOORGESTELD&paginaGrootte=100");
        assertTrue(ok(incoming, 200).getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonNumber("id").longValue() == plaatsingId), incoming.body());
        assertFalse(incoming.body().toLowerCase().contains("bsn"), incoming.body());
        assertEquals(Set.of("acceptatie", "weigering"), plaatsing(TAALHUIS, plaatsingId).getJsonArray("acties")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).collect(Collectors.toSet()));

        JsonObject accepted = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/acceptatie",
                Json.createObjectBuilder().add("geplandeUren", 420)), 200);
        assertEquals("GEACCEPTEERD", accepted.getString("status"));
        assertEquals(420, accepted.getJsonNumber("geplandeUren").intValue());

        // the course began three weeks ago: the referral was a month ago
        referredDaysAgo(plaatsingId, 30);
        JsonObject started = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/start", datum(TODAY.minusDays(21))),
                200);
        assertEquals("GESTART", started.getString("status"));
        assertEquals(TODAY.minusDays(21).toString(), started.getString("werkelijkeStart"));

        JsonObject paused = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/onderbreking", Json.createObjectBuilder()
                .add("vanaf", TODAY.minusDays(10).toString()).add("reden", "Ziekenhuisopname")), 200);
        assertEquals("ONDERBROKEN", paused.getString("status"));

        JsonObject resumed = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/hervatting",
                datum(TODAY.minusDays(4))), 200);
        assertEquals("GESTART", resumed.getString("status"));
        JsonObject pause = resumed.getJsonArray("onderbrekingen").getJsonObject(0);
        assertEquals(TODAY.minusDays(10).toString(), pause.getString("vanaf"));
        assertEquals(TODAY.minusDays(5).toString(), pause.getString("totEnMet"));

        JsonObject completed = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/afronding", datum(TODAY)), 200);
        assertEquals("AFGEROND", completed.getString("status"));
        assertEquals(TODAY.toString(), completed.getString("einddatum"));
        assertEquals(0, completed.getJsonArray("acties").size());
        assertEquals(List.of("AANGEMELD", "VOORGESTELD", "GEACCEPTEERD", "GESTART", "ONDERBROKEN", "GESTART", "AFGEROND"),
                completed.getJsonArray("historie").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("naar")).toList());

        // the gemeente follows it
        JsonObject history = ok(get(EEMSDELTA, "/plaatsingen?inburgeraarId=" + inburgeraarId), 200);
        assertEquals(1, history.getInt("totaal"));
        assertEquals("AFGEROND", history.getJsonArray("resultaten").getJsonObject(0).getString("status"));
    }

    @Test
    @Order(11)
    void aDeclinedProposalGoesBackToThePool() {
        long inburgeraarId = register(EEMSDELTA, "KL-EEM-IT-11", "Weigerink", "B1_ROUTE");
        IDS.put("weigerink", inburgeraarId);
        long plaatsingId = refer(EEMSDELTA, inburgeraarId);
        IDS.put("geweigerd", plaatsingId);
        ok(post(CB, "/toewijzingsvoorstellen/bevestiging", toewijzing(plaatsingId, id("B1-01"))), 200);

        // a decline needs a reason: refused, nothing changed
        JsonObject noReason = problem(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/weigering",
                Json.createObjectBuilder()), 400);
        assertEquals("reden", noReason.getJsonArray("invalidParams").getJsonObject(0).getString("name"));
        assertEquals("VOORGESTELD", plaatsing(CB, plaatsingId).getString("status"));

        JsonObject declined = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/weigering",
                Json.createObjectBuilder().add("reden", "Geen plek in een groep op dit niveau.")), 200);
        assertEquals("AANGEMELD", declined.getString("status"));
        assertFalse(declined.containsKey("contractId"), declined.toString());

        JsonObject pool = ok(get(CB, "/plaatsingen?status=AANGEMELD&leerroute=B1_ROUTE&paginaGrootte=100"), 200);
        assertTrue(pool.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getJsonNumber("id").longValue() == plaatsingId), "back in the pool: " + pool);
        List<JsonObject> steps = plaatsing(EEMSDELTA, plaatsingId).getJsonArray("historie")
                .getValuesAs(JsonObject.class);
        JsonObject last = steps.get(steps.size() - 1);
        assertEquals("Geen plek in een groep op dit niveau.", last.getString("toelichting"));
        assertEquals("AANBIEDER", last.getString("rol"));
    }

    @Test
    @Order(12)
    void aRouteSwitchEndsThePlacementAndRefersAgainInOneStep() throws Exception {
        long oud = id("geweigerd");
        long inburgeraarId = id("weigerink");

        // refused (an institution without Open House contract): nothing changes
        JsonObject refused = problem(post(EEMSDELTA, "/plaatsingen/" + oud + "/overstap", Json.createObjectBuilder()
                .add("einddatum", TODAY.toString()).add("nieuweLeerroute", "ONDERWIJSROUTE")
                .add("nieuwePipDatum", TODAY.toString()).add("geplandeStart", TODAY.plusDays(14).toString())
                .add("aanbiederId", id("eems"))), 400);
        assertTrue(codes(refused).contains("plaatsing.geen-open-house-contract"), reasons(refused));
        assertEquals("AANGEMELD", plaatsing(EEMSDELTA, oud).getString("status"));
        assertEquals("B1_ROUTE", ok(get(EEMSDELTA, "/inburgeraars/" + inburgeraarId), 200).getString("leerroute"));

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base.toString().replaceAll("/$", "") + "/api/v1/plaatsingen/" + oud + "/overstap"))
                .header("Authorization", "Bearer " + TOKENS.get(EEMSDELTA)).header("Content-Type", JSON)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("einddatum", TODAY.toString()).add("nieuweLeerroute", "ONDERWIJSROUTE")
                        .add("nieuwePipDatum", TODAY.toString()).add("geplandeStart", TODAY.plusDays(14).toString())
                        .add("aanbiederId", id("noorderlicht")).add("toelichting", "Nieuwe intake: onderwijsroute")
                        .build().toString(), StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, raw.statusCode(), raw.body());
        JsonObject nieuw = Json.createReader(new java.io.StringReader(raw.body())).readObject();
        long nieuwId = nieuw.getJsonNumber("id").longValue();
        IDS.put("overstap", nieuwId);
        assertTrue(raw.headers().firstValue("Location").orElseThrow().endsWith("/api/v1/plaatsingen/" + nieuwId));
        assertEquals("VOORGESTELD", nieuw.getString("status"));
        assertEquals("ONDERWIJSROUTE", nieuw.getString("leerroute"));
        assertTrue(nieuw.getString("contractNummer").startsWith("OH-"), nieuw.toString());
        assertEquals(oud, nieuw.getJsonNumber("vorigePlaatsingId").longValue());
        assertEquals(id("noorderlicht"), nieuw.getJsonNumber("gekozenAanbiederId").longValue());

        JsonObject old = plaatsing(EEMSDELTA, oud);
        assertEquals("VOORTIJDIG_BEEINDIGD", old.getString("status"));
        assertEquals("OVERSTAP", old.getString("eindreden"));
        assertEquals("ONDERWIJSROUTE", ok(get(EEMSDELTA, "/inburgeraars/" + inburgeraarId), 200)
                .getString("leerroute"));

        // the chosen institution accepts; Taalhuis, which declined, no longer sees the new placement
        assertEquals("GEACCEPTEERD", ok(post(NOORDERLICHT, "/plaatsingen/" + nieuwId + "/acceptatie",
                Json.createObjectBuilder()), 200).getString("status"));
        problem(get(TAALHUIS, "/plaatsingen/" + nieuwId), 404);
    }

    // ---------------------------------------------------------------- the last free place

    @Test
    @Order(20)
    void twoSimultaneousConfirmationsForTheLastFreePlaceOneSucceeds() throws Exception {
        // a lot of one contract with room for one
        JsonObject contract = ok(post(CB, "/contracten", Json.createObjectBuilder()
                .add("contractNummer", "AB-IT-RACE-01").add("aanbiederId", id("taalhuis")).add("herkomst", "AANBESTEDING")
                .add("herkomstReferentie", "AB-IT-RACE").add("perceel", "Perceel R: B1-route")
                .add("leerroutes", Json.createArrayBuilder().add("B1_ROUTE"))
                .add("gemeenteIds", Json.createArrayBuilder().add(id("eemsdelta")))
                .add("startdatum", TODAY.minusMonths(1).toString()).add("einddatum", TODAY.plusYears(1).toString())
                .add("capaciteit", 1).add("btwTarief", "EENENTWINTIG")
                .add("tarieven", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("geldigVanaf", TODAY.minusMonths(1).toString()).add("betaalmodel", "PER_UUR")
                        .add("bedrag", "60.00")))), 201);
        long race = contract.getJsonNumber("id").longValue();

        long a = refer(EEMSDELTA, register(EEMSDELTA, "KL-EEM-IT-20", "Racer", "B1_ROUTE"));
        long b = refer(EEMSDELTA, register(EEMSDELTA, "KL-EEM-IT-21", "Renner", "B1_ROUTE"));

        // the proposal knows there is one place: the second referral gets none, and is told why
        JsonObject voorstel = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder()
                .add("aanbesteding", "AB-IT-RACE").add("perceel", "Perceel R: B1-route")
                .add("plaatsingIds", Json.createArrayBuilder().add(a).add(b))), 200);
        List<JsonObject> regels = voorstel.getJsonArray("regels").getValuesAs(JsonObject.class);
        assertEquals(race, regels.get(0).getJsonNumber("contractId").longValue());
        assertFalse(regels.get(1).containsKey("contractId"), regels.get(1).toString());
        assertFalse(regels.get(1).getString("uitleg").isBlank());

        // both confirmations at once, each for its own referral on the same last place
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Response>> answers = new ArrayList<>();
        for (long plaatsingId : List.of(a, b)) {
            Callable<Http.Response> confirm = () -> {
                start.await();
                return post(CB, "/toewijzingsvoorstellen/bevestiging", toewijzing(plaatsingId, race));
            };
            answers.add(pool.submit(confirm));
        }
        start.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> f : answers) {
            responses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<Http.Response> won = responses.stream().filter(r -> r.status() == 200).toList();
        List<Http.Response> lost = responses.stream().filter(r -> r.status() != 200).toList();
        assertEquals(1, won.size(), responses.toString());
        assertEquals(1, lost.size(), responses.toString());
        JsonObject refusal = problem(lost.get(0), 400);
        assertEquals(Set.of("plaatsing.capaciteit-vol"), codes(refusal), reasons(refusal));
        assertTrue(reasons(refusal).contains("AB-IT-RACE-01 zit vol: 1 van 1"), reasons(refusal));

        long winner = won.get(0).json().getJsonArray("resultaten").getJsonObject(0).getJsonNumber("id").longValue();
        long loser = winner == a ? b : a;
        assertEquals("VOORGESTELD", plaatsing(CB, winner).getString("status"));
        assertEquals("AANGEMELD", plaatsing(CB, loser).getString("status"));
        JsonObject nu = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder()
                .add("aanbesteding", "AB-IT-RACE").add("perceel", "Perceel R: B1-route")
                .add("plaatsingIds", Json.createArrayBuilder().add(loser))), 200);
        JsonObject bezetting = nu.getJsonArray("contracten").getJsonObject(0);
        assertEquals(0, bezetting.getInt("vrij"), bezetting.toString());
        assertEquals(1, bezetting.getInt("voorgesteld"));
    }

    // ---------------------------------------------------------------- tenancy

    @Test
    @Order(30)
    void aGemeenteSeesOnlyItsOwnInburgeraarsAndAProviderOnlyItsOwnPlacementsWithoutBsn() {
        long flowmans = id("flowmans");
        long flow = id("flow");

        JsonObject hogeland = ok(get(HOGELAND, "/inburgeraars?paginaGrootte=100"), 200);
        assertTrue(hogeland.getInt("totaal") > 0);
        for (JsonObject i : hogeland.getJsonArray("resultaten").getValuesAs(JsonObject.class)) {
            assertEquals(id("hogeland"), i.getJsonNumber("gemeenteId").longValue(), i.toString());
        }
        assertEquals(0, ok(get(HOGELAND, "/inburgeraars?zoekterm=Flowmans"), 200).getInt("totaal"));
        problem(get(HOGELAND, "/inburgeraars/" + flowmans), 404);
        problem(http().put("/api/v1/inburgeraars/" + flowmans, TOKENS.get(HOGELAND), JSON,
                inburgeraar("KL-X", null, "Overgenomen", "B1_ROUTE").build().toString()), 404);
        problem(get(HOGELAND, "/plaatsingen/" + flow), 404);
        assertEquals(0, ok(get(HOGELAND, "/plaatsingen?inburgeraarId=" + flowmans), 200).getInt("totaal"));
        problem(post(HOGELAND, "/plaatsingen", Json.createObjectBuilder().add("inburgeraarId", flowmans)
                .add("geplandeStart", TODAY.plusDays(7).toString())), 404);

        // a provider: only the placements on its contracts, only the people placed with it, never a BSN
        Http.Response placements = get(TAALHUIS, "/plaatsingen?paginaGrootte=100");
        for (JsonObject p : ok(placements, 200).getJsonArray("resultaten").getValuesAs(JsonObject.class)) {
            assertEquals(id("taalhuis"), p.getJsonNumber("aanbiederId").longValue(), p.toString());
        }
        Http.Response people = get(TAALHUIS, "/inburgeraars?paginaGrootte=100");
        List<JsonObject> placed = ok(people, 200).getJsonArray("resultaten").getValuesAs(JsonObject.class);
        assertTrue(placed.stream().anyMatch(i -> i.getJsonNumber("id").longValue() == flowmans), people.body());
        assertFalse(people.body().toLowerCase().contains("bsn"), people.body());
        assertFalse(ok(get(TAALHUIS, "/inburgeraars/" + flowmans), 200).containsKey("bsnGemaskeerd"));
        long neverPlaced = ok(get(EEMSDELTA, "/inburgeraars?zoekterm=Tesfay"), 200).getJsonArray("resultaten")
                .getJsonObject(0).getJsonNumber("id").longValue();
        problem(get(TAALHUIS, "/inburgeraars/" + neverPlaced), 404);
        problem(get(NOORDERLICHT, "/plaatsingen/" + flow), 404);
        assertTrue(ok(get(NOORDERLICHT, "/plaatsingen?paginaGrootte=100"), 200).getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream()
                .allMatch(p -> p.getJsonNumber("aanbiederId").longValue() == id("noorderlicht")));

        // roles: a provider registers nobody, a gemeente accepts nothing; a BSN never goes in a URL
        problem(post(TAALHUIS, "/inburgeraars", inburgeraar("KL-T", newBsn(), "Niemand", "B1_ROUTE")), 403);
        problem(post(EEMSDELTA, "/plaatsingen/" + id("overstap") + "/acceptatie", Json.createObjectBuilder()), 403);
        String bsn = String.valueOf(IDS.get("flowmansBsn"));
        JsonObject inUrl = problem(get(CB, "/inburgeraars?zoekterm=" + bsn), 400);
        assertEquals(Set.of("zoekterm.bsn"), codes(inUrl));
    }

    // ---------------------------------------------------------------- bad input stores nothing

    @Test
    @Order(40)
    void badInputIsRefusedWithAClearMessageAndNothingIsStored() {
        long before = ok(get(EEMSDELTA, "/inburgeraars"), 200).getInt("totaal");

        JsonObject invalidBsn = problem(post(EEMSDELTA, "/inburgeraars", inburgeraar("KL-EEM-IT-40", "123456789",
                "Elfproef", "B1_ROUTE")), 400);
        assertEquals(Set.of("bsn.elfproef"), codes(invalidBsn), reasons(invalidBsn));
        assertTrue(reasons(invalidBsn).contains("elfproef"));

        // the same person registered again, by another gemeente: the BSN is unique in the region
        String bsn = String.format("%09d", IDS.get("flowmansBsn"));
        JsonObject duplicate = problem(post(HOGELAND, "/inburgeraars", inburgeraar("KL-HET-IT-40", bsn, "Flowmans",
                "B1_ROUTE")), 400);
        assertEquals(Set.of("bsn.bestaat"), codes(duplicate), reasons(duplicate));
        JsonObject sameReference = problem(post(EEMSDELTA, "/inburgeraars", inburgeraar("KL-EEM-IT-10", newBsn(),
                "Dubbel", "B1_ROUTE")), 400);
        assertEquals(Set.of("klantreferentie.bestaat"), codes(sameReference));
        assertEquals(before, ok(get(EEMSDELTA, "/inburgeraars"), 200).getInt("totaal"));
        assertEquals(0, ok(get(HOGELAND, "/inburgeraars?zoekterm=Flowmans"), 200).getInt("totaal"));

        // a referral for another route than the PIP's, or while one is running
        long running = id("overstap");
        long weigerink = id("weigerink");
        JsonObject otherRoute = problem(post(EEMSDELTA, "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", id("flowmans")).add("leerroute", "Z_ROUTE")
                .add("geplandeStart", TODAY.plusDays(7).toString())), 400);
        assertEquals(Set.of("plaatsing.leerroute-volgt-pip"), codes(otherRoute));
        JsonObject twice = problem(post(EEMSDELTA, "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", weigerink).add("geplandeStart", TODAY.plusDays(7).toString())
                .add("aanbiederId", id("noorderlicht"))), 400);
        assertEquals(Set.of("plaatsing.andere-open-plaatsing"), codes(twice), reasons(twice));
        assertEquals(1, ok(get(EEMSDELTA, "/plaatsingen?lopend=true&inburgeraarId=" + weigerink), 200)
                .getInt("totaal"));

        // a placement on ineligible contracts: every failed rule named, nothing placed
        long yusuf = ok(get(CB, "/inburgeraars?zoekterm=Yusuf"), 200).getJsonArray("resultaten").getJsonObject(0)
                .getJsonNumber("id").longValue();
        long referral = refer(CB, yusuf); // Oldambt, Z-route, east
        JsonObject suspended = problem(post(CB, "/toewijzingsvoorstellen/bevestiging",
                toewijzing(referral, id("Z-02"))), 400);
        assertEquals(Set.of("plaatsing.aanbieder-geschorst"), codes(suspended), reasons(suspended));
        assertTrue(reasons(suspended).contains("geschorst"), reasons(suspended));
        assertEquals("toewijzingen[0].contractId", suspended.getJsonArray("invalidParams").getJsonObject(0)
                .getString("name"));
        JsonObject wrongLot = problem(post(CB, "/toewijzingsvoorstellen/bevestiging",
                toewijzing(referral, id("B1-01"))), 400);
        assertEquals(Set.of("plaatsing.leerroute-niet-gedekt", "plaatsing.gemeente-neemt-niet-deel"), codes(wrongLot),
                reasons(wrongLot));
        JsonObject noWeb = problem(post(EEMSDELTA, "/plaatsingen/" + running + "/overstap", Json.createObjectBuilder()
                .add("einddatum", TODAY.toString()).add("geplandeStart", TODAY.plusDays(7).toString())
                .add("aanbiederId", id("eems"))), 400);
        assertFalse(codes(noWeb).isEmpty(), reasons(noWeb));
        assertEquals("AANGEMELD", plaatsing(CB, referral).getString("status"));
        assertEquals("GEACCEPTEERD", plaatsing(CB, running).getString("status"));

        // a step from the wrong status names the current one
        JsonObject wrongState = problem(post(NOORDERLICHT, "/plaatsingen/" + running + "/hervatting",
                datum(TODAY)), 409);
        assertTrue(wrongState.getString("detail").contains("status GEACCEPTEERD"), wrongState.toString());
        JsonObject done = problem(post(TAALHUIS, "/plaatsingen/" + id("flow") + "/start", datum(TODAY)), 409);
        assertTrue(done.getString("detail").contains("status AFGEROND"), done.toString());
        assertEquals("AFGEROND", plaatsing(TAALHUIS, id("flow")).getString("status"));
        assertEquals("GEACCEPTEERD", plaatsing(NOORDERLICHT, running).getString("status"));

        // dates in the future and malformed ids
        JsonObject future = problem(post(NOORDERLICHT, "/plaatsingen/" + running + "/start",
                datum(TODAY.plusDays(3))), 400);
        assertEquals(Set.of("plaatsing.datum-in-toekomst"), codes(future));
        assertEquals("plaatsingId", problem(get(CB, "/plaatsingen/abc"), 400).getJsonArray("invalidParams")
                .getJsonObject(0).getString("name"));
    }

    // ---------------------------------------------------------------- the browser

    @Test
    @Order(50)
    void theGemeenteSeesItsMistakesAtTheFieldsOfTheRegistrationForm() {
        Browser b = browser();
        b.login(EEMSDELTA, PASSWORD);
        b.open("/app/inburgeraars/edit.xhtml");
        b.type("inburgeraar:klantReferentie", "KL-EEM-IT-10");
        b.type("inburgeraar:voorletters", "B.");
        b.type("inburgeraar:bsn", "123456789");
        b.click("inburgeraar:opslaan");
        b.waitForText("elfproef");
        assertTrue(b.currentUrl().contains("/app/inburgeraars/edit.xhtml"), b.currentUrl());
        fullScreenshot(b, "plaatsingen-01-registratie-fouten");
        assertEquals("Dit is geen geldig BSN: het voldoet niet aan de elfproef. Controleer op tikfouten.",
                messageAt(b, "bsn"));
        assertTrue(messageAt(b, "klantReferentie").contains("klantreferentie"), messageAt(b, "klantReferentie"));
        assertEquals("Dit veld is verplicht.", messageAt(b, "achternaam"));
        assertEquals("Dit veld is verplicht.", messageAt(b, "doelgroep"));

        String bsn = String.format("%09d", IDS.get("flowmansBsn"));
        b.type("inburgeraar:klantReferentie", "KL-EEM-IT-50");
        b.type("inburgeraar:achternaam", "Browserova");
        b.type("inburgeraar:bsn", bsn);
        new Select(b.byId("inburgeraar:doelgroep")).selectByValue("GEZINSMIGRANT");
        new Select(b.byId("inburgeraar:leerroute")).selectByValue("B1_ROUTE");
        b.type("inburgeraar:pipDatum_input", TODAY.minusDays(3).format(java.time.format.DateTimeFormatter
                .ofPattern("dd-MM-yyyy")));
        b.click("inburgeraar:opslaan");
        b.waitForText("al een inburgeraar met dit BSN");
        assertEquals("Er is in de regio al een inburgeraar met dit BSN geregistreerd.", messageAt(b, "bsn"));

        String fresh = newBsn();
        b.type("inburgeraar:bsn", fresh);
        b.click("inburgeraar:opslaan");
        b.waitForUrlContaining("/app/inburgeraars/detail.xhtml");
        b.waitForText("is geregistreerd");
        String page = b.pageText();
        assertTrue(page.contains("XXXXX" + fresh.substring(5)), page);
        assertFalse(page.contains(fresh), "the BSN is shown masked only");
        fullScreenshot(b, "plaatsingen-02-inburgeraar-geregistreerd");
    }

    /** A screenshot of the whole page, not only what fits in the window. */
    private static void fullScreenshot(Browser b, String name) {
        WebDriver d = b.driver();
        Dimension before = d.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        d.manage().window().setSize(new Dimension(before.getWidth(),
                (int) Math.min(5000, Math.max(before.getHeight(), height + 140))));
        b.screenshot(name);
        d.manage().window().setSize(before);
    }

    /** The text of the message next to an input of the registration form. */
    private static String messageAt(Browser b, String input) {
        WebElement field = b.byId("inburgeraar:" + input).findElement(By.xpath(
                "ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]"));
        return field.findElement(By.cssSelector(".ui-message")).getText().strip();
    }

    @Test
    @Order(51)
    void theContractManagerAllocatesABatchOnTheWorkbenchAndChangesALine() {
        // waiting in the B1 pool: the demo region's people of the north, referred by the contract manager
        List<Long> referred = new ArrayList<>();
        for (String naam : List.of("Kowalska", "Ahmadi", "Al-Khatib", "Nguyen", "Abdi")) {
            long i = ok(get(CB, "/inburgeraars?zoekterm=" + naam), 200).getJsonArray("resultaten").getJsonObject(0)
                    .getJsonNumber("id").longValue();
            referred.add(refer(CB, i));
        }
        long waiting = ok(get(CB, "/plaatsingen?status=AANGEMELD&leerroute=B1_ROUTE"), 200).getInt("totaal");

        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/toewijzing/werkbank.xhtml");
        b.waitForText("Perceel en capaciteit");
        Select lot = new Select(b.byId("werkbank:perceel"));
        WebElement b1 = lot.getOptions().stream().filter(o -> o.getText().startsWith("Perceel 1: B1-route"))
                .findFirst().orElseThrow();
        if (!b1.isSelected()) {
            lot.selectByValue(b1.getAttribute("value"));
            b.waitForText("Capaciteit perceel");
        }
        WebElement aantal = b.byId("werkbank:aantal_input");
        aantal.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(waiting));
        b.click("werkbank:oudste");
        b.waitForText(waiting + " verwijzingen geselecteerd");
        b.click("werkbank:maakVoorstel");
        b.waitForText("Er is nog niets vastgelegd");
        fullScreenshot(b, "plaatsingen-03-werkbank-voorstel");

        // nothing stored by the proposal
        for (long p : referred) {
            assertEquals("AANGEMELD", plaatsing(CB, p).getString("status"));
        }
        String page = b.pageText();
        assertTrue(page.contains("grootste tekort"), page);
        assertTrue(page.contains("In dit voorstel"), page);

        // the contract manager changes the first line to the other contract of the lot
        Select first = new Select(b.byId("werkbank:voorstel:0:contract"));
        String proposed = first.getFirstSelectedOption().getText();
        WebElement other = first.getOptions().stream()
                .filter(o -> !o.getText().equals(proposed) && o.getText().contains("-B1-")).findFirst().orElseThrow();
        String changedTo = other.getText();
        first.selectByVisibleText(changedTo);
        b.waitForText("Gewijzigd door u");
        b.click("werkbank:bevestig");
        b.click("bevestigJa");
        b.waitForText("zijn voorgesteld aan de aanbieders");
        assertEquals(String.valueOf(waiting), b.byId("werkbank:aantal_input").getAttribute("value"));
        fullScreenshot(b, "plaatsingen-04-werkbank-bevestigd");

        JsonObject pool = ok(get(CB, "/plaatsingen?status=AANGEMELD&leerroute=B1_ROUTE"), 200);
        assertEquals(0, pool.getInt("totaal"), pool.toString());
        JsonObject oldest = ok(get(CB, "/plaatsingen?status=VOORGESTELD&leerroute=B1_ROUTE&sorteer=aangemeldOp"
                + "&paginaGrootte=100"), 200);
        assertTrue(oldest.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("contractNummer").equals(changedTo)), oldest.toString());
    }

    @Test
    @Order(52)
    void theProviderAcceptsAndDeclinesIncomingPlacementsInThePortal() {
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/plaatsingen/list.xhtml");
        b.waitForText("Te beoordelen");
        fullScreenshot(b, "plaatsingen-05-aanbieder-te-beoordelen");
        assertFalse(b.pageText().contains("XXXXX"), "a provider sees no BSN");
        long before = ok(get(TAALHUIS, "/plaatsingen?status=VOORGESTELD"), 200).getInt("totaal");
        assertTrue(before >= 2, "proposals waiting for Taalhuis: " + before);

        // declining without a reason: the message stays in the dialog, nothing changes
        b.click("plaatsingen:tabel:0:weigeren");
        b.waitForText("Reden van weigering");
        b.click("actie:uitvoeren");
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("actieDialoog"), "Dit veld is verplicht"));
        b.screenshot("plaatsingen-06-aanbieder-weigeren-zonder-reden");
        b.type("actie:reden", "Geen plek in een avondgroep.");
        b.click("actie:uitvoeren");
        b.waitForText("weer in de wachtrij");

        b.click("plaatsingen:tabel:0:accepteren");
        b.waitForText("Plaatsing accepteren");
        b.click("actie:uitvoeren");
        b.waitForText("is geaccepteerd");
        fullScreenshot(b, "plaatsingen-07-aanbieder-geaccepteerd");
        assertEquals(before - 2, ok(get(TAALHUIS, "/plaatsingen?status=VOORGESTELD"), 200).getInt("totaal"));
    }

    @Test
    @Order(53)
    void theGemeenteFollowsThePlacementAndAnotherGemeenteFindsNothing() {
        Browser b = browser();
        b.login(EEMSDELTA, PASSWORD);
        b.open("/app/inburgeraars/detail.xhtml?id=" + id("flowmans"));
        b.waitForText("Flowmans");
        assertTrue(b.pageText().contains("Afgerond"), b.pageText());
        b.driver().findElement(By.cssSelector("a[id$=':plaatsing']")).click();
        b.waitForUrlContaining("/app/plaatsingen/detail.xhtml");
        b.waitForText("Historie");
        String page = b.pageText();
        assertTrue(page.contains("Ziekenhuisopname"), page);
        assertTrue(page.contains("aanbieder.taalhuis"), page);
        assertEquals(7, b.driver().findElements(By.cssSelector("[id$='historie_data'] > tr")).size());
        fullScreenshot(b, "plaatsingen-08-gemeente-volgt-plaatsing");

        b.login(HOGELAND, PASSWORD);
        b.open("/app/inburgeraars/detail.xhtml?id=" + id("flowmans"));
        b.waitForText("niet gevonden");
        assertFalse(b.pageText().contains("Flowmans"), b.pageText());
        b.open("/app/plaatsingen/detail.xhtml?id=" + id("flow"));
        b.waitForText("niet gevonden");
        assertFalse(b.pageText().contains("Flowmans"), b.pageText());
        b.open("/app/inburgeraars/list.xhtml");
        b.waitForText("Ahmadi");
        assertFalse(b.pageText().contains("Flowmans"), b.pageText());
        assertFalse(b.pageText().contains("Haddad"), b.pageText());
    }

    // ---------------------------------------------------------------- target shares

    @Test
    @Order(60)
    void theContractManagerSetsTargetSharesAndTheProposalFollowsThem() {
        // a lot of two contracts with room enough, for the providers of the demo's B1 lot, weighted 3:1
        List<Long> lot = new ArrayList<>();
        for (String b1 : List.of("-B1-01", "-B1-02")) {
            String nummer = "AB-IT-AANDEEL-" + (lot.size() + 1);
            long aanbiederId = contract(b1).getJsonNumber("aanbiederId").longValue();
            lot.add(ok(post(CB, "/contracten", Json.createObjectBuilder()
                    .add("contractNummer", nummer).add("aanbiederId", aanbiederId).add("herkomst", "AANBESTEDING")
                    .add("herkomstReferentie", "AB-IT-AANDEEL").add("perceel", "Perceel D: B1-route")
                    .add("leerroutes", Json.createArrayBuilder().add("B1_ROUTE"))
                    .add("gemeenteIds", Json.createArrayBuilder().add(id("eemsdelta")))
                    .add("startdatum", TODAY.minusMonths(1).toString()).add("einddatum", TODAY.plusYears(1).toString())
                    .add("capaciteit", 50).add("btwTarief", "EENENTWINTIG")
                    .add("tarieven", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("geldigVanaf", TODAY.minusMonths(1).toString()).add("betaalmodel", "PER_UUR")
                            .add("bedrag", "60.00")))), 201).getJsonNumber("id").longValue());
        }
        long drie = lot.get(0);
        long een = lot.get(1);
        JsonObject gezet = ok(put(CB, "/contracten/" + drie + "/doelaandeel", "{\"gewicht\": 75}"), 200);
        assertEquals(drie, gezet.getJsonNumber("contractId").longValue());
        assertEquals(0, gezet.getJsonNumber("gewicht").bigDecimalValue().compareTo(new BigDecimal("75")),
                gezet.toString());
        ok(put(CB, "/contracten/" + een + "/doelaandeel", "{\"gewicht\": 25}"), 200);

        // eight waiting referrals: six for the weight of 3, two for the weight of 1
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (int i = 0; i < 8; i++) {
            ids.add(refer(EEMSDELTA, register(EEMSDELTA, "KL-EEM-IT-6" + i, "Aandeel" + (char) ('a' + i),
                    "B1_ROUTE")));
        }
        JsonObject voorstel = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder()
                .add("aanbesteding", "AB-IT-AANDEEL").add("perceel", "Perceel D: B1-route").add("plaatsingIds", ids)),
                200);
        Map<Long, Long> perContract = voorstel.getJsonArray("regels").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.containsKey("contractId"))
                .collect(Collectors.groupingBy(r -> r.getJsonNumber("contractId").longValue(), Collectors.counting()));
        assertEquals(Map.of(drie, 6L, een, 2L), perContract, voorstel.toString());
        assertTrue(voorstel.getJsonArray("contracten").getValuesAs(JsonObject.class).stream()
                .allMatch(c -> c.containsKey("gewicht")), voorstel.toString());

        List<Long> verwijzingen = voorstel.getJsonArray("regels").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("plaatsingId").longValue()).toList();
        JsonObject batch = Json.createObjectBuilder().add("aanbesteding", "AB-IT-AANDEEL")
                .add("perceel", "Perceel D: B1-route").add("plaatsingIds", Json.createArrayBuilder(verwijzingen)).build();

        // one weight removed: the weights are incomplete, and a proposal says which contract lacks one
        JsonObject verwijderd = ok(http().delete("/api/v1/contracten/" + een + "/doelaandeel", TOKENS.get(CB)), 200);
        assertFalse(verwijderd.containsKey("gewicht"), verwijderd.toString());
        JsonObject onvolledig = problem(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder(batch)), 400);
        assertEquals(Set.of("toewijzing.doelaandeel-onvolledig"), codes(onvolledig), reasons(onvolledig));

        // only the contract manager; a weight greater than zero; only a contract from a tendered lot
        problem(put(EEMSDELTA, "/contracten/" + drie + "/doelaandeel", "{\"gewicht\": 10}"), 403);
        problem(http().delete("/api/v1/contracten/" + drie + "/doelaandeel", TOKENS.get(EEMSDELTA)), 403);
        JsonObject negatief = problem(put(CB, "/contracten/" + drie + "/doelaandeel", "{\"gewicht\": -5}"), 400);
        assertEquals(Set.of("doelaandeel.ongeldig"), codes(negatief), reasons(negatief));
        JsonObject leeg = problem(put(CB, "/contracten/" + drie + "/doelaandeel", "{}"), 400);
        assertEquals(Set.of("gewicht"), leeg.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).collect(Collectors.toSet()), leeg.toString());
        JsonObject geenPerceel = problem(put(CB, "/contracten/" + id("OH-001") + "/doelaandeel",
                "{\"gewicht\": 10}"), 400);
        assertEquals(Set.of("toewijzing.geen-perceel"), codes(geenPerceel), reasons(geenPerceel));
        problem(put(CB, "/contracten/999999/doelaandeel", "{\"gewicht\": 10}"), 404);
        // refused changes stored nothing: the first contract still has its weight, the second still none
        String nogSteeds = reasons(problem(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder(batch)), 400));
        assertTrue(nogSteeds.contains("AB-IT-AANDEEL-2") && !nogSteeds.contains("AB-IT-AANDEEL-1"), nogSteeds);

        // both removed: equal shares again
        ok(http().delete("/api/v1/contracten/" + drie + "/doelaandeel", TOKENS.get(CB)), 200);
        JsonObject gelijk = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder(batch)), 200);
        assertEquals(Map.of(drie, 4L, een, 4L), gelijk.getJsonArray("regels").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getJsonNumber("contractId").longValue(), Collectors.counting())),
                gelijk.toString());

        // on the workbench: the pencil in the target-share cell opens a dialog; zero is refused at the field
        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/toewijzing/werkbank.xhtml");
        b.waitForText("Perceel en capaciteit");
        Select lotKeuze = new Select(b.byId("werkbank:perceel"));
        WebElement perceelD = lotKeuze.getOptions().stream().filter(o -> o.getText().startsWith("Perceel D: B1-route"))
                .findFirst().orElseThrow();
        if (!perceelD.isSelected()) {
            lotKeuze.selectByValue(perceelD.getAttribute("value"));
        }
        b.waitForText("AB-IT-AANDEEL-2");
        b.waitForText("de verdeling is in gelijke delen");
        for (String[] zet : List.of(new String[] {"1", "25", "AB-IT-AANDEEL-2", "stel het voor elk contract in"},
                new String[] {"0", "75", "AB-IT-AANDEEL-1", "de verdeling volgt de doelaandelen"})) {
            b.click("werkbank:bezetting:" + zet[0] + ":bewerkDoelaandeel");
            WebElement veld = new WebDriverWait(b.driver(), Duration.ofSeconds(20))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("doelaandeel:gewicht_input")));
            if (zet[0].equals("1")) {
                veld.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
                b.click("doelaandeel:opslaan");
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions
                        .textToBePresentInElementLocated(By.id("doelaandeelDialoog"), "groter dan nul"));
                b.screenshot("plaatsingen-09-doelaandeel-ongeldig");
                veld = b.byId("doelaandeel:gewicht_input");
            }
            veld.sendKeys(Keys.chord(Keys.CONTROL, "a"), zet[1]);
            b.click("doelaandeel:opslaan");
            b.waitForText("Het doelaandeel van contract " + zet[2] + " is ingesteld.");
            b.waitForText(zet[3]);
        }
        fullScreenshot(b, "plaatsingen-10-doelaandeel-ingesteld");
        JsonObject weer = ok(post(CB, "/toewijzingsvoorstellen", Json.createObjectBuilder(batch)), 200);
        assertEquals(Map.of(drie, 6L, een, 2L), weer.getJsonArray("regels").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.groupingBy(r -> r.getJsonNumber("contractId").longValue(), Collectors.counting())),
                weer.toString());
    }
}
