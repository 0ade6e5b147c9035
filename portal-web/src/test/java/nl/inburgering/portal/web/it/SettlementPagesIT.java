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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The settlement pages (issue 7) in the browser, the real WAR on Payara Micro against PostgreSQL with the demo
 * region. Set-up through the API: a contract of Taalhuis for Eemsdelta and Het Hogeland (a year back, so last
 * month is always inside it), three started placements and attendance in last month; and, in SQL, an earlier
 * submitted invoice of Taalhuis whose number the provider then tries to use again. Then the pages: the contract
 * manager settles last month and watches the progress finish; the provider submits its invoice (an empty and a
 * used number are refused next to the field); the contract manager rejects one line with a code and remark and
 * approves the rest; each gemeente sees only its own statement with the right amounts and downloads it as PDF,
 * CSV and UBL (the UBL valid by the official SI-UBL 2.0 rules); another gemeente's statement and another
 * provider's invoice are "not found"; the UBL export refuses with a message while the lead has no IBAN; the
 * contract manager makes the statement definitive and registers the payment. Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class SettlementPagesIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final String CB = "contractbeheerder";
    private static final String EEMSDELTA = "gemeente.eemsdelta";
    private static final String HOGELAND = "gemeente.hogeland";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final String NOORDERLICHT = "aanbieder.noorderlicht";
    private static final String CONTRACT = "AB-IT-PAG-01";
    private static final String JSON = "application/json";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    /** Last month: settled here. */
    private static final YearMonth M1 = YearMonth.from(TODAY.minusMonths(1));
    private static final YearMonth M2 = YearMonth.from(TODAY.minusMonths(2));
    private static final String VS_EEMSDELTA = "VS-%d-%02d-1979".formatted(M1.getYear(), M1.getMonthValue());
    private static final String VS_HOGELAND = "VS-%d-%02d-1966".formatted(M1.getYear(), M1.getMonthValue());

    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, Long> IDS = new HashMap<>();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static Browser browser;
    private static TestDatabase.Connection database;
    private static Path downloads;

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

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    private Browser als(String user) {
        Browser b = browser();
        b.login(user, PASSWORD);
        return b;
    }

    private JsonObject api(String user, String method, String path, JsonObjectBuilder body, int status) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1"
                + path)).timeout(Duration.ofSeconds(60)).header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + TOKENS.get(user));
        r = body == null ? r.GET() : r.header("Content-Type", JSON)
                .method(method, HttpRequest.BodyPublishers.ofString(body.build().toString()));
        try {
            HttpResponse<String> answer = CLIENT.send(r.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(status, answer.statusCode(), method + " " + path + ": " + answer.body());
            return Json.createReader(new StringReader(answer.body())).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonObject> results(JsonObject lijst) {
        return lijst.getJsonArray("resultaten").getValuesAs(JsonObject.class);
    }

    private static long id(String name) {
        Long id = IDS.get(name);
        assertNotNull(id, name);
        return id;
    }

    /** Registers, refers, allocates to the test contract, accepts and starts on the first day of M2. */
    private long placement(String gemeenteUser, String ref, int seed) {
        long inburgeraar = api(gemeenteUser, "POST", "/inburgeraars", Json.createObjectBuilder()
                .add("klantReferentie", ref).add("bsn", TestData.bsn(seed)).add("voorletters", "T.")
                .add("achternaam", "Afreken-" + ref).add("doelgroep", "ASIELMIGRANT").add("leerroute", "B1_ROUTE")
                .add("pipDatum", M2.atDay(1).minusDays(20).toString()), 201).getJsonNumber("id").longValue();
        long plaatsing = api(gemeenteUser, "POST", "/plaatsingen", Json.createObjectBuilder()
                .add("inburgeraarId", inburgeraar).add("geplandeStart", TODAY.plusDays(7).toString())
                .add("geplandeUren", 400), 201).getJsonNumber("id").longValue();
        api(CB, "POST", "/toewijzingsvoorstellen/bevestiging", Json.createObjectBuilder().add("toewijzingen",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("plaatsingId", plaatsing)
                        .add("contractId", id("contract")))), 200);
        api(TAALHUIS, "POST", "/plaatsingen/" + plaatsing + "/acceptatie", Json.createObjectBuilder(), 200);
        TestData.update("update plaatsing set aangemeld_op = ? where id = ?", M2.atDay(1).minusDays(10), plaatsing);
        api(TAALHUIS, "POST", "/plaatsingen/" + plaatsing + "/start", Json.createObjectBuilder()
                .add("datum", M2.atDay(1).toString()), 200);
        return plaatsing;
    }

    /** Attended hours (scheduled = attended) on the given days of last month. */
    private void attendance(long plaatsing, String hours, int... days) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int day : days) {
            a.add(Json.createObjectBuilder().add("plaatsingId", plaatsing).add("datum", M1.atDay(day).toString())
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
            assertEquals(days.length, json.getInt("geaccepteerd"), answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static WebDriverWait wait(Browser b, int seconds) {
        return new WebDriverWait(b.driver(), Duration.ofSeconds(seconds));
    }

    /** The text of the element, waiting until it has some. */
    private static String tekst(Browser b, String id) {
        return b.byId(id).getText().strip();
    }

    /** Downloads by clicking a download button; returns the file once complete. */
    private static Path download(Browser b, String buttonId, String fileName) {
        Path file = downloads.resolve(fileName);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.click(buttonId);
        wait(b, 30).until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    private static void allowDownloads(Browser b) throws IOException {
        if (downloads == null) {
            downloads = Files.createDirectories(Path.of(System.getProperty("screenshots.dir", "target/screenshots"))
                    .resolveSibling("downloads"));
        }
        ((ChromeDriver) b.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
    }

    // ---------------------------------------------------------------- set-up

    @Test
    @Order(1)
    void aContractThreePlacementsAttendanceInLastMonthAndAnEarlierSubmittedInvoice() {
        Browser b = browser();
        for (String user : List.of(CB, EEMSDELTA, HOGELAND, TAALHUIS)) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "SettlementPagesIT " + user));
        }
        long taalhuis = results(api(CB, "GET", "/aanbieders?paginaGrootte=100", null, 200)).stream()
                .filter(a -> a.getString("naam").startsWith("Taalhuis")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        IDS.put("taalhuis", taalhuis);
        Map<String, Long> gemeenten = new HashMap<>();
        for (JsonObject g : results(api(CB, "GET", "/gemeenten?paginaGrootte=100", null, 200))) {
            gemeenten.put(g.getString("naam"), g.getJsonNumber("id").longValue());
        }
        LocalDate start = TODAY.minusYears(1).withDayOfMonth(1);
        IDS.put("contract", api(CB, "POST", "/contracten", Json.createObjectBuilder()
                .add("contractNummer", CONTRACT).add("aanbiederId", taalhuis).add("herkomst", "AANBESTEDING")
                .add("herkomstReferentie", "AB-IT Pagina's").add("perceel", "Perceel IT")
                .add("leerroutes", Json.createArrayBuilder().add("B1_ROUTE"))
                .add("gemeenteIds", Json.createArrayBuilder().add(gemeenten.get("Eemsdelta"))
                        .add(gemeenten.get("Het Hogeland")))
                .add("startdatum", start.toString()).add("einddatum", start.plusYears(3).toString())
                .add("btwTarief", "EENENTWINTIG")
                .add("tarieven", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("geldigVanaf", start.toString()).add("betaalmodel", "PER_UUR")
                        .add("bedrag", new BigDecimal("62.50")))), 201).getJsonNumber("id").longValue());

        IDS.put("a", placement(EEMSDELTA, "PAG-A", 31_415_926));
        IDS.put("c", placement(EEMSDELTA, "PAG-C", 27_182_818));
        IDS.put("b", placement(HOGELAND, "PAG-B", 16_180_339));
        // a: 3 x 3 h = 9 h = 562.50; c: 4 h = 250.00; b: 2 x 2.5 h = 5 h = 312.50 (62.50 an hour)
        attendance(id("a"), "3", 2, 3, 4);
        attendance(id("c"), "4", 5);
        attendance(id("b"), "2.5", 2, 3);

        // an earlier invoice of Taalhuis, submitted under TH-IT-001 (three months ago, no lines)
        TestData.update("insert into factuur (contract_id, aanbieder_id, maand, soort, status, btw_tarief, netto, btw,"
                + " factuurnummer, berekend_op, ingediend_door, ingediend_op) values (?, ?, ?, 'GEMEENTEN',"
                + " 'INGEDIEND', 'EENENTWINTIG', 0, 0, 'TH-IT-001', now(), 'aanbieder.taalhuis', now())",
                id("contract"), taalhuis, M1.minusMonths(2).atDay(1));
    }

    // ---------------------------------------------------------------- the run

    @Test
    @Order(10)
    void theContractManagerSettlesLastMonthAndSeesTheProgressFinish() {
        Browser b = als(CB);
        b.open("/app/afrekening/afrekenen.xhtml");
        b.waitForText("Maandafrekening");
        Select maand = new Select(b.byId("afrekenen:maand"));
        assertEquals(M1.toString(), maand.getFirstSelectedOption().getAttribute("value"), "last month by default");
        assertEquals("", new Select(b.byId("afrekenen:contract")).getFirstSelectedOption().getAttribute("value"),
                "all contracts by default");
        b.screenshot("afrekening-01-kiezen");
        b.click("afrekenen:start");

        b.byId("afrekenen:balk");
        wait(b, 90).until(ExpectedConditions.textToBe(By.id("afrekenen:runStatus"), "Klaar"));
        assertEquals("100%", b.byId("afrekenen:balk").getText().strip());
        long berekend = Long.parseLong(tekst(b, "berekend"));
        assertTrue(berekend >= 1, "at least the test contract's invoice: " + berekend);
        assertEquals("0", tekst(b, "bevroren"));
        String voortgang = tekst(b, "voortgangTekst");
        assertTrue(voortgang.matches("(\\d+) van \\1 contracten verwerkt"), voortgang);
        b.waitForText("Afrekening klaar:");
        assertTrue(b.byId("runs:tabel").getText().contains("Klaar"), b.byId("runs:tabel").getText());
        b.screenshot("afrekening-02-klaar");
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('runs').scrollIntoView()");
        b.screenshot("afrekening-02b-laatste-afrekeningen");

        IDS.put("factuur", TestData.sql("select id from factuur where contract_id = ? and maand = ? and soort = 'GEMEENTEN'",
                id("contract"), M1.atDay(1)));
        assertEquals(3, TestData.sql("select count(*) from factuurregel where factuur_id = ?", id("factuur")));
    }

    // ---------------------------------------------------------------- the provider

    @Test
    @Order(20)
    void theProviderSubmitsWithItsOwnNumberAndAUsedNumberIsRefusedNextToTheField() {
        Browser b = als(TAALHUIS);
        b.open("/app/afrekening/facturen.xhtml");
        b.waitForText(CONTRACT);
        String lijst = b.byId("facturen:tabel").getText();
        assertTrue(lijst.contains("TH-IT-001") && lijst.contains("Concept"), lijst);
        assertTrue(b.byId("teDoen").getText().contains("1 conceptfactuur"), b.byId("teDoen").getText());

        b.open("/app/afrekening/factuur.xhtml?id=" + id("factuur"));
        b.waitForText("Factuur indienen");
        assertEquals("Concept", tekst(b, "status"));
        assertTrue(b.byId("bedragen").getText().contains("€ 1.125,00"), b.byId("bedragen").getText());
        assertTrue(b.byId("regels:tabel").getText().contains("T. Afreken-PAG-A"), b.byId("regels:tabel").getText());

        b.click("indienen:dienIn");
        wait(b, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("indienen:factuurnummerBericht"),
                "verplicht"));

        b.type("indienen:factuurnummer", "TH-IT-001");
        b.click("indienen:dienIn");
        wait(b, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("indienen:factuurnummerBericht"),
                "U gebruikte factuurnummer TH-IT-001 al voor een andere factuur."));
        b.screenshot("afrekening-03-nummer-bestaat");

        b.type("indienen:factuurnummer", "TH-IT-002");
        b.click("indienen:dienIn");
        b.waitForText("Factuur TH-IT-002 is ingediend.");
        assertEquals("Ingediend", tekst(b, "status"));
        assertFalse(b.pageText().contains("{0}"), b.pageText());
        assertEquals("TH-IT-002", tekst(b, "factuurnummer"));
        assertTrue(b.driver().findElements(By.id("indienen:dienIn")).isEmpty(), "no second submission");
        b.open("/app/afrekening/facturen.xhtml");
        b.waitForText("TH-IT-002");
        b.screenshot("afrekening-03b-facturen-aanbieder");
    }

    @Test
    @Order(21)
    void anotherProviderCannotOpenTheInvoice() {
        Browser b = als(NOORDERLICHT);
        b.open("/app/afrekening/factuur.xhtml?id=" + id("factuur"));
        b.waitForText("Pagina niet gevonden");
        assertFalse(b.pageText().contains(CONTRACT), b.pageText());
        b.open("/app/afrekening/facturen.xhtml");
        b.waitForText("Facturen");
        assertFalse(b.pageText().contains(CONTRACT), b.pageText());
    }

    // ---------------------------------------------------------------- the contract manager reviews

    @Test
    @Order(30)
    void theContractManagerRejectsOneLineWithACodeAndRemarkAndApprovesTheRest() {
        Browser b = als(CB);
        b.open("/app/afrekening/facturen.xhtml?status=INGEDIEND");
        b.waitForText(CONTRACT);
        b.open("/app/afrekening/factuur.xhtml?id=" + id("factuur"));
        b.waitForText("Beoordelen");
        assertTrue(tekst(b, "beoordelen:samenvatting").contains("3 van de 3 regels"),
                tekst(b, "beoordelen:samenvatting"));

        WebElement rijC = b.find(By.xpath("//tr[contains(., 'Afreken-PAG-C')]"));
        rijC.findElement(By.cssSelector("button[id$='regelAfkeuren']")).click();
        b.byId("regelAfkeuren:bevestig");
        assertTrue(tekst(b, "regelOnderwerp").contains("T. Afreken-PAG-C, € 250,00"),
                tekst(b, "regelOnderwerp"));
        b.click("regelAfkeuren:bevestig");
        wait(b, 20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("regelAfkeuren:opmerkingBericht"),
                "verplicht"));
        assertTrue(tekst(b, "regelAfkeuren:afkeurcodeBericht").contains("verplicht"));

        new Select(b.byId("regelAfkeuren:afkeurcode")).selectByValue("NIET_GELEVERD");
        b.type("regelAfkeuren:opmerking", "Geen presentielijst voor deze les.");
        b.screenshot("afrekening-04-regel-afkeuren");
        b.click("regelAfkeuren:bevestig");
        b.waitForText("is afgekeurd.");
        wait(b, 20).until(ExpectedConditions.invisibilityOfElementLocated(By.id("regelDialoog")));
        WebElement afgekeurd = b.find(By.xpath("//tr[contains(., 'Afreken-PAG-C')]"));
        assertTrue(afgekeurd.getText().contains("Afgekeurd") && afgekeurd.getText().contains("Niet geleverd")
                && afgekeurd.getText().contains("Geen presentielijst voor deze les."), afgekeurd.getText());
        assertTrue(tekst(b, "beoordelen:samenvatting").contains("2 van de 3 regels"),
                tekst(b, "beoordelen:samenvatting"));
        b.screenshot("afrekening-05-regel-afgekeurd");

        // undo, and reject again
        b.find(By.xpath("//tr[contains(., 'Afreken-PAG-C')]//button[contains(@id, 'herstel')]")).click();
        b.waitForText("De afkeuring van regel");
        b.waitUntil(d -> tekst(b, "beoordelen:samenvatting").contains("3 van de 3 regels"));
        assertTrue(b.find(By.xpath("//tr[contains(., 'Afreken-PAG-C')]")).getText().contains("Open"));
        b.find(By.xpath("//tr[contains(., 'Afreken-PAG-C')]//button[contains(@id, 'regelAfkeuren')]")).click();
        b.byId("regelAfkeuren:bevestig");
        new Select(b.byId("regelAfkeuren:afkeurcode")).selectByValue("NIET_GELEVERD");
        b.type("regelAfkeuren:opmerking", "Geen presentielijst voor deze les.");
        b.click("regelAfkeuren:bevestig");
        b.waitUntil(d -> tekst(b, "beoordelen:samenvatting").contains("2 van de 3 regels"));

        b.click("beoordelen:goedkeuren");
        b.click("bevestigJa");
        b.waitForText("De factuur is goedgekeurd: € 1.058,75.");
        assertEquals("Goedgekeurd", tekst(b, "status"));
        String bedragen = b.byId("bedragen").getText();
        // approved: 875.00 + 21 % = 183.75
        assertTrue(bedragen.contains("€ 875,00") && bedragen.contains("€ 183,75") && bedragen.contains("€ 1.058,75"),
                bedragen);
        String aandelen = b.byId("aandelen").getText();
        // 183.75 split 562.50 : 312.50 gives 118.125 and 65.625: the remainder cent to the lower gemeente id
        assertTrue(aandelen.contains("€ 118,13") && aandelen.contains("€ 65,62"), aandelen);
        b.screenshot("afrekening-06-goedgekeurd");
    }

    // ---------------------------------------------------------------- the gemeenten

    @Test
    @Order(40)
    void eachGemeenteSeesOnlyItsOwnStatementAndDownloadsItAsPdfCsvAndValidUbl() throws IOException {
        Browser b = als(EEMSDELTA);
        allowDownloads(b);
        b.open("/app/afrekening/verrekenstaten.xhtml");
        b.waitForText(VS_EEMSDELTA);
        assertFalse(b.pageText().contains(VS_HOGELAND), b.pageText());
        b.find(By.linkText(VS_EEMSDELTA)).click();
        b.waitForUrlContaining("/app/afrekening/verrekenstaat.xhtml");
        IDS.put("vs-eemsdelta", Long.valueOf(b.currentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1")));
        assertEquals("Open", tekst(b, "verrekenstaat:status"));
        assertEquals("€ 562,50", tekst(b, "netto"));
        assertEquals("€ 118,13", tekst(b, "btw"));
        assertEquals("€ 680,63", tekst(b, "totaal"));
        assertTrue(b.byId("posten").getText().contains("TH-IT-002"), b.byId("posten").getText());
        assertTrue(b.driver().findElements(By.id("verrekenstaat:definitief")).isEmpty(), "only the contract manager");
        b.screenshot("afrekening-07-verrekenstaat-gemeente");

        Path pdf = download(b, "verrekenstaat:pdf", "verrekenstaat-" + VS_EEMSDELTA + ".pdf");
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String t = new PDFTextStripper().getText(d).replace('\u00a0', ' ');
            assertTrue(t.contains("Verrekenstaat " + VS_EEMSDELTA) && t.contains("Gemeente Groningen")
                    && t.contains("Gemeente Eemsdelta") && t.contains("€ 680,63") && t.contains("Open (voorlopig)"), t);
        }
        Path csv = download(b, "verrekenstaat:csv", "verrekenstaat-" + VS_EEMSDELTA + ".csv");
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(csvText.startsWith("\uFEFFVerrekenstaat;Maand;Gemeente;Contract;"), csvText);
        assertTrue(csvText.contains(VS_EEMSDELTA + ";" + M1 + ";Eemsdelta;" + CONTRACT + ";Taalhuis Groningen B.V.;"
                + "TH-IT-002;21;562,50;118,13;680,63"), csvText);
        Path ubl = download(b, "verrekenstaat:ubl", VS_EEMSDELTA + ".xml");
        byte[] xml = Files.readAllBytes(ubl);
        assertEquals(List.of(), UblValidatie.fouten(xml), new String(xml, StandardCharsets.UTF_8));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("<cbc:PayableAmount currencyID=\"EUR\">680.63<"));

        // another gemeente's statement by id in the URL: not found
        long hogeland = TestData.sql("select id from verrekenstaat where nummer = ?", VS_HOGELAND);
        IDS.put("vs-hogeland", hogeland);
        b.open("/app/afrekening/verrekenstaat.xhtml?id=" + hogeland);
        b.waitForText("Pagina niet gevonden");
        assertFalse(b.pageText().contains(VS_HOGELAND), b.pageText());

        // Het Hogeland: its VAT share is a cent below 21 % of its base (65.62, not 65.63), still valid
        b = als(HOGELAND);
        allowDownloads(b);
        b.open("/app/afrekening/verrekenstaat.xhtml?id=" + hogeland);
        b.waitForText(VS_HOGELAND);
        assertEquals("€ 378,12", tekst(b, "totaal"));
        byte[] xmlHogeland = Files.readAllBytes(download(b, "verrekenstaat:ubl", VS_HOGELAND + ".xml"));
        assertEquals(List.of(), UblValidatie.fouten(xmlHogeland), new String(xmlHogeland, StandardCharsets.UTF_8));
        b.open("/app/afrekening/verrekenstaat.xhtml?id=" + id("vs-eemsdelta"));
        b.waitForText("Pagina niet gevonden");
        assertTrue(TestData.sql("select count(*) from audit_regel where entiteit = 'Verrekenstaat' and actie = 'GEEXPORTEERD'")
                >= 4);
    }

    @Test
    @Order(41)
    void theUblExportRefusesWithAMessageWhileTheLeadHasNoIban() {
        TestData.update("update gemeente set iban = null where is_lead");
        try {
            Browser b = als(EEMSDELTA);
            b.open("/app/afrekening/verrekenstaat.xhtml?id=" + id("vs-eemsdelta"));
            b.waitForText(VS_EEMSDELTA);
            b.click("verrekenstaat:ubl");
            b.waitForText("het IBAN van centrumgemeente Groningen ontbreekt");
            assertEquals("€ 680,63", tekst(b, "totaal"), "the page is still there");
            b.screenshot("afrekening-08-ubl-geweigerd");
        } finally {
            TestData.update("update gemeente set iban = 'NL64BNGH0285001789' where is_lead");
        }
    }

    // ---------------------------------------------------------------- definitive, paid

    @Test
    @Order(50)
    void theContractManagerMakesTheStatementDefinitiveAndRegistersThePayment() throws IOException {
        Browser b = als(CB);
        allowDownloads(b);
        b.open("/app/afrekening/verrekenstaten.xhtml");
        b.waitForText(VS_EEMSDELTA);
        String lijst = b.byId("verrekenstaten:tabel").getText();
        assertTrue(lijst.contains(VS_HOGELAND) && lijst.contains("€ 680,63") && lijst.contains("€ 378,12"), lijst);
        // sorted by the total: Het Hogeland's 378,12 first, then (descending) Eemsdelta's 680,63 first
        By totaal = By.cssSelector("th[id='verrekenstaten:tabel:totaal'] .ui-column-title");
        b.find(totaal).click();
        b.waitUntil(d -> {
            String t = b.byId("verrekenstaten:tabel").getText();
            return t.indexOf(VS_HOGELAND) >= 0 && t.indexOf(VS_HOGELAND) < t.indexOf(VS_EEMSDELTA);
        });
        b.find(totaal).click();
        b.waitUntil(d -> {
            String t = b.byId("verrekenstaten:tabel").getText();
            return t.indexOf(VS_EEMSDELTA) >= 0 && t.indexOf(VS_EEMSDELTA) < t.indexOf(VS_HOGELAND);
        });
        b.screenshot("afrekening-09a-verrekenstaten-contractbeheerder");
        b.open("/app/afrekening/verrekenstaat.xhtml?id=" + id("vs-eemsdelta"));
        b.click("verrekenstaat:definitief");
        b.click("bevestigJa");
        b.waitForText("Verrekenstaat " + VS_EEMSDELTA + " is definitief.");
        assertEquals("Definitief", tekst(b, "verrekenstaat:status"));
        b.screenshot("afrekening-09-definitief");
        Path pdf = download(b, "verrekenstaat:pdf", "verrekenstaat-" + VS_EEMSDELTA + ".pdf");
        try (PDDocument d = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String t = new PDFTextStripper().getText(d);
            assertTrue(t.contains("Status Definitief") && !t.contains("Voorlopig"), t);
        }

        b.open("/app/afrekening/factuur.xhtml?id=" + id("factuur"));
        b.waitForText("Betaling registreren");
        b.type("betaling:betaalreferentie", "BETALING-IT-1");
        b.click("betaling:registreer");
        b.waitForText("De betaling is geregistreerd.");
        assertEquals("Betaald", tekst(b, "status"));
        assertTrue(tekst(b, "betaald").contains("BETALING-IT-1"), tekst(b, "betaald"));
        assertFalse(b.pageText().contains("{0}") || b.pageText().contains("???"), b.pageText());
        b.screenshot("afrekening-10-betaald");

        // the same page in English
        b.click("taal:taalEn");
        b.waitForText("Invoice details");
        assertEquals("Paid", tekst(b, "status"));
        assertFalse(b.pageText().contains("???"), b.pageText());
        b.screenshot("afrekening-11-english");
        b.click("taal:taalNl");
        b.waitForText("Factuurgegevens");
    }
}
