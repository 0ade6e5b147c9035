package nl.inburgering.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Reporting (issue 8), the real WAR on Payara Micro against a real PostgreSQL with the demo region. A settled month
 * is seeded in SQL next to the demo data (a contract of its own, with a provider whose name starts like a formula,
 * two placements of Eemsdelta and Het Hogeland, an approved invoice with a rejected line, their shares), and then:
 * the figures of the API equal what the settlement tables hold and moved by exactly the seeded amounts; a gemeente
 * sees only its own figures through the API, the pages and the exports (CSV neutralised, XLSX, PDF); the contract
 * manager's overview adds up; both dashboards render their charts in the browser (screenshots in
 * target/screenshots). The tests run in order: later ones use the tokens and the month of earlier ones.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class ReportingIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final String CB = "contractbeheerder";
    private static final String EEMSDELTA = "gemeente.eemsdelta";
    private static final String HOGELAND = "gemeente.hogeland";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    /** The seeded month: last month, settled and approved. */
    private static final LocalDate MAAND = TODAY.minusMonths(1).withDayOfMonth(1);
    private static final int JAAR = MAAND.getYear();
    private static final int M = MAAND.getMonthValue() - 1;
    /** A provider name that a spreadsheet would run as a formula. */
    private static final String FORMULE_NAAM = "=2+3 Taal B.V.";

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static final Map<String, JsonObject> VOOR = new HashMap<>();
    private static Browser browser;
    private static TestDatabase.Connection database;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    // ---------------------------------------------------------------- the seeded month

    @Test
    @Order(1)
    void tokensAndTheFiguresBeforeTheMonthIsSeeded() throws SQLException {
        Browser b = browser();
        for (String user : List.of(CB, EEMSDELTA, HOGELAND, TAALHUIS)) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "ReportingIT " + user));
        }
        try (Connection c = db()) {
            IDS.put("eemsdelta", id(c, "select id from gemeente where naam = 'Eemsdelta'"));
            IDS.put("hogeland", id(c, "select id from gemeente where naam = 'Het Hogeland'"));
        }
        VOOR.put("eemsdelta", gemeente(CB, IDS.get("eemsdelta")));
        VOOR.put("hogeland", gemeente(CB, IDS.get("hogeland")));
        VOOR.put("regio", json(get(CB, "/rapportages/regio?jaar=" + JAAR), 200));
        seed();
    }

    /**
     * A contract of its own (PER_UUR 62.50, 21 % VAT) for Eemsdelta and Het Hogeland, one placement of each
     * (400 planned hours, started the month before), and last month's invoice, approved: Eemsdelta 10 h = 625.00,
     * Het Hogeland 8 h = 500.00 approved and 2 h = 125.00 rejected; VAT 236.25 split 131.25 / 105.00.
     */
    private static void seed() throws SQLException {
        try (Connection c = db()) {
            long eemsdelta = IDS.get("eemsdelta");
            long hogeland = IDS.get("hogeland");
            long aanbieder = id(c, "insert into aanbieder (naam, kvk_nummer, soort, iban) values (?, '12345670',"
                    + " 'TAALAANBIEDER', 'NL91ABNA0417164300') returning id", FORMULE_NAAM);
            IDS.put("aanbieder", aanbieder);
            long contract = id(c, "insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie,"
                    + " perceel, startdatum, einddatum, capaciteit, btw_tarief, status) values ('RT-" + JAAR + "-B1', ?,"
                    + " 'AANBESTEDING', 'RT-" + JAAR + "', 'Perceel R', ?, ?, 4, 'EENENTWINTIG', 'ACTIEF') returning id",
                    aanbieder, MAAND.minusYears(1), MAAND.plusYears(2));
            IDS.put("contract", contract);
            update(c, "insert into contract_leerroute (contract_id, leerroute) values (?, 'B1_ROUTE')", contract);
            update(c, "insert into contract_gemeente (contract_id, gemeente_id) values (?, ?), (?, ?)", contract,
                    eemsdelta, contract, hogeland);
            update(c, "insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag) values (?, ?, 'PER_UUR',"
                    + " 62.50)", contract, MAAND.minusYears(1));
            long pE = plaatsing(c, eemsdelta, contract, "RT-E");
            long pH = plaatsing(c, hogeland, contract, "RT-H");
            long factuur = id(c, "insert into factuur (contract_id, aanbieder_id, maand, soort, status, btw_tarief,"
                    + " netto, btw, goedgekeurd_netto, goedgekeurd_btw, factuurnummer, berekend_op, ingediend_door,"
                    + " ingediend_op, beoordeeld_door, beoordeeld_op) values (?, ?, ?, 'GEMEENTEN', 'GOEDGEKEURD',"
                    + " 'EENENTWINTIG', 1250.00, 262.50, 1125.00, 236.25, 'RT-1', now(), 'aanbieder', now(),"
                    + " 'contractbeheerder', now()) returning id", contract, aanbieder, MAAND);
            regel(c, factuur, 1, pE, eemsdelta, "10", "625.00", "GOEDGEKEURD");
            regel(c, factuur, 2, pH, hogeland, "8", "500.00", "GOEDGEKEURD");
            regel(c, factuur, 3, pH, hogeland, "2", "125.00", "AFGEKEURD");
            update(c, "insert into factuur_aandeel (factuur_id, gemeente_id, netto, btw) values (?, ?, 625.00, 131.25),"
                    + " (?, ?, 500.00, 105.00)", factuur, eemsdelta, factuur, hogeland);
            // attendance and an exam of Eemsdelta's placement in the month
            update(c, "insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,"
                    + " verzuimreden, gewijzigd_door, gewijzigd_op) values (?, ?, 'TAAL', 3, 3, null, 't', now()),"
                    + " (?, ?, 'TAAL', 3, 1, 'ONGEOORLOOFD', 't', now())", pE, MAAND.plusDays(2), pE,
                    MAAND.plusDays(3));
        }
    }

    @Test
    @Order(2)
    void theGemeentesFiguresEqualTheSettlementAndMovedByExactlyTheSeededMonth() throws SQLException {
        long eemsdelta = IDS.get("eemsdelta");
        JsonObject voor = VOOR.get("eemsdelta");
        JsonObject na = gemeente(EEMSDELTA, eemsdelta);
        JsonObject maandVoor = voor.getJsonArray("kosten").getJsonObject(M);
        JsonObject maandNa = na.getJsonArray("kosten").getJsonObject(M);
        assertEquals(MAAND.toString(), maandNa.getString("maand"));
        assertEquals(new BigDecimal("625.00"), dec(maandNa, "b1Route").subtract(dec(maandVoor, "b1Route")));
        assertEquals(new BigDecimal("625.00"), dec(maandNa, "netto").subtract(dec(maandVoor, "netto")));
        assertEquals(new BigDecimal("131.25"), dec(maandNa, "btw").subtract(dec(maandVoor, "btw")));
        assertEquals(new BigDecimal("756.25"), dec(maandNa, "totaal").subtract(dec(maandVoor, "totaal")));
        try (Connection c = db()) {
            // the same month straight from the settlement tables
            assertEquals(sql(c, "select coalesce(sum(a.netto + a.btw), 0) from factuur_aandeel a join factuur f"
                    + " on f.id = a.factuur_id where a.gemeente_id = ? and f.soort = 'GEMEENTEN' and f.status in"
                    + " ('GOEDGEKEURD', 'BETAALD') and f.maand = ?", eemsdelta, MAAND), dec(maandNa, "totaal"));
            assertEquals(sql(c, "select coalesce(sum(r.bedrag), 0) from factuurregel r join factuur f on f.id ="
                    + " r.factuur_id where r.gemeente_id = ? and r.beoordeling = 'GOEDGEKEURD' and not r.zelfbetaler"
                    + " and f.soort = 'GEMEENTEN' and f.status in ('GOEDGEKEURD', 'BETAALD') and f.maand = ?",
                    eemsdelta, MAAND), dec(maandNa, "netto"));
        }
        JsonObject aanbieder = na.getJsonArray("kostenPerAanbieder").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("aanbiederNaam").equals(FORMULE_NAAM)).findFirst().orElseThrow();
        assertEquals(new BigDecimal("625.00"), dec(aanbieder, "netto"));
        assertEquals(new BigDecimal("131.25"), dec(aanbieder, "btw"));

        JsonObject budgetVoor = voor.getJsonObject("budget");
        JsonObject budgetNa = na.getJsonObject("budget");
        assertEquals(1, budgetNa.getInt("asielmigranten") - budgetVoor.getInt("asielmigranten"));
        assertEquals(new BigDecimal("756.25"), dec(budgetNa, "uitgegeven").subtract(dec(budgetVoor, "uitgegeven")));
        // (400 planned - 10 approved hours) x 62.50 x 1.21
        assertEquals(new BigDecimal("29493.75"), dec(budgetNa, "verplicht").subtract(dec(budgetVoor, "verplicht")));
        assertEquals(dec(budgetNa, "budget").subtract(dec(budgetNa, "uitgegeven")).subtract(dec(budgetNa, "verplicht")),
                dec(budgetNa, "ruimte"));

        // Het Hogeland: only its approved 8 hours, the rejected 2 are not spent
        JsonObject hNa = gemeente(HOGELAND, IDS.get("hogeland")).getJsonArray("kosten").getJsonObject(M);
        JsonObject hVoor = VOOR.get("hogeland").getJsonArray("kosten").getJsonObject(M);
        assertEquals(new BigDecimal("605.00"), dec(hNa, "totaal").subtract(dec(hVoor, "totaal")));
    }

    @Test
    @Order(3)
    void theRegionsSharesSumExactlyToTheApprovedInvoices() throws SQLException {
        JsonObject voor = VOOR.get("regio");
        JsonObject na = json(get(CB, "/rapportages/regio?jaar=" + JAAR), 200);
        assertEquals(na.getJsonObject("goedgekeurdGemeenten").getJsonArray("bedragen"),
                na.getJsonObject("totaalGemeenten").getJsonArray("bedragen"));
        BigDecimal maandNa = maand(na.getJsonObject("goedgekeurdGemeenten"), M);
        assertEquals(new BigDecimal("1361.25"), maandNa.subtract(maand(voor.getJsonObject("goedgekeurdGemeenten"), M)));
        try (Connection c = db()) {
            assertEquals(sql(c, "select coalesce(sum(goedgekeurd_netto + goedgekeurd_btw), 0) from factuur where"
                    + " soort = 'GEMEENTEN' and status in ('GOEDGEKEURD', 'BETAALD') and maand = ?", MAAND), maandNa);
        }
        BigDecimal somGemeenten = na.getJsonArray("gemeenten").getValuesAs(JsonObject.class).stream()
                .map(g -> maand(g, M)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, somGemeenten.compareTo(maandNa));
        JsonObject contract = na.getJsonArray("contracten").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("contractNummer").equals("RT-" + JAAR + "-B1")).findFirst().orElseThrow();
        assertEquals(2, contract.getInt("lopend"));
        assertEquals(4, contract.getInt("capaciteit"));
        assertEquals(new BigDecimal("50.00"), dec(contract, "percentage"));
    }

    // ---------------------------------------------------------------- tenancy

    @Test
    @Order(4)
    void aGemeenteGetsOnlyItsOwnFiguresThroughTheApi() {
        long eemsdelta = IDS.get("eemsdelta");
        long hogeland = IDS.get("hogeland");
        assertEquals(eemsdelta, gemeente(EEMSDELTA, eemsdelta).getJsonNumber("gemeenteId").longValue());
        problem(get(EEMSDELTA, "/rapportages/gemeenten/" + hogeland + "?jaar=" + JAAR), 404);
        problem(get(HOGELAND, "/rapportages/gemeenten/" + eemsdelta + "?jaar=" + JAAR), 404);
        problem(get(EEMSDELTA, "/rapportages/regio"), 403);
        JsonArray regels = json(get(EEMSDELTA, "/rapportages/prognose"), 200).getJsonArray("regels");
        assertEquals(List.of(eemsdelta), regels.getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("gemeenteId").longValue()).toList());
        assertTrue(json(get(CB, "/rapportages/prognose"), 200).getJsonArray("regels").size() >= 10);
        for (String path : List.of("/rapportages/gemeenten/" + eemsdelta, "/rapportages/regio",
                "/rapportages/prognose")) {
            problem(get(TAALHUIS, path), 403);
        }
        problem(get(null, "/rapportages/regio"), 401);
        JsonObject fout = problem(get(CB, "/rapportages/regio?jaar=1999"), 400);
        assertTrue(fout.toString().contains("jaar"), fout.toString());
    }

    @Test
    @Order(5)
    void aGemeenteSeesOnlyItsOwnDashboardPageAndExports() throws IOException {
        Browser b = browser();
        b.login(EEMSDELTA, PASSWORD);
        long eemsdelta = IDS.get("eemsdelta");
        long hogeland = IDS.get("hogeland");

        b.open("/app/rapportage/gemeente.xhtml?jaar=" + JAAR);
        b.waitForText("Eemsdelta");
        assertTrue(b.pageText().contains(FORMULE_NAAM), "the provider's costs table");
        // another gemeente's dashboard: not found, also through the page
        assertEquals(404, page("/app/rapportage/gemeente.xhtml?gemeente=" + hogeland + "&jaar=" + JAAR).statusCode());
        assertEquals(403, page("/app/rapportage/overzicht.xhtml").statusCode());

        // the exports of the own page: the seeded month, the provider's name neutralised in the CSV
        String pad = "/app/rapportage/gemeente.xhtml?gemeente=" + eemsdelta + "&jaar=" + JAAR;
        HttpResponse<byte[]> csv = export(pad, "aanbieders", "csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("eemsdelta"),
                csv.headers().toString());
        String tekst = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(tekst.contains("\"'" + FORMULE_NAAM + "\""), tekst);
        assertFalse(tekst.contains("\"" + FORMULE_NAAM), tekst);
        assertTrue(tekst.contains("625,00"), tekst);
        // a POST that asks for another gemeente still exports the page's own figures
        HttpResponse<byte[]> gemanipuleerd = export("/app/rapportage/gemeente.xhtml?gemeente=" + eemsdelta + "&jaar="
                + JAAR, "kosten", "csv", "?gemeente=" + hogeland);
        String k = new String(gemanipuleerd.body(), StandardCharsets.UTF_8);
        assertTrue(gemanipuleerd.headers().firstValue("Content-Disposition").orElse("").contains("eemsdelta"), k);

        HttpResponse<byte[]> xlsx = export(pad, "kosten", "xlsx");
        assertEquals(200, xlsx.statusCode());
        assertEquals('P', (char) xlsx.body()[0]);
        assertEquals('K', (char) xlsx.body()[1]);
        HttpResponse<byte[]> pdf = export(pad, "kosten", "pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String pdfTekst = new PDFTextStripper().getText(doc);
            assertTrue(pdfTekst.contains("625,00"), pdfTekst);
        }
    }

    // ---------------------------------------------------------------- the dashboards in the browser

    @Test
    @Order(6)
    void bothDashboardsShowTheirCharts() {
        Browser b = browser();
        b.login(EEMSDELTA, PASSWORD);
        b.open("/app/rapportage/gemeente.xhtml?jaar=" + JAAR);
        b.waitForText(FORMULE_NAAM);
        assertChartsDrawn(b, 4);
        b.screenshot("rapportage-gemeente-eemsdelta");
        schermVanaf(b, "budgetSectie", "rapportage-gemeente-eemsdelta-2");
        schermVanaf(b, "aanwezigheidSectie", "rapportage-gemeente-eemsdelta-3");

        b.login(CB, PASSWORD);
        b.find(By.partialLinkText("Rapportages")).click();
        b.waitForUrlContaining("/app/rapportage/overzicht");
        b.open("/app/rapportage/overzicht.xhtml?jaar=" + JAAR);
        b.waitForText("RT-" + JAAR + "-B1");
        assertTrue(b.pageText().contains("sluiten in elke maand precies aan"), "the check against the invoices");
        assertChartsDrawn(b, 3);
        b.screenshot("rapportage-overzicht");
        schermVanaf(b, "gemeenten", "rapportage-overzicht-2");
        schermVanaf(b, "bezettingSectie", "rapportage-overzicht-3");
        schermVanaf(b, "teBeoordelenSectie", "rapportage-overzicht-4");

        b.open("/app/rapportage/gemeente.xhtml?gemeente=" + IDS.get("hogeland") + "&jaar=" + JAAR);
        b.waitForText("Het Hogeland");
        b.screenshot("rapportage-gemeente-hogeland-door-contractbeheerder");

        // the forecast: the contract manager sets next year's route mix
        b.open("/app/rapportage/prognose.xhtml");
        b.waitForText(String.valueOf(TODAY.getYear() + 1));
        assertChartsDrawn(b, 1);
        setNumber(b, "instellingen:mixOnderwijs_input", "10");
        setNumber(b, "instellingen:mixB1", "70");
        b.click("instellingen:opslaan");
        b.waitForText("zijn opgeslagen");
        assertTrue(b.pageText().contains("10,0 % / 70,0 % / 20,0 %"), b.pageText());
        b.screenshot("rapportage-prognose");

        // the same overview in English
        b.open("/app/rapportage/overzicht.xhtml?jaar=" + JAAR);
        b.find(By.linkText("EN")).click();
        b.waitForText("Region overview");
        assertTrue(b.pageText().contains("Approved costs per municipality and month"), b.pageText());
        assertChartsDrawn(b, 3);
        b.screenshot("rapportage-overzicht-en");
        b.find(By.linkText("NL")).click();
        b.waitForText("Overzicht regio");
        JsonObject mix = json(get(CB, "/rapportages/prognose"), 200).getJsonObject("mix");
        assertEquals(new BigDecimal("70.00"), dec(mix, "b1Route"));
    }

    /** A screenshot with the element at the top of the window. */
    private static void schermVanaf(Browser b, String id, String naam) {
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
        b.screenshot(naam);
    }

    private static void setNumber(Browser b, String id, String waarde) {
        String inputId = id.endsWith("_input") ? id : id + "_input";
        WebElement e = b.byId(inputId);
        e.click();
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        e.sendKeys(Keys.DELETE);
        e.sendKeys(waarde);
        e.sendKeys(Keys.TAB);
    }

    private static void assertChartsDrawn(Browser b, int minimum) {
        List<WebElement> canvases = b.driver().findElements(By.cssSelector(".rapportage-grafiek canvas"));
        assertTrue(canvases.size() >= minimum, "charts: " + canvases.size());
        for (WebElement canvas : canvases) {
            Object drawn = ((JavascriptExecutor) b.driver()).executeScript(
                    "var c = arguments[0]; return c.width > 0 && c.height > 0 && Chart.getChart(c) != null;", canvas);
            assertEquals(Boolean.TRUE, drawn, "chart drawn: " + canvas.getAttribute("id"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private JsonObject gemeente(String user, long id) {
        return json(get(user, "/rapportages/gemeenten/" + id + "?jaar=" + JAAR), 200);
    }

    private HttpResponse<String> get(String user, String path) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(root() + "/api/v1" + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json");
        if (user != null) {
            r.header("Authorization", "Bearer " + TOKENS.get(user));
        }
        try {
            return CLIENT.send(r.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("1.0.0", r.headers().firstValue("API-Version").orElse(null));
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private static JsonObject problem(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    private String root() {
        return base.toString().replaceAll("/$", "");
    }

    /** The browser's session, for plain HTTP requests of pages and exports. */
    private String cookies() {
        return browser().driver().manage().getCookies().stream().map(Cookie::toString)
                .map(s -> s.split(";", 2)[0]).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> page(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(root() + path)).header("Cookie", cookies()).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> export(String pad, String form, String soort) {
        return export(pad, form, soort, "");
    }

    /** Opens the page, then presses the export button of the form as the browser would (a non-ajax postback). */
    private HttpResponse<byte[]> export(String pad, String form, String soort, String extraQuery) {
        HttpResponse<String> p = page(pad);
        assertEquals(200, p.statusCode(), p.body());
        Matcher action = Pattern.compile("<form id=\"" + form + "\"[^>]*action=\"([^\"]+)\"").matcher(p.body());
        assertTrue(action.find(), "form " + form);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(p.body());
        assertTrue(state.find(), "view state");
        String url = action.group(1).replace("&amp;", "&");
        url = url + (extraQuery.isEmpty() ? "" : (url.contains("?") ? "&" + extraQuery.substring(1) : extraQuery));
        String body = Map.of(form, form, form + ":" + soort, "", "jakarta.faces.ViewState", state.group(1))
                .entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(root() + url.replaceFirst("^https?://[^/]+", "")))
                    .header("Cookie", cookies()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static BigDecimal dec(JsonObject o, String field) {
        JsonNumber n = o.getJsonNumber(field);
        assertNotNull(n, field + " in " + o);
        return n.bigDecimalValue().setScale(2);
    }

    private static BigDecimal maand(JsonObject reeks, int m) {
        return reeks.getJsonArray("bedragen").getJsonNumber(m).bigDecimalValue().setScale(2);
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private static long plaatsing(Connection c, long gemeente, long contract, String ref) throws SQLException {
        long inburgeraar = id(c, "insert into inburgeraar (gemeente_id, klant_referentie, voorletters, achternaam,"
                + " doelgroep, leerroute, pip_datum) values (?, ?, 'R.', 'Rapport', 'ASIELMIGRANT', 'B1_ROUTE', ?)"
                + " returning id", gemeente, ref, MAAND);
        return id(c, "insert into plaatsing (inburgeraar_id, gemeente_id, contract_id, leerroute, status, aangemeld_op,"
                + " geplande_start, geplande_uren, werkelijke_start) values (?, ?, ?, 'B1_ROUTE', 'GESTART', ?, ?, 400,"
                + " ?) returning id", inburgeraar, gemeente, contract, MAAND.minusMonths(1), MAAND.minusMonths(1),
                MAAND.minusMonths(1));
    }

    private static void regel(Connection c, long factuur, int volgnummer, long plaatsing, long gemeente, String uren,
            String bedrag, String beoordeling) throws SQLException {
        update(c, "insert into factuurregel (factuur_id, volgnummer, plaatsing_id, gemeente_id, zelfbetaler, periode,"
                + " correctie, betaalmodel, tarief_geldig_vanaf, aantal, prijs, bedrag, omschrijving, beoordeling,"
                + " afkeurcode) values (?, ?, ?, ?, false, ?, false, 'PER_UUR', ?, ?, 62.50, ?, 'Taalles', ?, ?)",
                factuur, volgnummer, plaatsing, gemeente, MAAND, MAAND.minusYears(1), new BigDecimal(uren),
                new BigDecimal(bedrag), beoordeling, beoordeling.equals("AFGEKEURD") ? "NIET_GELEVERD" : null);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i] instanceof LocalDate d ? Date.valueOf(d) : params[i]);
        }
        return st;
    }

    private static long id(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getLong(1);
        }
    }

    private static BigDecimal sql(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params); ResultSet rs = st.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getBigDecimal(1).setScale(2);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = prepare(c, sql, params)) {
            st.executeUpdate();
        }
    }
}
