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
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * Issue 7 through the API, on the real WAR and PostgreSQL: two full months of a PER_UUR contract (21 % VAT)
 * with placements of two gemeenten and a zelfbetaler: attendance, the settlement run with its progress, bad
 * input refused with nothing stored, two simultaneous runs of one month (one invoice per contract and kind),
 * the provider's submission with its own number, a re-run that leaves the frozen invoice alone, an approved
 * correction of the first month billed in the second, line rejection and approval with the gemeenten's shares,
 * the statements per gemeente (tenancy), their PDF, CSV and UBL exports (the UBL validated against the official
 * SI-UBL 2.0 rules: zero errors), making a statement definitive and the payment.
 *
 * <p>The contract is made for the test (start a year back), so the months are real past months whatever the
 * date. Expected amounts are computed here from the hours posted and the rate, not read back from the portal.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SettlementIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final String CB = "contractbeheerder";
    private static final String EEMSDELTA = "gemeente.eemsdelta";
    private static final String HOGELAND = "gemeente.hogeland";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final String NOORDERLICHT = "aanbieder.noorderlicht";
    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    /** The first month settled, and the next. */
    private static final YearMonth M2 = YearMonth.from(TODAY.minusMonths(2));
    private static final YearMonth M1 = YearMonth.from(TODAY.minusMonths(1));
    private static final BigDecimal RATE = new BigDecimal("62.50");

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static Browser browser;
    private static TestDatabase.Connection database;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive archive = Deployments.portal();
        database = Deployments.database();
        return archive;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // ---------------------------------------------------------------- helpers

    record Answer(int status, String contentType, byte[] bytes, HttpResponse<byte[]> raw) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Answer send(String user, String method, String path, JsonObjectBuilder body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1"
                + path)).timeout(Duration.ofSeconds(120)).header("Accept", "*/*");
        if (user != null) {
            b.header("Authorization", "Bearer " + TOKENS.get(user));
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", JSON).method(method, HttpRequest.BodyPublishers.ofString(body.build().toString()));
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String user, String path) {
        return send(user, "GET", path, null);
    }

    private Answer post(String user, String path, JsonObjectBuilder body) {
        return send(user, "POST", path, body);
    }

    private static JsonObject ok(Answer r, int status) {
        assertEquals(status, r.status(), r.body());
        assertEquals("1.0.0", r.header("API-Version"));
        return r.json();
    }

    private static JsonObject problem(Answer r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        return r.json();
    }

    private static List<String> invalid(JsonObject problem) {
        return problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name") + "=" + p.getString("code")).sorted().toList();
    }

    private long id(String name) {
        Long id = IDS.get(name);
        assertNotNull(id, name);
        return id;
    }

    private static List<JsonObject> results(JsonObject lijst) {
        return lijst.getJsonArray("resultaten").getValuesAs(JsonObject.class);
    }

    private static BigDecimal money(JsonObject o, String field) {
        return new BigDecimal(o.getString(field));
    }

    private static BigDecimal cents(BigDecimal b) {
        return b.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private long gemeente(String naam) {
        return results(ok(get(CB, "/gemeenten?paginaGrootte=100"), 200)).stream()
                .filter(g -> g.getString("naam").equals(naam)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Registers, refers, allocates to the test contract, accepts and starts on the first day of M2. */
    private long placement(String gemeenteUser, String ref, int seed, String doelgroep, boolean zelfbetaler) {
        long inburgeraar = ok(post(gemeenteUser, "/inburgeraars", Json.createObjectBuilder()
                .add("klantReferentie", ref).add("bsn", TestData.bsn(seed)).add("voorletters", "T.")
                .add("achternaam", "Afreken-" + ref).add("doelgroep", doelgroep).add("leerroute", "B1_ROUTE")
                .add("pipDatum", M2.atDay(1).minusDays(20).toString()).add("zelfbetaler", zelfbetaler)), 201)
                .getJsonNumber("id").longValue();
        long plaatsing = ok(post(gemeenteUser, "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", inburgeraar).add("geplandeStart", TODAY.plusDays(7).toString())
                .add("geplandeUren", 400)), 201).getJsonNumber("id").longValue();
        ok(post(CB, "/toewijzingsvoorstellen/bevestiging", Json.createObjectBuilder().add("toewijzingen",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("plaatsingId", plaatsing)
                        .add("contractId", id("contract"))))), 200);
        ok(post(TAALHUIS, "/plaatsingen/" + plaatsing + "/acceptatie", Json.createObjectBuilder()), 200);
        TestData.update("update plaatsing set aangemeld_op = ? where id = ?", M2.atDay(1).minusDays(10), plaatsing);
        ok(post(TAALHUIS, "/plaatsingen/" + plaatsing + "/start", Json.createObjectBuilder()
                .add("datum", M2.atDay(1).toString())), 200);
        return plaatsing;
    }

    /** Posts attended hours (scheduled = attended) on the given days of a month; all must be accepted. */
    private void attendance(long plaatsing, YearMonth month, String hours, int... days) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int day : days) {
            a.add(Json.createObjectBuilder().add("plaatsingId", plaatsing).add("datum", month.atDay(day).toString())
                    .add("onderdeel", "TAAL").add("geroosterdeUren", new BigDecimal(hours))
                    .add("aanwezigeUren", new BigDecimal(hours)));
        }
        HttpRequest r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/presenties"))
                .header("Authorization", "Bearer " + TOKENS.get(TAALHUIS)).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofString(a.build().toString())).build();
        try {
            HttpResponse<String> answer = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
            assertEquals(days.length, json.getInt("geaccepteerd") + json.getInt("vervangen"), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a run and waits until it is done; returns the finished run. */
    private JsonObject settle(YearMonth month) {
        Answer started = post(CB, "/afrekeningen", Json.createObjectBuilder().add("maand", month.toString())
                .add("contractId", id("contract")));
        JsonObject run = ok(started, 202);
        assertTrue(started.header("Location").endsWith("/afrekeningen/" + run.getJsonNumber("id")),
                started.header("Location"));
        return waitFor(run.getJsonNumber("id").longValue());
    }

    private JsonObject waitFor(long runId) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            JsonObject run = ok(get(CB, "/afrekeningen/" + runId), 200);
            String status = run.getString("status");
            if (status.equals("GEREED") || status.equals("MISLUKT")) {
                assertEquals("GEREED", status, run.toString());
                assertEquals(100, run.getInt("voortgang"));
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("run " + runId + " did not finish");
    }

    private JsonObject invoice(YearMonth month, String soort) {
        List<JsonObject> l = results(ok(get(CB, "/facturen?maand=" + month + "&contractId=" + id("contract")
                + "&soort=" + soort), 200));
        assertEquals(1, l.size(), l.toString());
        return l.get(0);
    }

    private List<JsonObject> lines(long factuurId) {
        return results(ok(get(CB, "/facturen/" + factuurId + "/regels?paginaGrootte=100"), 200));
    }

    // ---------------------------------------------------------------- set-up

    @Test
    @Order(1)
    void aContractPlacementsAndTwoMonthsOfAttendance() {
        browser = new Browser(base);
        for (String user : List.of(CB, EEMSDELTA, HOGELAND, TAALHUIS, NOORDERLICHT)) {
            TOKENS.put(user, browser.createApiToken(user, PASSWORD, "SettlementIT " + user));
        }
        long taalhuis = results(ok(get(CB, "/aanbieders?paginaGrootte=100"), 200)).stream()
                .filter(a -> a.getString("naam").startsWith("Taalhuis")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        IDS.put("eemsdelta", gemeente("Eemsdelta"));
        IDS.put("hogeland", gemeente("Het Hogeland"));
        LocalDate start = TODAY.minusYears(1).withDayOfMonth(1);
        JsonObject contract = ok(post(CB, "/contracten", Json.createObjectBuilder()
                .add("contractNummer", "AB-IT-SET-01").add("aanbiederId", taalhuis).add("herkomst", "AANBESTEDING")
                .add("herkomstReferentie", "AB-IT Afrekening").add("perceel", "Perceel IT")
                .add("leerroutes", Json.createArrayBuilder().add("B1_ROUTE"))
                .add("gemeenteIds", Json.createArrayBuilder().add(id("eemsdelta")).add(id("hogeland")))
                .add("startdatum", start.toString()).add("einddatum", start.plusYears(3).toString())
                .add("btwTarief", "EENENTWINTIG")
                .add("tarieven", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("geldigVanaf", start.toString()).add("betaalmodel", "PER_UUR").add("bedrag", RATE)))),
                201);
        IDS.put("contract", contract.getJsonNumber("id").longValue());

        IDS.put("a", placement(EEMSDELTA, "SET-A", 31_415_926, "ASIELMIGRANT", false));
        IDS.put("c", placement(EEMSDELTA, "SET-C", 27_182_818, "ASIELMIGRANT", false));
        IDS.put("b", placement(HOGELAND, "SET-B", 16_180_339, "ASIELMIGRANT", false));
        IDS.put("z", placement(EEMSDELTA, "SET-Z", 14_142_135, "GEZINSMIGRANT", true));

        // M2: a 3 x 3 h = 9 h; b 2 x 2.5 h = 5 h; c 4 h; z 2 h
        attendance(id("a"), M2, "3", 2, 3, 4);
        attendance(id("b"), M2, "2.5", 2, 3);
        attendance(id("c"), M2, "4", 5);
        attendance(id("z"), M2, "2", 2);
        // M1: a 2 x 3 h = 6 h; b 1 x 3 h; c 2 h; z 3 h
        attendance(id("a"), M1, "3", 6, 7);
        attendance(id("b"), M1, "3", 6);
        attendance(id("c"), M1, "2", 8);
        attendance(id("z"), M1, "3", 6);
    }

    // ---------------------------------------------------------------- the run

    @Test
    @Order(10)
    void badRunRequestsAreRefusedAndStoreNothing() {
        long before = ok(get(CB, "/afrekeningen"), 200).getJsonNumber("totaal").longValue();
        YearMonth now = YearMonth.from(TODAY);
        assertEquals(List.of("maand=afrekening.maand.lopend"), invalid(problem(post(CB, "/afrekeningen",
                Json.createObjectBuilder().add("maand", now.toString())), 400)));
        assertEquals(List.of("maand=maand"), invalid(problem(post(CB, "/afrekeningen",
                Json.createObjectBuilder().add("maand", M1.getYear() + "-13")), 400)));
        assertEquals(List.of("maand=verplicht"), invalid(problem(post(CB, "/afrekeningen",
                Json.createObjectBuilder()), 400)).stream().map(s -> s.replaceAll("=.*", "=verplicht")).toList());
        assertEquals(List.of("contractId=afrekening.contract.onbekend"), invalid(problem(post(CB, "/afrekeningen",
                Json.createObjectBuilder().add("maand", M1.toString()).add("contractId", 987_654)), 400)));
        problem(post(EEMSDELTA, "/afrekeningen", Json.createObjectBuilder().add("maand", M1.toString())), 403);
        problem(post(TAALHUIS, "/afrekeningen", Json.createObjectBuilder().add("maand", M1.toString())), 403);
        assertEquals(before, ok(get(CB, "/afrekeningen"), 200).getJsonNumber("totaal").longValue());
        assertEquals(0, TestData.sql("select count(*) from factuur"));
    }

    @Test
    @Order(11)
    void theFirstMonthGivesAGemeentenInvoiceWithSharesAndASeparateZelfbetalerInvoice() {
        JsonObject run = settle(M2);
        assertEquals(2, run.getInt("facturenBerekend"), run.toString());

        JsonObject gemeenten = invoice(M2, "GEMEENTEN");
        // a 9 h, b 5 h, c 4 h at 62.50: 562.50 + 312.50 + 250.00 = 1125.00, VAT 21 % = 236.25
        BigDecimal net = cents(RATE.multiply(new BigDecimal("18")));
        assertEquals(net, money(gemeenten, "netto"));
        assertEquals(cents(net.multiply(new BigDecimal("0.21"))), money(gemeenten, "btw"));
        assertEquals("CONCEPT", gemeenten.getString("status"));
        assertEquals(3, gemeenten.getInt("aantalRegels"));
        Map<String, BigDecimal> shares = new HashMap<>();
        BigDecimal vat = BigDecimal.ZERO;
        for (JsonObject s : gemeenten.getJsonArray("aandelen").getValuesAs(JsonObject.class)) {
            shares.put(s.getString("gemeente"), money(s, "netto"));
            vat = vat.add(money(s, "btw"));
        }
        assertEquals(Map.of("Eemsdelta", cents(RATE.multiply(new BigDecimal("13"))), "Het Hogeland",
                cents(RATE.multiply(new BigDecimal("5")))), shares);
        assertEquals(money(gemeenten, "btw"), vat);

        JsonObject zelf = invoice(M2, "ZELFBETALERS");
        assertEquals(cents(RATE.multiply(new BigDecimal("2"))), money(zelf, "netto"));
        assertTrue(zelf.getJsonArray("aandelen").isEmpty());
        List<JsonObject> zelfLines = lines(zelf.getJsonNumber("id").longValue());
        assertEquals(1, zelfLines.size());
        assertEquals(id("z"), zelfLines.get(0).getJsonNumber("plaatsingId").longValue());
        assertTrue(zelfLines.get(0).getBoolean("zelfbetaler"));
        // the zelfbetaler is never in a gemeente's line of the gemeenten invoice
        assertFalse(lines(gemeenten.getJsonNumber("id").longValue()).stream()
                .anyMatch(l -> l.getJsonNumber("plaatsingId").longValue() == id("z")));
        IDS.put("m2-gemeenten", gemeenten.getJsonNumber("id").longValue());
        IDS.put("m2-zelf", zelf.getJsonNumber("id").longValue());
    }

    @Test
    @Order(12)
    void twoRunsOfTheSameMonthStartedTogetherMakeOneInvoicePerContractAndKind() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> started = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                started.add(pool.submit(() -> {
                    go.await();
                    return post(CB, "/afrekeningen", Json.createObjectBuilder().add("maand", M2.toString()));
                }));
            }
            go.countDown();
            for (Future<Answer> f : started) {
                waitFor(ok(f.get(), 202).getJsonNumber("id").longValue());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, TestData.sql("select count(*) from (select contract_id, maand, soort from factuur"
                + " group by contract_id, maand, soort having count(*) > 1) d"));
        assertEquals(id("m2-gemeenten"), invoice(M2, "GEMEENTEN").getJsonNumber("id").longValue());
        assertEquals(3, invoice(M2, "GEMEENTEN").getInt("aantalRegels"));
    }

    @Test
    @Order(13)
    void aProviderSeesOnlyItsOwnInvoicesAndAGemeenteNone() {
        problem(get(NOORDERLICHT, "/facturen/" + id("m2-gemeenten")), 404);
        problem(get(NOORDERLICHT, "/facturen/" + id("m2-gemeenten") + "/regels"), 404);
        assertEquals(0, ok(get(NOORDERLICHT, "/facturen"), 200).getJsonNumber("totaal").longValue());
        assertTrue(ok(get(TAALHUIS, "/facturen?maand=" + M2), 200).getJsonNumber("totaal").longValue() >= 2);
        problem(get(EEMSDELTA, "/facturen"), 403);
        problem(post(NOORDERLICHT, "/facturen/" + id("m2-gemeenten") + "/indiening", Json.createObjectBuilder()
                .add("factuurnummer", "NL-1")), 404);
    }

    // ---------------------------------------------------------------- submission, frozen, correction

    @Test
    @Order(20)
    void theProviderSubmitsWithItsOwnNumberAndAReRunLeavesTheSubmittedInvoiceAlone() {
        long f = id("m2-gemeenten");
        assertEquals(List.of("factuurnummer=verplicht"), invalid(problem(post(TAALHUIS, "/facturen/" + f
                + "/indiening", Json.createObjectBuilder().add("factuurnummer", " ")), 400)).stream()
                .map(s -> s.replaceAll("=.*", "=verplicht")).toList());
        assertEquals("CONCEPT", ok(get(TAALHUIS, "/facturen/" + f), 200).getString("status"));
        JsonObject submitted = ok(post(TAALHUIS, "/facturen/" + f + "/indiening", Json.createObjectBuilder()
                .add("factuurnummer", "TH-IT-0001")), 200);
        assertEquals("INGEDIEND", submitted.getString("status"));
        assertEquals("TH-IT-0001", submitted.getString("factuurnummer"));
        // the same number for the zelfbetaler invoice: refused, named, nothing changed
        assertEquals(List.of("factuurnummer=factuurnummer.bestaat"), invalid(problem(post(TAALHUIS, "/facturen/"
                + id("m2-zelf") + "/indiening", Json.createObjectBuilder().add("factuurnummer", "TH-IT-0001")), 400)));
        assertEquals("CONCEPT", ok(get(TAALHUIS, "/facturen/" + id("m2-zelf")), 200).getString("status"));
        ok(post(TAALHUIS, "/facturen/" + id("m2-zelf") + "/indiening", Json.createObjectBuilder()
                .add("factuurnummer", "TH-IT-0002")), 200);
        // submitting twice: 409
        problem(post(TAALHUIS, "/facturen/" + f + "/indiening", Json.createObjectBuilder()
                .add("factuurnummer", "TH-IT-0003")), 409);

        // the contract manager's dashboard counts the invoices awaiting approval and links to them
        browser.login(CB, PASSWORD);
        browser.open("/app/dashboard.xhtml");
        String kaart = browser.byId("statFacturen").getText();
        assertTrue(kaart.contains("2") && kaart.contains("Facturen ter goedkeuring"), kaart);
        browser.screenshot("settlement-dashboard-contractbeheerder");
        browser.click("statFacturen");
        browser.waitForUrlContaining("facturen.xhtml");
        assertTrue(browser.currentUrl().contains("status=INGEDIEND"), browser.currentUrl());
        assertTrue(browser.pageText().contains("TH-IT-0001"), browser.pageText());
        browser.logout();

        JsonObject rerun = settle(M2);
        assertEquals(2, rerun.getInt("facturenBevroren"), rerun.toString());
        assertEquals(0, rerun.getInt("facturenBerekend"));
        assertEquals(submitted.getString("netto"), invoice(M2, "GEMEENTEN").getString("netto"));
    }

    @Test
    @Order(21)
    void anApprovedCorrectionOfTheSettledMonthIsBilledInTheNextMonthReferencingIt() {
        // the month is locked by the settlement: a change goes through a correction request
        JsonObject correction = ok(post(TAALHUIS, "/presenties/correctieverzoeken", Json.createObjectBuilder()
                .add("plaatsingId", id("a")).add("datum", M2.atDay(4).toString()).add("onderdeel", "TAAL")
                .add("geroosterdeUren", 4).add("aanwezigeUren", 4).add("reden", "Een uur extra les, vergeten")), 201);
        ok(post(CB, "/presenties/correctieverzoeken/" + correction.getJsonNumber("id") + "/goedkeuring",
                Json.createObjectBuilder().add("toelichting", "Klopt met de presentielijst")), 200);

        JsonObject run = settle(M1);
        assertEquals(2, run.getInt("facturenBerekend"), run.toString());
        JsonObject gemeenten = invoice(M1, "GEMEENTEN");
        // own lines: a 6 h, b 3 h, c 2 h = 11 h; correction of M2 for a: +1 h
        assertEquals(cents(RATE.multiply(new BigDecimal("12"))), money(gemeenten, "netto"));
        List<JsonObject> corrections = lines(gemeenten.getJsonNumber("id").longValue()).stream()
                .filter(l -> l.getBoolean("correctie")).toList();
        assertEquals(1, corrections.size(), corrections.toString());
        assertEquals(M2.toString(), corrections.get(0).getString("periode"));
        assertEquals(0, new BigDecimal("1").compareTo(corrections.get(0).getJsonNumber("aantal").bigDecimalValue()));
        assertEquals(cents(RATE), money(corrections.get(0), "bedrag"));
        assertEquals(1, TestData.sql("select count(*) from correctieverzoek where id = ? and not te_verrekenen"
                + " and verrekend_in = ?", correction.getJsonNumber("id").longValue(), M1.atDay(1)));
        IDS.put("m1-gemeenten", gemeenten.getJsonNumber("id").longValue());
    }

    // ---------------------------------------------------------------- review, statements, exports

    @Test
    @Order(30)
    void theContractManagerRejectsOneLineAndApprovesTheRest() {
        long f = id("m1-gemeenten");
        ok(post(TAALHUIS, "/facturen/" + f + "/indiening", Json.createObjectBuilder()
                .add("factuurnummer", "TH-IT-0010")), 200);
        JsonObject lineC = lines(f).stream().filter(l -> l.getJsonNumber("plaatsingId").longValue() == id("c"))
                .findFirst().orElseThrow();
        String path = "/facturen/" + f + "/regels/" + lineC.getJsonNumber("id") + "/afkeuring";
        assertEquals(List.of("afkeurcode=verplicht", "opmerking=verplicht"), invalid(problem(post(CB, path,
                Json.createObjectBuilder()), 400)).stream().map(s -> s.replaceAll("=.*", "=verplicht")).toList());
        problem(post(TAALHUIS, path, Json.createObjectBuilder().add("afkeurcode", "ANDERS").add("opmerking", "x")), 403);
        JsonObject rejected = ok(post(CB, path, Json.createObjectBuilder().add("afkeurcode", "NIET_GELEVERD")
                .add("opmerking", "Les op deze dag is niet gegeven.")), 200);
        assertEquals("AFGEKEURD", rejected.getString("beoordeling"));

        JsonObject approved = ok(post(CB, "/facturen/" + f + "/goedkeuring", null), 200);
        assertEquals("GOEDGEKEURD", approved.getString("status"));
        BigDecimal approvedNet = cents(RATE.multiply(new BigDecimal("10")));   // 12 h minus c's 2 h
        assertEquals(approvedNet, money(approved, "goedgekeurdNetto"));
        assertEquals(cents(approvedNet.multiply(new BigDecimal("0.21"))), money(approved, "goedgekeurdBtw"));
        BigDecimal shares = BigDecimal.ZERO;
        for (JsonObject s : approved.getJsonArray("aandelen").getValuesAs(JsonObject.class)) {
            shares = shares.add(money(s, "totaal"));
        }
        assertEquals(money(approved, "goedgekeurdTotaal"), shares);
        assertEquals(1, approved.getInt("aantalAfgekeurd"));
        problem(post(CB, "/facturen/" + f + "/goedkeuring", null), 409);

        // the first month's invoices are approved too, so that month has statements as well; the zelfbetaler
        // invoice is approved without any gemeente's share
        ok(post(CB, "/facturen/" + id("m2-gemeenten") + "/goedkeuring", null), 200);
        JsonObject zelf = ok(post(CB, "/facturen/" + id("m2-zelf") + "/goedkeuring", null), 200);
        assertEquals("GOEDGEKEURD", zelf.getString("status"));
        assertTrue(zelf.getJsonArray("aandelen").isEmpty());
        assertEquals(money(zelf, "netto"), money(zelf, "goedgekeurdNetto"));
    }

    @Test
    @Order(31)
    void eachGemeenteSeesExactlyItsOwnStatementAndTheyAddUpToTheApprovedInvoices() {
        List<JsonObject> own = results(ok(get(EEMSDELTA, "/verrekenstaten?maand=" + M1), 200));
        assertEquals(1, own.size(), own.toString());
        JsonObject eemsdelta = own.get(0);
        assertEquals("Eemsdelta", eemsdelta.getString("gemeente"));
        // Eemsdelta: a 6 h + correction 1 h = 7 h (c rejected); Het Hogeland: b 3 h
        assertEquals(cents(RATE.multiply(new BigDecimal("7"))), money(eemsdelta, "netto"));
        JsonObject hogeland = results(ok(get(HOGELAND, "/verrekenstaten?maand=" + M1), 200)).get(0);
        assertEquals(cents(RATE.multiply(new BigDecimal("3"))), money(hogeland, "netto"));
        // another gemeente's statement: 404, in every representation
        long hogelandId = hogeland.getJsonNumber("id").longValue();
        for (String suffix : List.of("", "/pdf", "/csv", "/ubl")) {
            problem(get(EEMSDELTA, "/verrekenstaten/" + hogelandId + suffix), 404);
        }
        problem(get(TAALHUIS, "/verrekenstaten"), 403);
        assertTrue(results(ok(get(EEMSDELTA, "/verrekenstaten?paginaGrootte=100"), 200)).stream()
                .allMatch(v -> v.getString("gemeente").equals("Eemsdelta")));

        // the statements of the month sum exactly to the approved invoice
        BigDecimal sum = results(ok(get(CB, "/verrekenstaten?maand=" + M1 + "&paginaGrootte=100"), 200)).stream()
                .map(v -> money(v, "totaal")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(money(ok(get(CB, "/facturen/" + id("m1-gemeenten")), 200), "goedgekeurdTotaal"), sum);
        JsonObject detail = ok(get(EEMSDELTA, "/verrekenstaten/" + eemsdelta.getJsonNumber("id")), 200);
        assertEquals(1, detail.getJsonArray("aandelen").size());
        assertEquals("TH-IT-0010", detail.getJsonArray("aandelen").getJsonObject(0).getString("factuurnummer"));
        IDS.put("vs-eemsdelta", eemsdelta.getJsonNumber("id").longValue());
    }

    @Test
    @Order(32)
    void theStatementExportsAsPdfCsvAndAValidSiUblInvoice() throws IOException {
        long vs = id("vs-eemsdelta");
        Answer pdf = get(EEMSDELTA, "/verrekenstaten/" + vs + "/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        try (PDDocument doc = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Eemsdelta"), text);
            assertTrue(text.contains("AB-IT-SET-01"), text);
        }

        Answer csv = get(EEMSDELTA, "/verrekenstaten/" + vs + "/csv");
        assertEquals(200, csv.status());
        String csvText = csv.body();
        assertTrue(csvText.startsWith("\uFEFF"), "UTF-8 with BOM");
        assertTrue(csvText.contains(";") && csvText.contains("AB-IT-SET-01"), csvText);

        Answer ubl = get(EEMSDELTA, "/verrekenstaten/" + vs + "/ubl");
        assertEquals(200, ubl.status(), ubl.body());
        List<String> errors = UblValidatie.fouten(ubl.bytes());
        assertEquals(List.of(), errors, ubl.body());
        // every statement of both months validates
        for (JsonObject v : results(ok(get(CB, "/verrekenstaten?paginaGrootte=100"), 200))) {
            Answer u = get(CB, "/verrekenstaten/" + v.getJsonNumber("id") + "/ubl");
            assertEquals(200, u.status(), u.body());
            assertEquals(List.of(), UblValidatie.fouten(u.bytes()), v.getString("nummer"));
        }
        assertTrue(TestData.sql("select count(*) from audit_regel where entiteit = 'Verrekenstaat' and actie = 'GEEXPORTEERD'")
                >= 3);
    }

    @Test
    @Order(33)
    void aDefinitiveStatementClosesTheMonthAndPaymentIsRegistered() {
        long vs = id("vs-eemsdelta");
        problem(post(EEMSDELTA, "/verrekenstaten/" + vs + "/vaststelling", null), 403);
        JsonObject definitive = ok(post(CB, "/verrekenstaten/" + vs + "/vaststelling", null), 200);
        assertEquals("DEFINITIEF", definitive.getString("status"));
        problem(post(CB, "/verrekenstaten/" + vs + "/vaststelling", null), 409);
        // the month is closed for settlement now
        problem(post(CB, "/afrekeningen", Json.createObjectBuilder().add("maand", M1.toString())), 409);

        long f = id("m1-gemeenten");
        assertEquals(List.of("betaaldOp=betaaldOp.toekomst"), invalid(problem(post(CB, "/facturen/" + f + "/betaling",
                Json.createObjectBuilder().add("betaaldOp", TODAY.plusDays(3).toString())), 400)));
        JsonObject paid = ok(post(CB, "/facturen/" + f + "/betaling", Json.createObjectBuilder()
                .add("betaaldOp", TODAY.toString()).add("betaalreferentie", "BET-IT-1")), 200);
        assertEquals("BETAALD", paid.getString("status"));
        assertTrue(TestData.sql("select count(*) from audit_regel where entiteit = 'Factuur'") >= 6);
    }
}
