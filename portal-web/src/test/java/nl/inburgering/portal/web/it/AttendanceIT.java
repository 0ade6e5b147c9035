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
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Attendance from providers (issue 6), the real WAR on Payara Micro against a real PostgreSQL with the demo
 * region. Through the API: bulk JSON and CSV with mixed valid and invalid records and their exact
 * per-record answers, replace semantics, an idempotent retry (also two at once), a locked month, tenancy,
 * malformed bodies and a 20 MB body that store nothing. In the browser: the CSV upload with its preview of
 * row errors (Dutch dates and decimal commas), the weekly grid, a correction of a settled month proposed in
 * the grid and approved or rejected by the contract manager, and results recorded by the provider up to the
 * completion of the route. The tests run in order: later ones use the tokens, the placement and the records
 * of earlier ones.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class AttendanceIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final String CB = "contractbeheerder";
    private static final String EEMSDELTA = "gemeente.eemsdelta";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final String NOORDERLICHT = "aanbieder.noorderlicht";
    private static final String JSON = "application/json";
    private static final String CSV = "text/csv";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    /** The placement started on the first of the month before last; that month is locked in a later test. */
    private static final LocalDate START = TODAY.minusMonths(2).withDayOfMonth(1);
    /** Last month: wholly in the past and in the placement's active period. */
    private static final YearMonth M1 = YearMonth.from(TODAY.minusMonths(1));

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
        // the weekly signal computation is switched off: it must not race this class's own computation
        ArchivePath config = ArchivePaths.create("/WEB-INF/classes/META-INF/microprofile-config.properties");
        String text;
        try (java.io.InputStream in = archive.get(config).getAsset().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        archive.delete(config);
        archive.add(new StringAsset(text + "\nportal.signalen.schedule=uit\n"), config);
        return archive;
    }

    private static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern(
            "dd-MM-yyyy");

    /** A day in the settled month (that of {@link #START}), a Wednesday in its second week. */
    private static final LocalDate GECORRIGEERD = START.plusDays(7).with(java.time.temporal.TemporalAdjusters
            .nextOrSame(java.time.DayOfWeek.WEDNESDAY));

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

    // ---------------------------------------------------------------- helpers

    /** An answer with its headers (the shared {@link Http} keeps only a few). */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Answer send(String user, String method, String path, String contentType, byte[] body,
            String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1"
                + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json, application/problem+json, text/csv");
        if (user != null) {
            b.header("Authorization", "Bearer " + TOKENS.get(user));
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer get(String user, String path) {
        return send(user, "GET", path, null, null, null);
    }

    private Answer post(String user, String path, JsonObjectBuilder body) {
        return send(user, "POST", path, JSON, body.build().toString().getBytes(StandardCharsets.UTF_8), null);
    }

    private Answer postJson(String user, String json, String key) {
        return send(user, "POST", "/presenties", JSON, json.getBytes(StandardCharsets.UTF_8), key);
    }

    private Answer postCsv(String user, String csv) {
        return send(user, "POST", "/presenties", CSV + "; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8),
                null);
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

    private static Set<String> codes(JsonObject problem) {
        return problem.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name") + "=" + p.getString("code")).collect(Collectors.toSet());
    }

    private long id(String name) {
        Long id = IDS.get(name);
        assertNotNull(id, name);
        return id;
    }

    /** The status (and code) of each result: "GEACCEPTEERD", "GEWEIGERD P09", ... */
    private static List<String> outcome(JsonObject answer) {
        return answer.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("status") + (r.containsKey("code") ? " " + r.getString("code") : ""))
                .toList();
    }

    private long count(String user) {
        return ok(get(user, "/presenties?plaatsingId=" + id("plaatsing")), 200).getJsonNumber("totaal").longValue();
    }

    private static JsonObjectBuilder record(long plaatsingId, LocalDate datum, String onderdeel, String gepland,
            String aanwezig, String reden) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("plaatsingId", plaatsingId).add("datum", datum.toString())
                .add("onderdeel", onderdeel);
        if (gepland != null) {
            b.add("geroosterdeUren", new java.math.BigDecimal(gepland));
        }
        if (aanwezig != null) {
            b.add("aanwezigeUren", new java.math.BigDecimal(aanwezig));
        }
        if (reden != null) {
            b.add("verzuimreden", reden);
        }
        return b;
    }

    private static String array(JsonObjectBuilder... records) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (JsonObjectBuilder r : records) {
            a.add(r);
        }
        return a.build().toString();
    }

    /** Moves a referral's date back: what months of waiting do, which a test cannot wait for. */
    private static void referredOn(long plaatsingId, LocalDate date) {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement s = c.prepareStatement("update plaatsing set aangemeld_op = ? where id = ?")) {
            s.setObject(1, date);
            s.setLong(2, plaatsingId);
            assertEquals(1, s.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A POST over a plain socket: the body is written by another thread while this one reads the answer, so
     * a server that answers 413 before reading the whole body (and closes) is seen as it answers, rather than
     * as a broken pipe. Returns the status line, the headers and the body.
     */
    private String[] rawPost(String path, String token, byte[] body) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nAccept: "
                    + "application/json, application/problem+json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread writer = new Thread(() -> {
                try {
                    for (int off = 0; off < body.length; off += 65_536) {
                        out.write(body, off, Math.min(65_536, body.length - off));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // expected: the server answered and closed
                }
            });
            writer.setDaemon(true);
            writer.start();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = in.read(buffer)) >= 0) {
                    answer.write(buffer, 0, n);
                    String sofar = answer.toString(StandardCharsets.UTF_8);
                    int headEnd = sofar.indexOf("\r\n\r\n");
                    if (headEnd > 0 && sofar.substring(headEnd).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketException resetAfterTheAnswer) {
                // the answer was read before the reset, or the assertion below shows it was not
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int headEnd = text.indexOf("\r\n\r\n");
            assertTrue(headEnd > 0, "an answer: " + text);
            String head = text.substring(0, headEnd);
            return new String[] {head.lines().findFirst().orElse(""), head, text.substring(headEnd + 4)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- set-up

    @Test
    @Order(1)
    void tokensAndAStartedPlacement() {
        Browser b = browser();
        for (String user : List.of(CB, EEMSDELTA, TAALHUIS, NOORDERLICHT)) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "AttendanceIT " + user));
        }
        long contractId = ok(get(CB, "/contracten?paginaGrootte=100"), 200).getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("contractNummer").endsWith("-B1-01"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        IDS.put("B1-01", contractId);

        // register -> refer -> confirm on Taalhuis' contract -> accept -> start, two months ago
        long inburgeraarId = ok(post(EEMSDELTA, "/inburgeraars", Json.createObjectBuilder()
                .add("klantReferentie", "KL-EEM-ATT-1").add("bsn", TestData.bsn(27_182_818)).add("voorletters", "P.")
                .add("achternaam", "Presentsma").add("doelgroep", "ASIELMIGRANT").add("leerroute", "B1_ROUTE")
                .add("pipDatum", START.minusDays(20).toString())), 201).getJsonNumber("id").longValue();
        long plaatsingId = ok(post(EEMSDELTA, "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", inburgeraarId).add("geplandeStart", TODAY.plusDays(7).toString())
                .add("geplandeUren", 400)), 201).getJsonNumber("id").longValue();
        ok(post(CB, "/toewijzingsvoorstellen/bevestiging", Json.createObjectBuilder().add("toewijzingen",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("plaatsingId", plaatsingId)
                        .add("contractId", contractId)))), 200);
        ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/acceptatie", Json.createObjectBuilder()), 200);
        referredOn(plaatsingId, START.minusDays(10));
        JsonObject started = ok(post(TAALHUIS, "/plaatsingen/" + plaatsingId + "/start",
                Json.createObjectBuilder().add("datum", START.toString())), 200);
        assertEquals("GESTART", started.getString("status"));
        IDS.put("plaatsing", plaatsingId);
        IDS.put("inburgeraar", inburgeraarId);
        assertEquals(0, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- bulk JSON

    @Test
    @Order(10)
    void bulkJsonAnswersEveryRecordAndStoresTheAcceptedOnes() {
        long p = id("plaatsing");
        String body = array(
                record(p, M1.atDay(2), "TAAL", "3", "3", null),             // 0 accepted
                record(p, M1.atDay(3), "TAAL", "3", "1.5", "ZIEK"),         // 1 accepted
                record(p, M1.atDay(4), "TAAL", "3", "1", null),             // 2 P09 reason missing
                record(p, M1.atDay(5), "TAAL", "2", "3", "ZIEK"),           // 3 P07 attended > scheduled
                record(p, M1.atDay(6), "TAAL", "2.1", "2.1", null),         // 4 P06 not in quarter hours
                record(p, TODAY.plusDays(1), "TAAL", "2", "2", null),       // 5 P03 in the future
                record(999_999_999L, M1.atDay(2), "TAAL", "2", "2", null),  // 6 P01 unknown placement
                record(p, M1.atDay(7), "TAAL", "13", "13", null),           // 7 P08 more than 12 hours
                record(p, M1.atDay(8), "TAAL", "2", null, null),            // 8 P02 attended hours missing
                record(p, M1.atDay(2), "TAAL", "3", "3", null),             // 9 P12 twice in this request
                record(p, M1.atDay(9), "KNM", "2", "2", "GEOORLOOFD"));     // 10 P10 reason not allowed
        JsonObject answer = ok(postJson(TAALHUIS, body, null), 200);
        assertEquals(List.of("GEACCEPTEERD", "GEACCEPTEERD", "GEWEIGERD P09", "GEWEIGERD P07", "GEWEIGERD P06",
                "GEWEIGERD P03", "GEWEIGERD P01", "GEWEIGERD P08", "GEWEIGERD P02", "GEWEIGERD P12", "GEWEIGERD P10"),
                outcome(answer), answer.toString());
        assertEquals(2, answer.getInt("geaccepteerd"));
        assertEquals(9, answer.getInt("geweigerd"));
        assertFalse(answer.getBoolean("herhaald"));
        JsonObject refused = answer.getJsonArray("resultaten").getJsonObject(2);
        assertEquals(2, refused.getInt("index"));
        assertEquals(M1.atDay(4).toString(), refused.getString("datum"));
        assertEquals("verzuimreden", refused.getJsonArray("fouten").getJsonObject(0).getString("veld"));
        assertFalse(refused.getString("melding").isBlank());
        assertEquals(2, count(TAALHUIS));
    }

    @Test
    @Order(11)
    void malformedJsonIsRefusedWholeAndStoresNothing() {
        long p = id("plaatsing");
        // wrong types in two records (a valid one among them): 400 naming each, nothing stored
        String wrongTypes = "[{\"plaatsingId\":" + p + ",\"datum\":\"" + M1.atDay(12) + "\",\"onderdeel\":\"TAAL\","
                + "\"geroosterdeUren\":2,\"aanwezigeUren\":2},"
                + "{\"plaatsingId\":\"abc\",\"datum\":\"12-31-2026\",\"onderdeel\":\"TAAL\",\"geroosterdeUren\":2,"
                + "\"aanwezigeUren\":2},"
                + "{\"plaatsingId\":" + p + ",\"datum\":\"" + M1.atDay(13) + "\",\"onderdeel\":\"ZANG\","
                + "\"geroosterdeUren\":true,\"aanwezigeUren\":2,\"extra\":1}]";
        JsonObject refused = problem(postJson(TAALHUIS, wrongTypes, null), 400);
        Set<String> names = refused.getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(x -> x.getString("name")).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("[1].plaatsingId", "[1].datum", "[2].onderdeel", "[2].geroosterdeUren",
                "[2].extra")), refused.toString());
        assertFalse(names.stream().anyMatch(n -> n.startsWith("[0]")), refused.toString());

        // not an array, not JSON, not UTF-8, empty
        assertEquals(Set.of("body=json.array"), codes(problem(postJson(TAALHUIS, "{\"presenties\":[]}", null), 400)));
        assertEquals(Set.of("body=json.syntax"), codes(problem(postJson(TAALHUIS, "[{\"plaatsingId\":", null), 400)));
        byte[] latin1 = ("[{\"plaatsingId\":" + p + ",\"datum\":\"" + M1.atDay(14)
                + "\",\"onderdeel\":\"TAAL\",\"geroosterdeUren\":2,\"aanwezigeUren\":1,\"verzuimreden\":\"Zi\u00EBk\"}]")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Set.of("body=json.codering"), codes(problem(send(TAALHUIS, "POST", "/presenties", JSON, latin1,
                null), 400)));
        problem(postJson(TAALHUIS, "[]", null), 400);
        assertEquals(2, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- CSV

    @Test
    @Order(20)
    void bulkCsvAsDutchExcelWritesItWithRowNumbersAndReplaceSemantics() {
        long p = id("plaatsing");
        String dmy = M1.atDay(2).getDayOfMonth() + "-" + M1.getMonthValue() + "-" + M1.getYear();
        String csv = "\uFEFFplaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden\r\n"
                + p + ";" + dmy + ";TAAL;3;2,5;ziek\r\n"                  // row 2: replaces the record of day 2
                + p + ";" + M1.atDay(9) + ";KNM;2;2;\r\n"                   // row 3: accepted
                + "\r\n"                                                    // row 4: empty, skipped
                + p + ";" + M1.atDay(10) + ";TAAL;3;1;\r\n";                // row 5: P09
        JsonObject answer = ok(postCsv(TAALHUIS, csv), 200);
        assertEquals(List.of("VERVANGEN", "GEACCEPTEERD", "GEWEIGERD P09"), outcome(answer), answer.toString());
        assertEquals(List.of(2, 3, 5), answer.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("regel")).toList());
        assertEquals(3, count(TAALHUIS));
        JsonObject replaced = ok(get(TAALHUIS, "/presenties?plaatsingId=" + p + "&maand=" + M1 + "&sorteer=datum"),
                200).getJsonArray("resultaten").getJsonObject(0);
        assertEquals(M1.atDay(2).toString(), replaced.getString("datum"));
        assertEquals(0, replaced.getJsonNumber("aanwezigeUren").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("2.5")), replaced.toString());
        assertEquals("ZIEK", replaced.getString("verzuimreden"));

        // resubmitting the same record by JSON: VERVANGEN, still one row
        JsonObject again = ok(postJson(TAALHUIS, array(record(p, M1.atDay(9), "KNM", "2", "2", null)), null), 200);
        assertEquals(List.of("VERVANGEN"), outcome(again));
        assertEquals(3, count(TAALHUIS));
    }

    @Test
    @Order(21)
    void malformedCsvIsRefusedWholeAndStoresNothing() {
        long p = id("plaatsing");
        String head = "plaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden\r\n";
        // a formula in a cell, beside a valid row
        JsonObject formula = problem(postCsv(TAALHUIS, head + p + ";" + M1.atDay(15) + ";TAAL;2;2;\r\n"
                + p + ";" + M1.atDay(16) + ";TAAL;2;1;=HYPERLINK(\"http://x\")\r\n"), 400);
        assertTrue(codes(formula).contains("regels[3].verzuimreden=csv.formule"), formula.toString());
        // a missing column
        JsonObject missing = problem(postCsv(TAALHUIS, "plaatsingId;datum;onderdeel;geroosterdeUren\r\n"
                + p + ";" + M1.atDay(15) + ";TAAL;2\r\n"), 400);
        assertEquals(1, missing.getJsonArray("invalidParams").size(), missing.toString());
        // a cell of the wrong type
        JsonObject wrongType = problem(postCsv(TAALHUIS, head + p + ";gisteren;TAAL;twee;2;\r\n"), 400);
        assertTrue(codes(wrongType).stream().anyMatch(c -> c.startsWith("regels[2].datum=")), wrongType.toString());
        // not UTF-8
        JsonObject latin1 = problem(send(TAALHUIS, "POST", "/presenties", CSV, (head + p + ";" + M1.atDay(15)
                + ";TAAL;2;1;zi\u00EBk\r\n").getBytes(StandardCharsets.ISO_8859_1), null), 400);
        assertEquals(1, latin1.getJsonArray("invalidParams").size(), latin1.toString());
        assertEquals(3, count(TAALHUIS));
    }

    @Test
    @Order(22)
    void theTemplateIsTheHeaderRow() {
        Answer t = get(TAALHUIS, "/presenties/sjabloon");
        assertEquals(200, t.status(), t.body());
        assertTrue(t.contentType().startsWith("text/csv"), t.contentType());
        assertTrue(t.body().contains("plaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden"),
                t.body());
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    @Order(30)
    void aRetryWithTheSameKeyReturnsTheFirstAnswerAndStoresNothingAgain() throws Exception {
        long p = id("plaatsing");
        String body = array(record(p, M1.atDay(11), "TAAL", "3", "3", null),
                record(p, M1.atDay(12), "TAAL", "3", "2", "ONGEOORLOOFD"),
                record(p, M1.atDay(12), "TAAL", "4", "2", "ONGEOORLOOFD"));
        Answer first = postJson(TAALHUIS, body, "att-it-30");
        JsonObject a = ok(first, 200);
        assertEquals(List.of("GEACCEPTEERD", "GEACCEPTEERD", "GEWEIGERD P12"), outcome(a), a.toString());
        assertEquals(null, first.header("Idempotency-Replayed"));
        assertEquals(5, count(TAALHUIS));

        Answer retry = postJson(TAALHUIS, body, "att-it-30");
        JsonObject r = ok(retry, 200);
        assertEquals("true", retry.header("Idempotency-Replayed"));
        assertTrue(r.getBoolean("herhaald"));
        assertEquals(a.getJsonArray("resultaten"), r.getJsonArray("resultaten"));
        assertEquals(5, count(TAALHUIS));

        // the same key with other records: 409, nothing stored
        problem(postJson(TAALHUIS, array(record(p, M1.atDay(13), "TAAL", "3", "3", null)), "att-it-30"), 409);
        assertEquals(5, count(TAALHUIS));

        // the same new batch twice at once with one key: stored once, both get the same results
        String twice = array(record(p, M1.atDay(13), "TAAL", "3", "3", null),
                record(p, M1.atDay(14), "TAAL", "3", "3", null));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Answer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Answer> c = () -> {
                    go.await();
                    return postJson(TAALHUIS, twice, "att-it-30-concurrent");
                };
                both.add(pool.submit(c));
            }
            go.countDown();
            JsonObject one = ok(both.get(0).get(), 200);
            JsonObject two = ok(both.get(1).get(), 200);
            assertEquals(one.getJsonArray("resultaten"), two.getJsonArray("resultaten"));
            assertEquals(List.of("GEACCEPTEERD", "GEACCEPTEERD"), outcome(one));
            assertTrue(one.getBoolean("herhaald") != two.getBoolean("herhaald"), one + " / " + two);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(7, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- a locked month

    @Test
    @Order(40)
    void aLockedMonthRefusesAttendanceWithP11() {
        long p = id("plaatsing");
        YearMonth locked = YearMonth.from(START);
        java.util.function.Supplier<JsonObjectBuilder> lock = () -> Json.createObjectBuilder()
                .add("contractId", id("B1-01")).add("maand", locked.toString());
        problem(post(TAALHUIS, "/presenties/maandafsluitingen", lock.get()), 403);
        JsonObject first = ok(post(CB, "/presenties/maandafsluitingen", lock.get()), 200);
        assertTrue(first.getBoolean("nieuw"));
        assertFalse(ok(post(CB, "/presenties/maandafsluitingen", Json.createObjectBuilder()
                .add("contractId", id("B1-01")).add("maand", locked.toString())), 200).getBoolean("nieuw"));

        JsonObject answer = ok(postJson(TAALHUIS, array(record(p, START.plusDays(1), "TAAL", "3", "3", null),
                record(p, M1.atDay(15), "TAAL", "3", "3", null)), null), 200);
        assertEquals(List.of("GEWEIGERD P11", "GEACCEPTEERD"), outcome(answer), answer.toString());
        assertEquals(8, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- tenancy

    @Test
    @Order(50)
    void anotherProviderCannotWriteOrReadThisAttendance() {
        long p = id("plaatsing");
        JsonObject answer = ok(postJson(NOORDERLICHT, array(record(p, M1.atDay(20), "TAAL", "3", "3", null)), null),
                200);
        assertEquals(List.of("GEWEIGERD P01"), outcome(answer));
        JsonObject unknown = ok(postJson(NOORDERLICHT, array(record(999_999_998L, M1.atDay(20), "TAAL", "3", "3",
                null)), null), 200);
        assertEquals(answer.getJsonArray("resultaten").getJsonObject(0).getString("melding"),
                unknown.getJsonArray("resultaten").getJsonObject(0).getString("melding"),
                "another's placement answers exactly like a missing one");
        assertEquals(0, count(NOORDERLICHT));
        assertEquals(0, ok(get(NOORDERLICHT, "/presenties?paginaGrootte=100"), 200).getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("plaatsingId").longValue() == p)
                .count());
        assertEquals(8, count(TAALHUIS));
        assertEquals(8, count(EEMSDELTA), "the gemeente sees its inburgeraar's attendance");
        assertEquals(8, count(CB));
        problem(postJson(EEMSDELTA, array(record(p, M1.atDay(20), "TAAL", "3", "3", null)), null), 403);
        problem(postJson(CB, array(record(p, M1.atDay(20), "TAAL", "3", "3", null)), null), 403);
    }

    // ---------------------------------------------------------------- too large

    @Test
    @Order(60)
    void aTwentyMegabyteBodyAnswers413AndStoresNothing() {
        long p = id("plaatsing");
        StringBuilder big = new StringBuilder(21 * 1024 * 1024).append('[');
        String one = record(p, M1.atDay(21), "TAAL", "3", "3", null).build().toString();
        while (big.length() < 20 * 1024 * 1024) {
            big.append(one).append(',').append(" ".repeat(1000));
        }
        big.append(one).append(']');
        String[] r = rawPost("/api/v1/presenties", TOKENS.get(TAALHUIS), big.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r[0].startsWith("HTTP/1.1 413"), r[0]);
        assertTrue(r[1].contains("application/problem+json"), r[1]);
        assertTrue(r[2].contains("10 MB"), r[2]);
        assertEquals(8, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- the upload page

    @Test
    @Order(70)
    void theProviderUploadsACsvSeesThePreviewWithRowErrorsAndConfirms() throws IOException {
        long p = id("plaatsing");
        Path file = Files.createTempFile("presentie-", ".csv");
        Files.writeString(file, "plaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden\r\n"
                + p + ";" + M1.atDay(22) + ";TAAL;3;3;\r\n"
                + p + ";morgen;TAAL;3;3;\r\n"
                + p + ";" + M1.atDay(23) + ";TAAL;3;1;\r\n"
                + p + ";" + M1.atDay(24) + ";TAAL;2;2,5;ziek\r\n", StandardCharsets.UTF_8);
        long before = count(TAALHUIS);
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/presentie/upload.xhtml");
        b.waitForText("sjabloon");
        b.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        b.waitForText("Voorbeeld");
        b.waitForText("csv.datum");
        String preview = b.pageText();
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "document.getElementById('upload:voorbeeldPaneel').scrollIntoView()");
        Path shot = b.screenshot("attendance-upload-preview");
        assertTrue(Files.size(shot) > 10_000, shot.toString());
        // row 3: an unreadable date (the file's error); rows 4 and 5 the rules' P09 and P07
        assertTrue(preview.contains("P09"), preview);
        assertTrue(preview.contains("P07"), preview);
        // Dutch formatting: dd-MM-yyyy and a decimal comma, never ISO dates or a decimal point
        assertTrue(preview.contains(M1.atDay(22).format(DMY)), preview);
        assertFalse(preview.contains(M1.atDay(22).toString()), preview);
        assertTrue(preview.contains("2,5"), preview);
        assertEquals(before, count(TAALHUIS), "the preview stores nothing");

        b.click("upload:bevestigen");
        b.waitForText("Verwerkt");
        b.screenshot("attendance-upload-outcome");
        String outcome = b.pageText();
        assertTrue(outcome.contains("GEACCEPTEERD") || outcome.contains("Geaccepteerd"), outcome);
        assertEquals(before + 1, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- signals and results

    @Test
    @Order(80)
    void signalsReachTheGemeenteWhichMarksThemHandled() {
        long p = id("plaatsing");
        LocalDate monday = TODAY.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        JsonObject absent = ok(postJson(TAALHUIS, array(
                record(p, monday.minusDays(7), "PARTICIPATIE", "3", "0", "ONGEOORLOOFD"),
                record(p, monday.minusDays(13), "PARTICIPATIE", "3", "0", "ONGEOORLOOFD"),
                record(p, monday.minusDays(19), "PARTICIPATIE", "3", "0", "ONGEOORLOOFD"),
                record(p, monday.minusDays(25), "PARTICIPATIE", "3", "0", "ONGEOORLOOFD")), null), 200);
        assertEquals(4, absent.getInt("geaccepteerd") + absent.getInt("vervangen"), absent.toString());

        JsonObject berekening = Json.createObjectBuilder().add("peildatum", TODAY.toString()).build();
        problem(send(EEMSDELTA, "POST", "/signalen/berekening", JSON, berekening.toString().getBytes(
                StandardCharsets.UTF_8), null), 403);
        JsonObject computed = ok(send(CB, "POST", "/signalen/berekening", JSON, berekening.toString().getBytes(
                StandardCharsets.UTF_8), null), 200);
        assertEquals(monday.minusDays(28).toString(), computed.getString("periodeVan"), computed.toString());
        assertTrue(computed.getInt("nieuw") >= 1, computed.toString());

        List<JsonObject> mine = ok(get(EEMSDELTA, "/signalen?plaatsingId=" + p), 200).getJsonArray("resultaten")
                .getValuesAs(JsonObject.class);
        JsonObject signaal = mine.stream().filter(x -> x.getString("soort").equals("ONGEOORLOOFD_VERZUIM_BOVEN_8"))
                .findFirst().orElseThrow(() -> new AssertionError(mine.toString()));
        assertEquals("OPEN", signaal.getString("status"));
        assertEquals(0, signaal.getJsonNumber("ongeoorloofdeUren").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("12")), signaal.toString());
        long signaalId = signaal.getJsonNumber("id").longValue();

        // signals are for the gemeente and the contract manager: providers neither list nor read them; only the
        // gemeente handles it
        problem(get(NOORDERLICHT, "/signalen?plaatsingId=" + p), 403);
        problem(get(NOORDERLICHT, "/signalen/" + signaalId), 403);
        JsonObjectBuilder remark = Json.createObjectBuilder().add("opmerking", "Gesprek gevoerd; afspraken gemaakt.");
        problem(post(TAALHUIS, "/signalen/" + signaalId + "/afhandeling", remark), 403);
        problem(post(EEMSDELTA, "/signalen/" + signaalId + "/afhandeling", Json.createObjectBuilder()), 400);
        JsonObject handled = ok(post(EEMSDELTA, "/signalen/" + signaalId + "/afhandeling",
                Json.createObjectBuilder().add("opmerking", "Gesprek gevoerd; afspraken gemaakt.")), 200);
        assertEquals("AFGEHANDELD", handled.getString("status"));
        assertEquals("gemeente.eemsdelta", handled.getString("afgehandeldDoor"));
        problem(post(EEMSDELTA, "/signalen/" + signaalId + "/afhandeling",
                Json.createObjectBuilder().add("opmerking", "Nog eens.")), 409);
        assertEquals("AFGEHANDELD", ok(get(CB, "/signalen/" + signaalId), 200).getString("status"));
    }

    @Test
    @Order(81)
    void theProviderRecordsAResultTheGemeenteSeesIt() {
        long p = id("plaatsing");
        JsonObject created = ok(post(TAALHUIS, "/resultaten", Json.createObjectBuilder().add("plaatsingId", p)
                .add("soort", "LEZEN").add("niveau", "B1").add("uitslag", "GEHAALD")
                .add("datum", TODAY.minusDays(1).toString())), 201);
        long resultaatId = created.getJsonNumber("id").longValue();
        assertEquals("LEZEN", created.getString("soort"));
        assertEquals(1, ok(get(EEMSDELTA, "/resultaten?plaatsingId=" + p), 200).getInt("totaal"));
        assertEquals("B1", ok(get(EEMSDELTA, "/resultaten/" + resultaatId), 200).getString("niveau"));
        assertEquals(0, ok(get(NOORDERLICHT, "/resultaten?plaatsingId=" + p), 200).getInt("totaal"));
        problem(get(NOORDERLICHT, "/resultaten/" + resultaatId), 404);
        problem(post(NOORDERLICHT, "/resultaten", Json.createObjectBuilder().add("plaatsingId", p)
                .add("soort", "LEZEN").add("niveau", "B1").add("uitslag", "GEHAALD")
                .add("datum", TODAY.minusDays(1).toString())), 400);
        problem(post(EEMSDELTA, "/resultaten", Json.createObjectBuilder().add("plaatsingId", p)
                .add("soort", "KNM").add("uitslag", "GEHAALD").add("datum", TODAY.toString())), 403);
        assertEquals(1, ok(get(CB, "/resultaten?plaatsingId=" + p), 200).getInt("totaal"));
    }

    @Test
    @Order(82)
    void theGemeenteSeesItsSignalsAndTheResultsInThePortal() {
        Browser b = browser();
        b.login(EEMSDELTA, PASSWORD);
        b.open("/app/presentie/signalen.xhtml");
        b.waitForText("Gesprek gevoerd; afspraken gemaakt.");
        assertTrue(b.pageText().contains("Meer dan 8 uur ongeoorloofd verzuim"), b.pageText());
        b.find(By.cssSelector("button[id$=':afhandelen']")).click();
        b.type("afhandeling:opmerking", "Leerplichtambtenaar ingelicht.");
        b.click("afhandeling:bevestig");
        b.waitForText("Het signaal is afgehandeld.");
        assertTrue(b.pageText().contains("Leerplichtambtenaar ingelicht."), b.pageText());
        b.screenshot("attendance-signals");
        b.open("/app/inburgeraars/detail.xhtml?id=" + id("inburgeraar"));
        b.waitForText("Examen lezen");
        assertTrue(b.pageText().contains("Gehaald"), b.pageText());
    }

    // ---------------------------------------------------------------- the weekly grid

    @Test
    @Order(90)
    void theProviderEntersAWeekInTheGridAndSeesWhatWasAccepted() {
        long p = id("plaatsing");
        LocalDate weekAgo = TODAY.minusDays(7);
        LocalDate monday = weekAgo.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long before = count(TAALHUIS);
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/presentie/week.xhtml?contract=" + id("B1-01") + "&onderdeel=MAP&datum=" + weekAgo);
        b.waitForText("Presentsma");
        org.openqa.selenium.WebElement row = b.driver().findElements(By.cssSelector("#week\\:rooster tbody tr"))
                .stream().filter(tr -> tr.getText().contains("Presentsma")).findFirst().orElseThrow();
        List<org.openqa.selenium.WebElement> gepland = row.findElements(By.cssSelector("input[id$='gepland']"));
        List<org.openqa.selenium.WebElement> aanwezig = row.findElements(By.cssSelector("input[id$='aanwezig']"));
        assertEquals(7, gepland.size(), "every day of a past week in the active period can be entered");
        gepland.get(0).sendKeys("2");
        aanwezig.get(0).sendKeys("1");           // Monday: fewer attended, no reason: P09
        gepland.get(1).sendKeys("2,5");
        aanwezig.get(1).sendKeys("2,5");         // Tuesday: accepted (decimal comma)
        b.click("week:opslaan");
        b.waitForText("Uitkomst per regel");
        b.screenshot("attendance-week-grid");
        String text = b.pageText();
        assertTrue(text.contains("P09"), text);
        assertTrue(text.contains("Geaccepteerd"), text);
        assertEquals("1", b.driver().findElements(By.cssSelector("#week\\:rooster tbody tr")).stream()
                .filter(tr -> tr.getText().contains("Presentsma")).findFirst().orElseThrow()
                .findElements(By.cssSelector("input[id$='aanwezig']")).get(0).getAttribute("value"),
                "the refused cell keeps what was typed");
        assertEquals(before + 1, count(TAALHUIS));
        JsonObject stored = ok(get(TAALHUIS, "/presenties?plaatsingId=" + p + "&sorteer=-gewijzigdOp"), 200)
                .getJsonArray("resultaten").getJsonObject(0);
        assertEquals(monday.plusDays(1).toString(), stored.getString("datum"));
        assertEquals("MAP", stored.getString("onderdeel"));
    }

    @Test
    @Order(61)
    void aRequestCutOffMidwayStoresNothing() throws Exception {
        long p = id("plaatsing");
        long before = count(TAALHUIS);
        byte[] body = array(record(p, M1.atDay(25), "TAAL", "3", "3", null),
                record(p, M1.atDay(26), "TAAL", "3", "3", null)).getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/presenties HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAuthorization: Bearer " + TOKENS.get(TAALHUIS) + "\r\nContent-Type: application/json"
                    + "\r\nIdempotency-Key: att-it-61\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2 + 10);   // the first record whole, the second half
            out.flush();
        }
        Thread.sleep(1_000);
        assertEquals(before, count(TAALHUIS), "a body that never arrived whole stores nothing");
        // the same request sent whole afterwards is new, not a repeat
        JsonObject whole = ok(postJson(TAALHUIS, new String(body, StandardCharsets.UTF_8), "att-it-61"), 200);
        assertFalse(whole.getBoolean("herhaald"));
        assertEquals(List.of("GEACCEPTEERD", "GEACCEPTEERD"), outcome(whole));
        assertEquals(before + 2, count(TAALHUIS));
    }

    // ---------------------------------------------------------------- corrections of a locked month

    @Test
    @Order(65)
    void aCorrectionOfALockedMonthIsApprovedOrRejectedByTheContractManager() {
        long p = id("plaatsing");
        long before = count(TAALHUIS);
        java.util.function.BiFunction<LocalDate, String, JsonObjectBuilder> verzoek = (datum, reden) -> {
            JsonObjectBuilder b = record(p, datum, "TAAL", "3", "3", null);
            return reden == null ? b : b.add("reden", reden);
        };
        problem(post(TAALHUIS, "/presenties/correctieverzoeken", verzoek.apply(START.plusDays(2), null)), 400);
        JsonObject ingediend = ok(post(TAALHUIS, "/presenties/correctieverzoeken", verzoek.apply(START.plusDays(2),
                "Presentielijst van die dag was niet verwerkt.")), 201);
        long id = ingediend.getJsonNumber("id").longValue();
        assertEquals("INGEDIEND", ingediend.getString("status"));
        assertEquals(YearMonth.from(START).toString(), ingediend.getString("maand"));
        assertEquals(before, count(TAALHUIS), "nothing changes before the decision");

        problem(get(NOORDERLICHT, "/presenties/correctieverzoeken/" + id), 404);
        problem(post(TAALHUIS, "/presenties/correctieverzoeken/" + id + "/goedkeuring", Json.createObjectBuilder()),
                403);
        JsonObject goedgekeurd = ok(post(CB, "/presenties/correctieverzoeken/" + id + "/goedkeuring",
                Json.createObjectBuilder().add("toelichting", "Akkoord.")), 200);
        assertEquals("GOEDGEKEURD", goedgekeurd.getString("status"));
        assertTrue(goedgekeurd.getBoolean("teVerrekenen"));
        assertEquals(before + 1, count(TAALHUIS));
        JsonObject applied = ok(get(TAALHUIS, "/presenties?plaatsingId=" + p + "&maand=" + YearMonth.from(START)),
                200).getJsonArray("resultaten").getJsonObject(0);
        assertEquals(id, applied.getJsonNumber("correctieverzoekId").longValue(), applied.toString());
        problem(post(CB, "/presenties/correctieverzoeken/" + id + "/goedkeuring", Json.createObjectBuilder()), 409);

        long tweede = ok(post(TAALHUIS, "/presenties/correctieverzoeken", verzoek.apply(START.plusDays(3),
                "Nagekomen lijst.")), 201).getJsonNumber("id").longValue();
        JsonObject afgewezen = ok(post(CB, "/presenties/correctieverzoeken/" + tweede + "/afwijzing",
                Json.createObjectBuilder().add("toelichting", "Geen onderbouwing.")), 200);
        assertEquals("AFGEWEZEN", afgewezen.getString("status"));
        assertEquals(before + 1, count(TAALHUIS));
        assertEquals(2, ok(get(TAALHUIS, "/presenties/correctieverzoeken?plaatsingId=" + p), 200).getInt("totaal"));
    }

    // ---------------------------------------------------------------- corrections in the browser

    /**
     * Waits for a text on the page, also across the redirect that follows an action: while the old page is
     * replaced, Chromium may answer that the body no longer belongs to the document, which is waited out.
     */
    private WebDriverWait waitFor(Browser b) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(20));
    }

    /** The text of the field (label, input, message) around an input: its message is shown next to it. */
    private static String veld(Browser b, String inputId) {
        return b.byId(inputId).findElement(By.xpath("ancestor::div[contains(@class,'field')][1]")).getText();
    }

    private static List<WebElement> rijen(Browser b, String tableCss) {
        return b.driver().findElements(By.cssSelector(tableCss + " tbody tr"));
    }

    @Test
    @Order(66)
    void theProviderProposesACorrectionOfASettledDayInTheGrid() {
        long p = id("plaatsing");
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/presentie/week.xhtml?contract=" + id("B1-01") + "&onderdeel=TAAL&datum=" + GECORRIGEERD);
        b.waitForText("Presentsma");
        WebElement row = rijen(b, "#week\\:rooster").stream().filter(tr -> tr.getText().contains("Presentsma"))
                .findFirst().orElseThrow();
        assertTrue(row.findElements(By.cssSelector("input[id$='gepland']")).isEmpty(), "a settled week is not entered");
        List<WebElement> links = row.findElements(By.cssSelector("a[id$=':corrigeer']"));
        assertEquals(7, links.size(), row.getText());
        links.get(GECORRIGEERD.getDayOfWeek().getValue() - 1).click();

        b.waitForText(GECORRIGEERD.format(DMY));
        assertTrue(b.byId("correctieHuidig").getText().contains("geen presentie"), b.byId("correctieHuidig").getText());
        b.type("correctie:geroosterd", "3");
        b.type("correctie:aanwezig", "2");
        b.click("correctie:indienen");
        // fewer hours attended than scheduled without a reason (P09), and no reason for the correction
        b.waitForText("Dit veld is verplicht.");
        assertTrue(veld(b, "correctie:reden").contains("Dit veld is verplicht."), veld(b, "correctie:reden"));
        assertTrue(veld(b, "correctie:verzuimreden").contains("minder uren"), veld(b, "correctie:verzuimreden"));
        b.screenshot("attendance-correction-dialog-errors");
        assertEquals(0, ok(get(TAALHUIS, "/presenties/correctieverzoeken?plaatsingId=" + p + "&status=INGEDIEND"),
                200).getInt("totaal"));

        new Select(b.byId("correctie:verzuimreden")).selectByValue("ZIEK");
        b.type("correctie:aanwezig", "2,5");
        b.type("correctie:reden", "Presentielijst van die dag is nagekomen.");
        b.click("correctie:indienen");
        b.waitForText("Het correctieverzoek is ingediend");
        b.waitForText("correctie ingediend");
        b.screenshot("attendance-correction-proposed-in-grid");
        List<JsonObject> open = ok(get(TAALHUIS, "/presenties/correctieverzoeken?plaatsingId=" + p
                + "&status=INGEDIEND"), 200).getJsonArray("resultaten").getValuesAs(JsonObject.class);
        assertEquals(1, open.size(), open.toString());
        assertEquals(GECORRIGEERD.toString(), open.get(0).getString("datum"));
        assertEquals(0, open.get(0).getJsonNumber("nieuwAanwezig").bigDecimalValue()
                .compareTo(new java.math.BigDecimal("2.5")), open.get(0).toString());
        IDS.put("correctie", open.get(0).getJsonNumber("id").longValue());

        // a second one, through the API, for the contract manager to reject
        JsonObject tweede = ok(post(TAALHUIS, "/presenties/correctieverzoeken", record(p, GECORRIGEERD.plusDays(1),
                "TAAL", "2", "2", null).add("reden", "Extra les gegeven.")), 201);
        IDS.put("correctieAfgewezen", tweede.getJsonNumber("id").longValue());

        b.open("/app/presentie/correcties.xhtml");
        b.waitForText("Presentielijst van die dag is nagekomen.");
        WebElement mine = rijen(b, "#correcties\\:tabel").stream()
                .filter(tr -> tr.getText().contains(GECORRIGEERD.format(DMY))).findFirst().orElseThrow();
        assertTrue(mine.getText().contains("Ingediend"), mine.getText());
        assertTrue(mine.getText().contains("2,5 van 3 uur aanwezig"), mine.getText());
        assertTrue(b.driver().findElements(By.cssSelector("button[id$=':goedkeuren']")).isEmpty(),
                "a provider does not decide");
        b.screenshot("attendance-corrections-provider");
    }

    @Test
    @Order(67)
    void theContractManagerApprovesOneCorrectionAndRejectsAnotherWithAReason() {
        long p = id("plaatsing");
        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/presentie/correcties.xhtml");
        b.waitForText("Presentielijst van die dag is nagekomen.");
        assertTrue(b.byId("openRegel").getText().startsWith("2 "), b.byId("openRegel").getText());
        new Select(b.find(By.cssSelector("select[id$='statusFilter']"))).selectByValue("INGEDIEND");
        waitFor(b).until(d -> {
            List<WebElement> r = rijen(b, "#correcties\\:tabel");
            return r.size() == 2 && r.stream().allMatch(tr -> tr.getText().contains("Ingediend"));
        });
        b.screenshot("attendance-corrections-contract-manager");

        // approve the browser's proposal
        rijen(b, "#correcties\\:tabel").stream().filter(tr -> tr.getText().contains(GECORRIGEERD.format(DMY)))
                .findFirst().orElseThrow().findElement(By.cssSelector("button[id$=':goedkeuren']")).click();
        b.waitForText("Correctieverzoek beoordelen");
        b.type("besluit:toelichting", "Akkoord, lijst gezien.");
        b.click("besluit:bevestig");
        b.waitForText("Het correctieverzoek is goedgekeurd");

        // reject the other: a reason is required
        b.waitForText(GECORRIGEERD.plusDays(1).format(DMY));
        rijen(b, "#correcties\\:tabel").stream()
                .filter(tr -> tr.getText().contains(GECORRIGEERD.plusDays(1).format(DMY)))
                .findFirst().orElseThrow().findElement(By.cssSelector("button[id$=':afwijzen']")).click();
        b.waitForText("Reden van afwijzing");
        b.click("besluit:bevestig");
        b.waitForText("Dit veld is verplicht.");
        assertTrue(veld(b, "besluit:toelichting").contains("Dit veld is verplicht."), veld(b, "besluit:toelichting"));
        b.screenshot("attendance-correction-reject-needs-reason");
        b.type("besluit:toelichting", "Geen les ingeroosterd op die dag.");
        b.click("besluit:bevestig");
        b.waitForText("Het correctieverzoek is afgewezen.");
        b.waitForText("Geen les ingeroosterd op die dag.");
        b.screenshot("attendance-corrections-decided");

        // approved: applied to the attendance and waiting for the next settlement
        JsonObject goed = ok(get(CB, "/presenties/correctieverzoeken/" + id("correctie")), 200);
        assertEquals("GOEDGEKEURD", goed.getString("status"));
        assertTrue(goed.getBoolean("teVerrekenen"), goed.toString());
        assertEquals("Akkoord, lijst gezien.", goed.getString("beoordeling"));
        JsonObject applied = ok(get(TAALHUIS, "/presenties?plaatsingId=" + p + "&maand=" + YearMonth.from(START)
                + "&paginaGrootte=100"), 200).getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("datum").equals(GECORRIGEERD.toString())).findFirst().orElseThrow();
        assertEquals(id("correctie"), applied.getJsonNumber("correctieverzoekId").longValue(), applied.toString());
        assertEquals("ZIEK", applied.getString("verzuimreden"));
        JsonObject fout = ok(get(CB, "/presenties/correctieverzoeken/" + id("correctieAfgewezen")), 200);
        assertEquals("AFGEWEZEN", fout.getString("status"));
        assertFalse(fout.getBoolean("teVerrekenen"));
        assertTrue(ok(get(TAALHUIS, "/presenties?plaatsingId=" + p + "&maand=" + YearMonth.from(START)
                + "&paginaGrootte=100"), 200).getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("datum").equals(GECORRIGEERD.plusDays(1).toString())),
                "a rejected correction changes nothing");

        // the provider sees the decisions
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/presentie/correcties.xhtml");
        b.waitForText("Geen les ingeroosterd op die dag.");
        assertTrue(b.pageText().contains("Akkoord, lijst gezien."), b.pageText());
        assertTrue(b.pageText().contains("Wordt verrekend in de volgende afrekening"), b.pageText());
        // the grid shows the corrected day, with a decimal comma
        b.open("/app/presentie/week.xhtml?contract=" + id("B1-01") + "&onderdeel=TAAL&datum=" + GECORRIGEERD);
        b.waitForText("3/2,5 ZIEK");
        assertTrue(b.driver().findElements(By.id("week:opslaan")).isEmpty(), "nothing to save in a settled week");
    }

    // ---------------------------------------------------------------- results in the browser

    /** Chooses a kind of result; the form is drawn again with the fields of that kind. */
    private void kiesSoort(Browser b, String soort) {
        WebElement select = b.byId("resultaat:soort");
        new Select(select).selectByValue(soort);
        waitFor(b).until(ExpectedConditions.stalenessOf(select));
    }

    @Test
    @Order(83)
    void theProviderRecordsAResultOnTheResultsPage() {
        long p = id("plaatsing");
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/plaatsingen/detail.xhtml?id=" + p);
        b.click("naarResultaten");
        b.waitForUrlContaining("/app/presentie/resultaten.xhtml?plaatsing=" + p);
        b.waitForText("Examen lezen");
        assertEquals(String.valueOf(p), new Select(b.byId("resultaat:plaatsingId")).getFirstSelectedOption()
                .getAttribute("value"), "the placement of the page is chosen");
        assertEquals(TODAY.format(DMY), b.byId("resultaat:datum_input").getAttribute("value"));

        // an exam component without its level: refused, the message next to the level
        kiesSoort(b, "SPREKEN");
        new Select(b.byId("resultaat:uitslag")).selectByValue("GEHAALD");
        b.click("resultaat:vastleggen");
        b.waitForText("Geef het taalniveau");
        assertTrue(veld(b, "resultaat:niveau").contains("Geef het taalniveau"), veld(b, "resultaat:niveau"));
        b.screenshot("attendance-result-level-missing");
        assertEquals(1, ok(get(TAALHUIS, "/resultaten?plaatsingId=" + p), 200).getInt("totaal"));

        new Select(b.byId("resultaat:niveau")).selectByValue("B1");
        b.click("resultaat:vastleggen");
        b.waitForText("Het resultaat is vastgelegd: Examen spreken.");
        b.waitForText("Examen spreken");
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "document.getElementById('lijstKop').scrollIntoView()");
        b.screenshot("attendance-result-recorded");
        List<JsonObject> stored = ok(get(EEMSDELTA, "/resultaten?plaatsingId=" + p), 200).getJsonArray("resultaten")
                .getValuesAs(JsonObject.class);
        JsonObject spreken = stored.stream().filter(r -> r.getString("soort").equals("SPREKEN")).findFirst()
                .orElseThrow(() -> new AssertionError(stored.toString()));
        assertEquals("B1", spreken.getString("niveau"));
        assertEquals("GEHAALD", spreken.getString("uitslag"));
        assertEquals(TODAY.toString(), spreken.getString("datum"));

        // a progress report has no outcome, and needs its summary
        kiesSoort(b, "VOORTGANGSRAPPORTAGE");
        assertTrue(b.driver().findElements(By.id("resultaat:uitslag")).isEmpty(), "no outcome for a progress report");
        b.click("resultaat:vastleggen");
        b.waitForText("Vat de voortgang samen");
        assertTrue(veld(b, "resultaat:toelichting").contains("Vat de voortgang samen in de toelichting."),
                veld(b, "resultaat:toelichting"));
        assertEquals(2, ok(get(TAALHUIS, "/resultaten?plaatsingId=" + p), 200).getInt("totaal"));
    }

    @Test
    @Order(200)
    void theProviderCompletesTheRouteWhichCompletesThePlacement() {
        long p = id("plaatsing");
        Browser b = browser();
        b.login(TAALHUIS, PASSWORD);
        b.open("/app/presentie/resultaten.xhtml?plaatsing=" + p);
        b.waitForText("Examen spreken");
        kiesSoort(b, "ROUTE_AFGEROND");
        b.byId("resultaat:afrondWaarschuwing");
        assertTrue(b.driver().findElements(By.id("resultaat:niveau")).isEmpty(), "no level for the route");
        assertTrue(b.driver().findElements(By.id("resultaat:uitslag")).isEmpty(), "no outcome for the route");
        b.screenshot("attendance-route-completion");
        b.click("resultaat:vastleggen");
        b.waitForText("De leerroute is afgerond");
        b.waitForText("Leerroute afgerond");
        JsonObject plaatsing = ok(get(TAALHUIS, "/plaatsingen/" + p), 200);
        assertEquals("AFGEROND", plaatsing.getString("status"), plaatsing.toString());
        assertEquals(TODAY.toString(), plaatsing.getString("einddatum"), plaatsing.toString());
    }
}
