package nl.inburgering.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A tender from draft to contract, as the contract manager, three bidding providers, an anonymous
 * visitor and the providers' systems meet it: the real WAR on Payara Micro against PostgreSQL with the
 * demo region. The tests run in order and share one tender.
 *
 * <p>Time: the bid deadline is set 25 seconds ahead and really waited for. The 20-day standstill
 * cannot be waited for: the test proves that contracts are refused DURING it (409, nothing stored);
 * the last test then moves the sent award decision 21 days back in the database (the decision's send
 * date is the only thing the standstill depends on) to show the definitive award and an extension
 * option end to end. The date rules themselves are unit-tested in the tendering module
 * ({@code StandstillTest}, {@code GunningsvoornemenTest}, {@code AfterTheDecisionTest}).
 *
 * <p>Demo providers: Taalhuis Groningen (keurmerk GELDIG), Lingua Noord (GELDIG, expiring in 45 days:
 * still valid on the deadline) and Spreekbeurt Taaltrainingen (GESCHORST: excluded at the opening).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class TenderingIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter PAGINA_DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter BRIEF_DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl-NL"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter PAGINA_TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final String REFERENTIE_VERLENGING = "AB-IT-02";
    private static final String CB = "contractbeheerder";
    private static final String TAALHUIS = "aanbieder.taalhuis";
    private static final String LINGUA = "aanbieder.lingua";
    private static final String SPREEKBEURT = "aanbieder.spreekbeurt";
    private static final String REFERENTIE = "AB-IT-01";

    private static final Map<String, String> TOKENS = new HashMap<>();
    /** Bid ids by "provider-lot number", e.g. "lingua-1". */
    private static final Map<String, Long> BIDS = new HashMap<>();
    private static Browser browser;
    private static long tender;
    private static long lot1;
    private static long lot2;
    private static OffsetDateTime deadline;
    private static LocalDate sendDate;
    private static Set<Long> lot1Gemeenten;
    /** The tender whose deadline is extended, and its deadline after the API's extension. */
    private static long verlengd;
    private static OffsetDateTime verlengdTot;

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

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    private Http http() {
        return new Http(base);
    }

    // ---------------------------------------------------------------- accounts and tokens

    @Test
    @Order(1)
    void providersGetAccountsAndEveryoneCreatesAnApiToken() {
        Browser b = browser();
        b.login("beheerder", PASSWORD);
        for (String[] u : List.of(new String[] {LINGUA, "Lisa Bakker (Lingua Noord)", "Lingua Noord"},
                new String[] {SPREEKBEURT, "Sander de Wit (Spreekbeurt)", "Spreekbeurt Taaltrainingen"})) {
            b.open("/app/beheer/gebruikers.xhtml");
            b.type("nieuweGebruiker:gebruikersnaam", u[0]);
            b.type("nieuweGebruiker:naam", u[1]);
            b.type("nieuweGebruiker:wachtwoord", PASSWORD);
            new Select(b.byId("nieuweGebruiker:rol")).selectByValue("AANBIEDER");
            new Select(b.byId("nieuweGebruiker:aanbieder")).selectByVisibleText(u[2]);
            b.click("nieuweGebruiker:aanmaken");
            b.waitForText(u[1]);
        }
        for (String user : List.of(CB, TAALHUIS, LINGUA, SPREEKBEURT)) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "TenderingIT"));
        }
    }

    // ---------------------------------------------------------------- drafting

    @Test
    @Order(2)
    void weightsThatDoNotSumTo100AreRefusedNextToTheFieldAndNothingIsStored() {
        long before = get(CB, "/api/v1/aanbestedingen").getInt("totaal");
        JsonObject gemeenten = get(CB, "/api/v1/gemeenten");
        lot1Gemeenten = idsOf(gemeenten, Set.of("Groningen", "Eemsdelta", "Het Hogeland"));

        Http.Response r = post(CB, "/api/v1/aanbestedingen", tenderJson("20", OffsetDateTime.now(NL).plusDays(30)));
        assertEquals(400, r.status(), r.body());
        JsonObject fout = invalidParam(r, "kwaliteitscriteria");
        assertTrue(fout.getString("reason").contains("tellen samen op tot 100"), fout.toString());
        assertTrue(fout.getString("reason").contains("95"), "names the sum: " + fout);
        assertEquals(before, get(CB, "/api/v1/aanbestedingen").getInt("totaal"), "nothing stored");

        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/aanbestedingen/edit.xhtml");
        b.type("aanbesteding:referentie", "AB-IT-BROWSER");
        b.type("aanbesteding:titel", "Wegingen kloppen niet");
        typeNumber("aanbesteding:prijsWeging", "40");
        b.type("aanbesteding:criteria:0:naam", "Plan van aanpak");
        typeNumber("aanbesteding:criteria:0:weging", "50");
        b.click("aanbesteding:opslaan");
        b.waitForText("tellen samen op tot 100");
        assertTrue(b.currentUrl().contains("/app/aanbestedingen/edit.xhtml"), "stays on the form: " + b.currentUrl());
        String nextToSum = b.byId("aanbesteding:wegingen").getText();
        assertTrue(nextToSum.contains("90 van 100") && nextToSum.contains("tellen samen op tot 100"), nextToSum);
        fullScreenshot("tender-01-wegingen-niet-100");
        assertEquals(before, get(CB, "/api/v1/aanbestedingen").getInt("totaal"), "nothing stored");

        // a lot priced per component: a second item without a component is refused next to it
        b.type("aanbesteding:percelen:0:posten:0:omschrijving", "Taaluur B1-route");
        typeNumber("aanbesteding:percelen:0:posten:0:geraamdVolume", "12000");
        b.click("aanbesteding:percelen:0:postToevoegen");
        b.type("aanbesteding:percelen:0:posten:1:omschrijving", "KNM-uur");
        typeNumber("aanbesteding:percelen:0:posten:1:geraamdVolume", "500");
        new Select(b.byId("aanbesteding:betaalmodel")).selectByValue("PER_UUR");
        b.click("aanbesteding:opslaan");
        b.waitForText("Kies het onderdeel van deze tariefpost");
        assertTrue(b.find(By.xpath("//select[@id='aanbesteding:percelen:0:posten:1:onderdeel']/.."))
                .getText().contains("Kies het onderdeel"), "the message is next to the item's component");
        new Select(b.byId("aanbesteding:percelen:0:posten:0:onderdeel")).selectByValue("TAAL");
        new Select(b.byId("aanbesteding:percelen:0:posten:1:onderdeel")).selectByValue("KNM");
        b.click("aanbesteding:opslaan");
        new WebDriverWait(b.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kies het onderdeel")));
        assertEquals("KNM", new Select(b.byId("aanbesteding:percelen:0:posten:1:onderdeel")).getFirstSelectedOption()
                .getAttribute("value"), "the items are kept while other fields are still wrong");
        fullScreenshot("tender-01b-perceel-twee-tariefposten");
        assertEquals(before, get(CB, "/api/v1/aanbestedingen").getInt("totaal"), "nothing stored");
    }

    @Test
    @Order(3)
    void theContractManagerPublishesATenderThatAnyoneCanReadButNoBids() {
        deadline = OffsetDateTime.now(NL).plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        Http.Response created = post(CB, "/api/v1/aanbestedingen", tenderJson("25", deadline));
        assertEquals(201, created.status(), created.body());
        JsonObject a = created.json();
        tender = a.getJsonNumber("id").longValue();
        assertEquals("CONCEPT", a.getString("status"));
        assertEquals(20, a.getInt("standstillDagen"), "default standstill");
        for (JsonObject p : a.getJsonArray("percelen").getValuesAs(JsonObject.class)) {
            if (p.getInt("nummer") == 1) {
                lot1 = p.getJsonNumber("id").longValue();
            } else {
                lot2 = p.getJsonNumber("id").longValue();
            }
        }
        assertEquals(404, http().get("/api/v1/aanbestedingen/" + tender, null).status(), "a draft is not public");

        Http.Response published = http().post("/api/v1/aanbestedingen/" + tender + "/publiceer", TOKENS.get(CB),
                "application/json", "");
        assertEquals(200, published.status(), published.body());
        assertEquals("GEPUBLICEERD", published.json().getString("status"));

        Http.Response notice = http().get("/api/v1/aanbestedingen/" + tender, null);
        assertEquals(200, notice.status(), notice.body());
        assertEquals(REFERENTIE, notice.json().getString("referentie"));
        assertEquals(deadline.toInstant(), OffsetDateTime.parse(notice.json().getString("sluitingstijd")).toInstant());
        assertFalse(notice.body().contains("aantalInschrijvingen"), "the public sees no bid counts");
        assertEquals(401, http().get("/api/v1/aanbestedingen/" + tender + "/inschrijvingen", null).status());
    }

    // ---------------------------------------------------------------- bidding

    @Test
    @Order(4)
    void providersBidBeforeTheDeadlineAndSeeOnlyTheirOwnBids() {
        assertEquals(201, bid(TAALHUIS, lot1, "55.00").status());
        Http.Response replacing = bid(TAALHUIS, lot1, "52.00");
        assertEquals(201, replacing.status(), replacing.body());
        BIDS.put("taalhuis-1", id(replacing.json()));
        assertEquals("624000.00", replacing.json().getString("evaluatieprijs"), "52.00 x 12000 hours");
        BIDS.put("taalhuis-2", id(bid(TAALHUIS, lot2, "60.00").json()));
        BIDS.put("lingua-1", id(bid(LINGUA, lot1, "48.00").json()));
        BIDS.put("lingua-2", id(bid(LINGUA, lot2, "60.00").json()));
        BIDS.put("spreekbeurt-1", id(bid(SPREEKBEURT, lot1, "45.00").json()));

        for (String price : List.of("0", "-5.00")) {
            Http.Response bad = bid(LINGUA, lot1, price);
            assertEquals(400, bad.status(), bad.body());
            assertTrue(invalidParam(bad, "prijzen[0].prijs").getString("reason").contains("groter dan nul"), bad.body());
        }

        JsonArray taalhuis = get(TAALHUIS, "/api/v1/aanbestedingen/" + tender + "/inschrijvingen")
                .getJsonArray("resultaten");
        assertEquals(3, taalhuis.size(), "its two current bids and the replaced one: " + taalhuis);
        assertTrue(taalhuis.getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> i.getString("status").equals("VERVANGEN") && i.toString().contains("55.00")));
        JsonArray lingua = get(LINGUA, "/api/v1/aanbestedingen/" + tender + "/inschrijvingen")
                .getJsonArray("resultaten");
        assertEquals(2, lingua.size(), "the refused prices stored nothing: " + lingua);
        assertTrue(lingua.getValuesAs(JsonObject.class).stream()
                .allMatch(i -> i.getString("aanbiederNaam").equals("Lingua Noord")), lingua.toString());

        Http.Response other = http().get("/api/v1/aanbestedingen/" + tender + "/inschrijvingen/"
                + BIDS.get("taalhuis-1"), TOKENS.get(LINGUA));
        assertEquals(404, other.status(), "another provider's bid: " + other.body());

        Http.Response sealed = http().get("/api/v1/aanbestedingen/" + tender + "/inschrijvingen", TOKENS.get(CB));
        assertEquals(409, sealed.status(), "the contract manager sees no bid before the opening: " + sealed.body());
        JsonObject counts = get(CB, "/api/v1/aanbestedingen/" + tender);
        assertEquals(3, counts.getJsonArray("percelen").getValuesAs(JsonObject.class).stream()
                .filter(p -> id(p) == lot1).findFirst().orElseThrow().getInt("aantalInschrijvingen"));
        Http.Response early = http().post("/api/v1/aanbestedingen/" + tender + "/sluiting", TOKENS.get(CB),
                "application/json", "");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.json().getString("detail").contains("loopt nog tot"), early.body());
    }

    @Test
    @Order(5)
    void afterTheDeadlineBidsAreRefusedWithTheTimeAndTheBidsAreOpenedWithTheKeurmerkCheck()
            throws InterruptedException {
        long wait = Duration.between(OffsetDateTime.now(NL), deadline).toMillis() + 1500;
        if (wait > 0) {
            Thread.sleep(wait);
        }
        Http.Response late = bid(SPREEKBEURT, lot2, "40.00");
        assertEquals(409, late.status(), late.body());
        String detail = late.json().getString("detail");
        assertTrue(detail.contains("is gesloten op") && detail.contains("kwam binnen op"), detail);

        Http.Response second = bid(LINGUA, lot1, "44.00");
        assertEquals(409, second.status(), second.body());
        assertTrue(second.json().getString("detail").contains("blijft ongewijzigd staan"), second.body());
        JsonArray lingua = get(LINGUA, "/api/v1/aanbestedingen/" + tender + "/inschrijvingen")
                .getJsonArray("resultaten");
        assertEquals(2, lingua.size(), "nothing stored: " + lingua);
        assertTrue(lingua.toString().contains("48.00") && !lingua.toString().contains("44.00"), lingua.toString());

        Http.Response closed = http().post("/api/v1/aanbestedingen/" + tender + "/sluiting", TOKENS.get(CB),
                "application/json", "");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("GESLOTEN", closed.json().getString("status"));

        JsonArray all = get(CB, "/api/v1/aanbestedingen/" + tender + "/inschrijvingen").getJsonArray("resultaten");
        assertEquals(5, all.size(), all.toString());
        JsonObject spreekbeurt = all.getValuesAs(JsonObject.class).stream()
                .filter(i -> id(i) == BIDS.get("spreekbeurt-1")).findFirst().orElseThrow();
        assertTrue(spreekbeurt.getString("uitsluitingsreden").contains("GESCHORST"), spreekbeurt.toString());
        assertFalse(all.getValuesAs(JsonObject.class).stream().filter(i -> id(i) != BIDS.get("spreekbeurt-1"))
                .anyMatch(i -> i.containsKey("uitsluitingsreden")), "Lingua's keurmerk is valid until after the deadline");
    }

    // ---------------------------------------------------------------- scoring

    @Test
    @Order(6)
    void theContractManagerScoresInTheScoringTable() {
        assertEquals(200, scores(BIDS.get("lingua-1"), 7, 6).status());
        assertEquals(200, scores(BIDS.get("taalhuis-2"), 7, 8).status());
        assertEquals(200, scores(BIDS.get("lingua-2"), 7, 8).status());
        Http.Response tooHigh = scores(BIDS.get("taalhuis-1"), 11, 9);
        assertEquals(400, tooHigh.status(), tooHigh.body());
        assertTrue(invalidParam(tooHigh, "scores[0].score").getString("reason").contains("tussen 0 en 10"));
        Http.Response excluded = scores(BIDS.get("spreekbeurt-1"), 5, 5);
        assertEquals(409, excluded.status(), "an excluded bid is not scored: " + excluded.body());

        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/aanbestedingen/beoordeling.xhtml?id=" + tender);
        b.waitForText("Perceel 1: B1-route Noord");
        assertTrue(b.pageText().contains("Uitgesloten inschrijvingen"), b.pageText());
        b.driver().findElement(By.xpath("//section[.//h2[contains(.,'Perceel 1')]]//tr[.//span[contains(@class,"
                + "'bpkv-naam') and text()='Taalhuis Groningen B.V.']]//button[contains(@id,'scoren')]")).click();
        typeNumber("scores:rijen:0:score", "11");
        typeNumber("scores:rijen:1:score", "9");
        b.click("scores:opslaan");
        b.waitForText("ligt tussen 0 en 10");
        typeNumber("scores:rijen:0:score", "8");
        b.click("scores:opslaan");
        b.waitForText("87,42");
        b.waitForText("De scores van Taalhuis Groningen B.V. zijn opgeslagen.");
        String table = b.pageText();
        assertTrue(table.contains("36,92") && table.contains("50,50") && table.contains("79,50"), table);
        assertTrue(table.contains("GESCHORST"), "the exclusion reason is shown: " + table);
        assertTrue(table.contains("Loting nodig"), "the tie on lot 2 is flagged: " + table);
        fullScreenshot("tender-02-scoretabel");
    }

    @Test
    @Order(7)
    void theBpkvTableComputesPointsRanksAndExclusionAndATieNeedsARecordedDraw() {
        JsonObject t1 = get(CB, "/api/v1/aanbestedingen/" + tender + "/percelen/" + lot1 + "/rangschikking");
        assertEquals("576000.00", t1.getString("laagsteGeldigePrijs"));
        assertTrue(t1.getBoolean("compleet"));
        List<JsonObject> rows = t1.getJsonArray("regels").getValuesAs(JsonObject.class);
        assertRow(rows.get(0), "Taalhuis Groningen B.V.", "36.92", "50.50", "87.42", 1, true);
        assertRow(rows.get(1), "Lingua Noord", "40.00", "39.50", "79.50", 2, false);
        JsonObject excluded = rows.get(2);
        assertEquals("Spreekbeurt Taaltrainingen", excluded.getString("aanbiederNaam"));
        assertFalse(excluded.containsKey("rang") || excluded.containsKey("totaal"), excluded.toString());
        assertTrue(excluded.getString("uitsluitingsreden").contains("geen geldig Blik op Werk-keurmerk"),
                excluded.toString());
        assertEquals(new BigDecimal("28.00"), rows.get(0).getJsonArray("criteria").getJsonObject(0)
                .getJsonNumber("punten").bigDecimalValue().setScale(2));

        JsonObject t2 = get(CB, "/api/v1/aanbestedingen/" + tender + "/percelen/" + lot2 + "/rangschikking");
        assertFalse(t2.getBoolean("compleet"));
        assertEquals(Set.of(BIDS.get("taalhuis-2"), BIDS.get("lingua-2")), t2.getJsonArray("onbeslisteGelijkspelen")
                .getJsonArray(0).getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue)
                .collect(Collectors.toSet()));
        Http.Response notYet = http().post("/api/v1/aanbestedingen/" + tender + "/beoordeling", TOKENS.get(CB),
                "application/json", "");
        assertEquals(409, notYet.status(), notYet.body());
        assertTrue(notYet.json().getString("detail").contains("loting nodig"), notYet.body());

        Http.Response draw = post(CB, "/api/v1/aanbestedingen/" + tender + "/percelen/" + lot2 + "/lotingen",
                "{\"volgorde\": [" + BIDS.get("lingua-2") + ", " + BIDS.get("taalhuis-2") + "],"
                        + " \"toelichting\": \"Loting door notaris in aanwezigheid van twee medewerkers\"}");
        assertEquals(201, draw.status(), draw.body());
        List<JsonObject> rows2 = get(CB, "/api/v1/aanbestedingen/" + tender + "/percelen/" + lot2 + "/rangschikking")
                .getJsonArray("regels").getValuesAs(JsonObject.class);
        assertRow(rows2.get(0), "Lingua Noord", "40.00", "44.50", "84.50", 1, true);
        assertTrue(rows2.get(0).getBoolean("doorLotingBeslist"));
        assertRow(rows2.get(1), "Taalhuis Groningen B.V.", "40.00", "44.50", "84.50", 2, false);

        Http.Response done = http().post("/api/v1/aanbestedingen/" + tender + "/beoordeling", TOKENS.get(CB),
                "application/json", "");
        assertEquals(200, done.status(), done.body());
        assertEquals("BEOORDEELD", done.json().getString("status"));
    }

    // ---------------------------------------------------------------- award decision and standstill

    @Test
    @Order(8)
    void theAwardDecisionGoesToAllBiddersAndContractsAreRefusedDuringTheStandstill() {
        long contractsBefore = get(CB, "/api/v1/contracten").getInt("totaal");
        Http.Response sent = http().post("/api/v1/aanbestedingen/" + tender + "/gunningsvoornemen", TOKENS.get(CB),
                "application/json", "");
        assertEquals(201, sent.status(), sent.body());
        JsonObject v = sent.json();
        sendDate = LocalDate.now(NL);
        assertEquals(sendDate.toString(), v.getString("verzenddatum"));
        assertEquals(sendDate.plusDays(20).toString(), v.getString("standstillEinde"),
                "20 calendar days counted from the day after sending");
        assertEquals(sendDate.plusDays(21).toString(), v.getString("eersteDagNaStandstill"));
        assertEquals(20, v.getInt("dagenResterend"));
        assertEquals(5, v.getInt("aantalBerichten"), "one message per bid on every lot");

        Http.Response refused = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning",
                "{\"startdatum\": \"" + sendDate.plusDays(21) + "\"}");
        assertEquals(409, refused.status(), refused.body());
        String detail = refused.json().getString("detail");
        assertTrue(detail.contains("De standstilltermijn loopt tot en met "
                + BRIEF_DATUM.format(sendDate.plusDays(20)) + " (nog 20 dagen)"), detail);
        assertEquals(contractsBefore, get(CB, "/api/v1/contracten").getInt("totaal"), "no contract stored");
        assertFalse(get(CB, "/api/v1/aanbestedingen/" + tender + "/gunning").getBoolean("gegund"));
    }

    @Test
    @Order(9)
    void eachBidderReadsOnlyItsOwnMessagesWithTheWinnersScoresButNoPricesAndGetsThePdfLetter()
            throws IOException, InterruptedException {
        List<JsonObject> lingua = get(LINGUA, "/api/v1/aanbestedingen/" + tender + "/gunningsberichten")
                .getJsonArray("resultaten").getValuesAs(JsonObject.class);
        assertEquals(2, lingua.size(), lingua.toString());
        JsonObject lot1Msg = lingua.stream().filter(m -> m.getInt("perceelNummer") == 1).findFirst().orElseThrow();
        JsonObject lot2Msg = lingua.stream().filter(m -> m.getInt("perceelNummer") == 2).findFirst().orElseThrow();
        assertEquals("AFGEWEZEN", lot1Msg.getString("uitkomst"));
        assertEquals(2, lot1Msg.getInt("rang"));
        assertEquals("GUNNING_VOORGENOMEN", lot2Msg.getString("uitkomst"));
        assertTrue(lot2Msg.getBoolean("doorLoting"));
        JsonObject winner = lot1Msg.getJsonArray("winnaars").getJsonObject(0);
        assertEquals("Taalhuis Groningen B.V.", winner.getString("aanbiederNaam"));
        assertEquals(0, new BigDecimal("87.42").compareTo(winner.getJsonNumber("totaal").bigDecimalValue()));
        assertEquals(Set.of("aanbiederNaam", "rang", "prijspunten", "kwaliteitspunten", "totaal", "scores"),
                winner.keySet(), "no prices of another bidder");
        assertFalse(lot1Msg.toString().contains("624000"), "Taalhuis's evaluation price is not disclosed");
        assertEquals(sendDate.plusDays(20).toString(), lot1Msg.getString("standstillEinde"));

        long taalhuisMsg = id(get(TAALHUIS, "/api/v1/aanbestedingen/" + tender + "/gunningsberichten")
                .getJsonArray("resultaten").getJsonObject(0));
        assertEquals(404, http().get("/api/v1/aanbestedingen/" + tender + "/gunningsberichten/" + taalhuisMsg,
                TOKENS.get(LINGUA)).status(), "another bidder's message");
        JsonObject excluded = get(SPREEKBEURT, "/api/v1/aanbestedingen/" + tender + "/gunningsberichten")
                .getJsonArray("resultaten").getJsonObject(0);
        assertEquals("UITGESLOTEN", excluded.getString("uitkomst"));
        assertTrue(excluded.getString("reden").contains("GESCHORST"), excluded.toString());

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toString().replaceAll("/$", "") + "/api/v1/aanbestedingen/" + tender
                                + "/gunningsberichten/" + id(lot1Msg) + "/brief"))
                .header("Authorization", "Bearer " + TOKENS.get(LINGUA)).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("gunningsbrief-AB-IT-01-perceel-1.pdf"));
        String letter;
        try (PDDocument d = Loader.loadPDF(pdf.body())) {
            letter = new PDFTextStripper().getText(d).replace('\u00a0', ' ');
        }
        assertTrue(letter.contains("Aan: Lingua Noord"), letter);
        assertTrue(letter.contains("niet voornemens zijn perceel 1 (B1-route Noord) aan u te gunnen"), letter);
        assertTrue(letter.contains("Rangorde: 2e van 2 geldige inschrijvingen"), letter);
        assertTrue(letter.contains("Totaal 79,50"), "own scores: " + letter);
        assertTrue(letter.contains("Plan van aanpak 7 / 10 35,00 24,50"), letter);
        assertTrue(letter.contains("36,92 50,50 87,42"), "the winner's scores: " + letter);
        assertTrue(letter.contains("eindigt op " + BRIEF_DATUM.format(sendDate.plusDays(20))), letter);
        assertFalse(letter.contains("624.000"), "no other bidder's price: " + letter);

        HttpResponse<byte[]> english = downloadLetter(id(lot1Msg), "?taal=en");
        assertEquals(200, english.statusCode());
        assertTrue(english.headers().firstValue("Content-Disposition").orElse("")
                .contains("gunningsbrief-AB-IT-01-perceel-1-en.pdf"), english.headers().map().toString());
        assertEquals("en", english.headers().firstValue("Content-Language").orElse(""));
        String en = oneLine(pdfText(english.body()));
        assertTrue(en.contains("The Dutch letter is the official version"), en);
        assertTrue(en.contains("To: Lingua Noord"), en);
        assertTrue(en.contains("we do not intend to award lot 1 (B1-route Noord) to you"), en);
        assertTrue(en.contains("Ranking: 2nd of 2 valid bids"), en);
        assertTrue(en.contains("Total 79.50"), "the same own scores: " + en);
        assertTrue(en.contains("Plan van aanpak 7 / 10 35.00 24.50"), en);
        assertTrue(en.contains("36.92 50.50 87.42"), "the same winner's scores: " + en);
        assertTrue(en.contains("The lowest-ranked winning bid scored 87.42 points"), en);
        assertTrue(en.contains("ends on " + ENGLISH_DATE.format(sendDate.plusDays(20))), en);
        assertFalse(en.contains("Geachte") || en.contains("79,50") || en.contains("624,000"), en);
        assertEquals(letter, pdfText(downloadLetter(id(lot1Msg), "?taal=nl").body()), "nl is the Dutch letter");
        HttpResponse<byte[]> wrongLanguage = downloadLetter(id(lot1Msg), "?taal=de");
        String problem = new String(wrongLanguage.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(400, wrongLanguage.statusCode(), problem);
        JsonObject taalFout = jakarta.json.Json.createReader(new java.io.StringReader(problem)).readObject()
                .getJsonArray("invalidParams").getJsonObject(0);
        assertEquals("taal", taalFout.getString("name"), problem);
        assertTrue(taalFout.getString("reason").contains("en (Engelse vertaling)"), problem);

        HttpResponse<byte[]> foreign = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        base.toString().replaceAll("/$", "") + "/api/v1/aanbestedingen/" + tender
                                + "/gunningsberichten/" + taalhuisMsg + "/brief"))
                .header("Authorization", "Bearer " + TOKENS.get(LINGUA)).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(404, foreign.statusCode(), "another bidder's letter");
    }

    private HttpResponse<byte[]> downloadLetter(long message, String query) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                        + "/api/v1/aanbestedingen/" + tender + "/gunningsberichten/" + message + "/brief" + query))
                .header("Authorization", "Bearer " + TOKENS.get(LINGUA)).header("Accept", "application/pdf").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ');
        }
    }

    /** The text with its line breaks undone, so a sentence reads as one line wherever the PDF wrapped it. */
    private static String oneLine(String text) {
        return text.replaceAll("-\\R", "-").replaceAll("\\R", " ");
    }

    @Test
    @Order(10)
    void objectionsAreRegisteredAndResolvedAndOnlyTheManagerDecides() {
        Http.Response empty = post(LINGUA, "/api/v1/aanbestedingen/" + tender + "/bezwaren", "{\"omschrijving\": \" \"}");
        assertEquals(400, empty.status(), empty.body());
        Http.Response lodged = post(LINGUA, "/api/v1/aanbestedingen/" + tender + "/bezwaren",
                "{\"perceelId\": " + lot1 + ", \"omschrijving\": \"De score op Plan van aanpak is niet gemotiveerd.\"}");
        assertEquals(201, lodged.status(), lodged.body());
        long bezwaar = id(lodged.json());
        assertEquals("OPEN", lodged.json().getString("status"));
        assertEquals(0, get(TAALHUIS, "/api/v1/aanbestedingen/" + tender + "/bezwaren").getInt("totaal"),
                "another bidder's objection is not shown");
        assertEquals(1, get(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren").getInt("totaal"));

        String ongegrond = "{\"uitkomst\": \"ONGEGROND\", \"toelichting\": \"De motivering staat in het verslag.\"}";
        assertEquals(403, post(LINGUA, "/api/v1/aanbestedingen/" + tender + "/bezwaren/" + bezwaar + "/afhandeling",
                ongegrond).status(), "a bidder cannot decide on its own objection");
        Http.Response resolved = post(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren/" + bezwaar + "/afhandeling",
                ongegrond);
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("ONGEGROND", resolved.json().getString("status"));
        assertEquals(409, post(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren/" + bezwaar + "/afhandeling",
                ongegrond).status(), "resolved once");

        long spreekbeurt = id(get(CB, "/api/v1/aanbieders?naam=Spreekbeurt").getJsonArray("resultaten").getJsonObject(0));
        Http.Response letter = post(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren", "{\"aanbiederId\": "
                + spreekbeurt + ", \"omschrijving\": \"Per brief: de schorsing van ons keurmerk is onterecht.\"}");
        assertEquals(201, letter.status(), "the manager registers an objection received by letter: " + letter.body());
    }

    @Test
    @Order(11)
    void theAwardPageShowsTheStandstillAndRefusesContractsAndTheBidderReadsItsLetter() throws IOException {
        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/aanbestedingen/gunning.xhtml?id=" + tender);
        b.waitForText("Gunningsvoornemen en standstill");
        assertEquals(PAGINA_DATUM.format(sendDate.plusDays(20)), b.byId("standstillEinde").getText());
        assertEquals("20", b.byId("gunning:countdown").getText());
        assertEquals("1", b.byId("openBezwaren").getText());
        b.click("definitief:gun");
        b.click("bevestigJa");
        b.waitForText("Definitieve gunning niet mogelijk: De standstilltermijn loopt tot en met");
        fullScreenshot("tender-03-gunning-standstill");

        b.open("/app/dashboard.xhtml");
        b.waitForText("Lopende standstills");
        assertTrue(b.byId("lopendeStandstills").getText().contains(REFERENTIE), b.byId("lopendeStandstills").getText());

        b.login(LINGUA, PASSWORD);
        b.open("/app/aanbestedingen/list.xhtml");
        b.waitForText("Gunningsberichten");
        b.driver().findElement(By.xpath("//tr[contains(.,'Perceel 1: B1-route Noord')]//a[contains(@id,'open')]"))
                .click();
        b.waitForText("Uw scores");
        String page = b.pageText();
        assertTrue(page.contains("Afgewezen") && page.contains("79,50") && page.contains("87,42"), page);
        assertTrue(page.contains("Taalhuis Groningen B.V."), page);
        assertTrue(page.contains(PAGINA_DATUM.format(sendDate.plusDays(20))), page);
        assertFalse(page.contains("624.000"), "no other bidder's price: " + page);
        assertTrue(b.byId("pdf:download").isDisplayed());
        assertTrue(b.driver().findElements(By.id("pdfNl:download")).isEmpty(), "one letter on a Dutch page");
        assertTrue(pdfText(downloadFromPage("pdf:download")).contains("Geachte heer, mevrouw,"),
                "a Dutch page gives the Dutch letter");
        fullScreenshot("tender-04-gunningsbericht-aanbieder");

        b.click("taal:taalEn");
        b.waitForText("Your scores");
        assertTrue(b.byId("pdfNl:download").isDisplayed(), "the Dutch original beside the translation");
        String fromEnglishPage = pdfText(downloadFromPage("pdf:download"));
        assertTrue(fromEnglishPage.contains("Dear Sir or Madam,") && fromEnglishPage.contains("Total 79.50")
                && fromEnglishPage.contains("36.92 50.50 87.42"), fromEnglishPage);
        assertTrue(pdfText(downloadFromPage("pdfNl:download")).contains("Totaal 79,50"), "the Dutch original");
        assertTrue(b.byId("reden").getText().startsWith("Your bid on lot 1 (B1-route Noord) has been ranked 2nd of 2"),
                "the reasons in English: " + b.byId("reden").getText());
        fullScreenshot("tender-04b-gunningsbericht-aanbieder-engels");
        b.click("taal:taalNl");
        b.waitForText("Uw scores");

        b.logout();
        b.open("/aanbestedingen/aankondiging.xhtml?id=" + tender);
        b.waitForText("Perceel 1: B1-route Noord");
        assertFalse(b.pageText().contains("52,00") || b.pageText().contains("Lingua"), "no bids in public: "
                + b.pageText());
        fullScreenshot("tender-05-openbare-aankondiging");
        b.open("/aanbestedingen/list.xhtml");
        b.waitForText(REFERENTIE);
        fullScreenshot("tender-06-openbare-lijst");
    }

    // ---------------------------------------------------------------- after the standstill

    @Test
    @Order(12)
    void afterTheStandstillTheAwardCreatesTheContractsAndAnExtensionOptionIsExercisedOnce() throws SQLException {
        sendDecisionBack(21);
        Http.Response blocked = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning",
                "{\"startdatum\": \"" + LocalDate.now(NL) + "\"}");
        assertEquals(409, blocked.status(), blocked.body());
        assertTrue(blocked.json().getString("detail").contains("bezwaar"), "the open objection blocks: " + blocked.body());
        long open = get(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren").getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream().filter(z -> z.getString("status").equals("OPEN"))
                .map(TenderingIT::id).findFirst().orElseThrow();
        assertEquals(200, post(CB, "/api/v1/aanbestedingen/" + tender + "/bezwaren/" + open + "/afhandeling",
                "{\"uitkomst\": \"ONGEGROND\", \"toelichting\": \"Het keurmerk was op de sluitingsdatum geschorst.\"}")
                .status());

        long contractsBefore = get(CB, "/api/v1/contracten").getInt("totaal");
        LocalDate start = LocalDate.now(NL);
        Http.Response tooEarly = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning",
                "{\"startdatum\": \"" + start.minusDays(1) + "\"}");
        assertEquals(400, tooEarly.status(), tooEarly.body());
        Http.Response awarded = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning",
                "{\"startdatum\": \"" + start + "\"}");
        assertEquals(201, awarded.status(), awarded.body());
        assertTrue(awarded.json().getBoolean("gegund"));
        List<JsonObject> contracts = awarded.json().getJsonArray("contracten").getValuesAs(JsonObject.class);
        assertEquals(2, contracts.size(), "one contract per winner: " + contracts);
        assertEquals(contractsBefore + 2, get(CB, "/api/v1/contracten").getInt("totaal"));
        assertEquals("GEGUND", get(CB, "/api/v1/aanbestedingen/" + tender).getString("status"));

        JsonObject taalhuis = contracts.stream().filter(c -> c.getJsonNumber("perceelId").longValue() == lot1)
                .findFirst().orElseThrow();
        long contractId = taalhuis.getJsonNumber("contractId").longValue();
        JsonObject contract = get(CB, "/api/v1/contracten/" + contractId);
        assertEquals("AANBESTEDING", contract.getString("herkomst"));
        assertEquals(REFERENTIE, contract.getString("herkomstReferentie"));
        assertEquals(start.toString(), contract.getString("startdatum"));
        assertEquals(start.plusMonths(24).minusDays(1).toString(), contract.getString("einddatum"));
        assertEquals(lot1Gemeenten, contract.getJsonArray("gemeenteIds").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals("52.00", get(CB, "/api/v1/contracten/" + contractId + "/tarieven").getJsonArray("resultaten")
                .getJsonObject(0).getString("bedrag"), "the winning bid price is the tariff");
        long linguaContract = contracts.stream().filter(c -> c.getJsonNumber("perceelId").longValue() == lot2)
                .findFirst().orElseThrow().getJsonNumber("contractId").longValue();
        assertEquals(Set.of("TAAL 60.00 Taaluur Z-route", "KNM 45.00 KNM-uur"), get(CB, "/api/v1/contracten/"
                + linguaContract + "/tarieven").getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("onderdeel") + " " + t.getString("bedrag") + " " + t.getString("omschrijving"))
                .collect(Collectors.toSet()), "a tariff per item of the lot, for its component");
        assertEquals(1, get(TAALHUIS, "/api/v1/aanbestedingen/" + tender + "/gunning").getJsonArray("contracten")
                .size(), "a provider sees only its own contract");

        Http.Response extended = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning/contracten/" + contractId
                + "/verlengingen", "{\"optie\": 1}");
        assertEquals(201, extended.status(), extended.body());
        assertEquals(1, extended.json().getInt("optiesResterend"));
        assertEquals(start.plusMonths(36).minusDays(1).toString(), get(CB, "/api/v1/contracten/" + contractId)
                .getString("einddatum"), "extended by the option's 12 months");
        Http.Response again = post(CB, "/api/v1/aanbestedingen/" + tender + "/gunning/contracten/" + contractId
                + "/verlengingen", "{\"optie\": 1}");
        assertEquals(409, again.status(), "an option is used once: " + again.body());
    }

    // ---------------------------------------------------------------- extending the deadline

    @Test
    @Order(13)
    void theContractManagerExtendsTheDeadlineThroughTheApiWithAReasonAndBadInputStoresNothing() {
        OffsetDateTime original = OffsetDateTime.now(NL).plusDays(10).truncatedTo(ChronoUnit.MINUTES);
        Http.Response created = post(CB, "/api/v1/aanbestedingen", tenderJson(REFERENTIE_VERLENGING, "25", original));
        assertEquals(201, created.status(), created.body());
        verlengd = id(created.json());
        long lot = created.json().getJsonArray("percelen").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getInt("nummer") == 1).map(TenderingIT::id).findFirst().orElseThrow();
        String path = "/api/v1/aanbestedingen/" + verlengd + "/sluitingstijd-verlenging";
        String twoWeeksLater = verlenging(original.plusDays(14), "Extra vragen in de nota van inlichtingen.");

        Http.Response draft = post(CB, path, twoWeeksLater);
        assertEquals(409, draft.status(), "a draft is changed, not extended: " + draft.body());
        assertTrue(draft.json().getString("detail").contains("wijzig het concept"), draft.body());
        assertEquals(200, http().post("/api/v1/aanbestedingen/" + verlengd + "/publiceer", TOKENS.get(CB),
                "application/json", "").status());
        Http.Response bid = post(LINGUA, "/api/v1/aanbestedingen/" + verlengd + "/inschrijvingen",
                "{\"perceelId\": " + lot + ", \"prijzen\": [{\"onderdeel\": 1, \"prijs\": \"49.00\"}]}");
        assertEquals(201, bid.status(), bid.body());

        assertEquals(403, post(LINGUA, path, twoWeeksLater).status(), "only the contract manager");
        assertEquals(401, http().post(path, null, "application/json", twoWeeksLater).status());
        assertEquals(404, post(CB, "/api/v1/aanbestedingen/999999/sluitingstijd-verlenging", twoWeeksLater).status());

        Http.Response extended = post(CB, path, twoWeeksLater);
        assertEquals(200, extended.status(), extended.body());
        verlengdTot = original.plusDays(14);
        JsonObject a = extended.json();
        assertEquals(verlengdTot.toInstant(), OffsetDateTime.parse(a.getString("sluitingstijd")).toInstant());
        assertEquals(original.toInstant(), OffsetDateTime.parse(a.getString("oorspronkelijkeSluitingstijd")).toInstant());
        assertEquals("Extra vragen in de nota van inlichtingen.", a.getString("verlengingsreden"));
        assertTrue(a.containsKey("sluitingstijdVerlengdOp"), a.toString());
        assertEquals("GEPUBLICEERD", a.getString("status"));

        JsonObject notice = http().get("/api/v1/aanbestedingen/" + verlengd, null).json();
        assertEquals(verlengdTot.toInstant(), OffsetDateTime.parse(notice.getString("sluitingstijd")).toInstant(),
                "the public notice shows the new deadline");
        assertEquals("Extra vragen in de nota van inlichtingen.", notice.getString("verlengingsreden"));

        Http.Response earlierAndNoReason = post(CB, path, verlenging(original.plusDays(7), " "));
        assertEquals(400, earlierAndNoReason.status(), earlierAndNoReason.body());
        assertEquals("aanbesteding.sluitingstijd-later", invalidParam(earlierAndNoReason, "sluitingstijd").getString("code"));
        assertTrue(invalidParam(earlierAndNoReason, "sluitingstijd").getString("reason").contains("na de huidige"),
                earlierAndNoReason.body());
        assertEquals("verplicht", invalidParam(earlierAndNoReason, "reden").getString("code"));

        Http.Response past = post(CB, path, verlenging(OffsetDateTime.now(NL).minusDays(1), "Te laat bedacht"));
        assertEquals(400, past.status(), past.body());
        assertEquals("aanbesteding.sluitingstijd-verstreken", invalidParam(past, "sluitingstijd").getString("code"));
        assertEquals(1, past.json().getJsonArray("invalidParams").size(), past.body());

        Http.Response malformed = post(CB, path, "{\"sluitingstijd\": \"volgende week\", \"reden\": \""
                + "x".repeat(1001) + "\"}");
        assertEquals(400, malformed.status(), malformed.body());
        assertEquals("json.tijdstip", invalidParam(malformed, "sluitingstijd").getString("code"));
        assertEquals("te-lang", invalidParam(malformed, "reden").getString("code"));

        Http.Response missing = post(CB, path, "{}");
        assertEquals(400, missing.status(), missing.body());
        invalidParam(missing, "sluitingstijd");
        invalidParam(missing, "reden");

        JsonObject after = get(CB, "/api/v1/aanbestedingen/" + verlengd);
        assertEquals(verlengdTot.toInstant(), OffsetDateTime.parse(after.getString("sluitingstijd")).toInstant(),
                "nothing stored on refusal");
        assertEquals("Extra vragen in de nota van inlichtingen.", after.getString("verlengingsreden"));
        assertEquals("INGEDIEND", get(LINGUA, "/api/v1/aanbestedingen/" + verlengd + "/inschrijvingen")
                .getJsonArray("resultaten").getJsonObject(0).getString("status"), "the bid stays valid");

        Http.Response awarded = post(CB, "/api/v1/aanbestedingen/" + tender + "/sluitingstijd-verlenging", twoWeeksLater);
        assertEquals(409, awarded.status(), "an awarded tender: " + awarded.body());
        assertTrue(awarded.json().getString("detail").contains("zolang er kan worden ingeschreven"), awarded.body());
    }

    @Test
    @Order(14)
    void onTheDetailPageTheManagerExtendsTheDeadlineWithMessagesNextToTheFieldsAndBiddersSeeIt() {
        Browser b = browser();
        b.login(CB, PASSWORD);
        b.open("/app/aanbestedingen/detail.xhtml?id=" + verlengd);
        b.waitForText(REFERENTIE_VERLENGING);
        assertTrue(b.byId("sluitingstijd").getText().contains(pagina(verlengdTot)), b.byId("sluitingstijd").getText());
        b.click("acties:verlengenOpenen");
        b.byId("verlengDialoog");
        assertEquals(pagina(verlengdTot), b.byId("verlenging:sluitingstijd_input").getAttribute("value"),
                "prefilled with the current deadline");
        typeDate("verlenging:sluitingstijd_input", pagina(verlengdTot.minusDays(2)));
        b.click("verlenging:bevestig");
        b.waitForText("De nieuwe sluitingstijd moet na de huidige liggen (" + pagina(verlengdTot) + ").");
        String dialog = b.byId("verlengDialoog").getText();
        assertTrue(dialog.contains("Dit veld is verplicht."), "the reason is required: " + dialog);
        assertTrue(b.byId("verlengDialoog").isDisplayed(), "the dialog stays open with the messages");
        fullScreenshot("tender-07-verlenging-fouten");
        assertTrue(get(CB, "/api/v1/aanbestedingen/" + verlengd).getString("sluitingstijd")
                .startsWith(verlengdTot.toLocalDate().toString()), "nothing stored");

        ZonedDateTime nieuw = verlengdTot.atZoneSameInstant(NL).plusDays(7).withHour(17).withMinute(0);
        typeDate("verlenging:sluitingstijd_input", PAGINA_TIJD.format(nieuw));
        b.type("verlenging:reden", "Storing in het portaal op de oorspronkelijke sluitingsdag.");
        b.click("verlenging:bevestig");
        b.waitForText("De sluitingstijd van aanbesteding " + REFERENTIE_VERLENGING + " is verlengd tot "
                + PAGINA_TIJD.format(nieuw) + ".");
        String sluitingstijd = b.byId("sluitingstijd").getText();
        assertTrue(sluitingstijd.contains(PAGINA_TIJD.format(nieuw)) && sluitingstijd.contains("Verlengd op"),
                sluitingstijd);
        assertEquals("Storing in het portaal op de oorspronkelijke sluitingsdag.", b.byId("verlengingsreden").getText());
        fullScreenshot("tender-08-verlenging-verlengd");
        assertEquals(nieuw.toInstant(), OffsetDateTime.parse(get(CB, "/api/v1/aanbestedingen/" + verlengd)
                .getString("sluitingstijd")).toInstant());

        b.login(LINGUA, PASSWORD);
        b.open("/app/aanbestedingen/detail.xhtml?id=" + verlengd);
        b.waitForText(REFERENTIE_VERLENGING);
        String melding = b.byId("acties:verlengdMelding").getText();
        assertTrue(melding.contains("verlengd tot " + PAGINA_TIJD.format(nieuw)) && melding.contains("Storing in het portaal"),
                melding);
        assertTrue(b.driver().findElements(By.id("acties:verlengenOpenen")).isEmpty(), "no button for a bidder");
        assertTrue(b.pageText().contains("49,00"), "the bid stands: " + b.pageText());
        fullScreenshot("tender-09-verlenging-inschrijver");
    }

    // ---------------------------------------------------------------- helpers

    /** A moment as the pages show it: Dutch time, dd-MM-yyyy HH:mm. */
    private static String pagina(OffsetDateTime moment) {
        return PAGINA_TIJD.format(moment.atZoneSameInstant(NL));
    }

    private static String verlenging(OffsetDateTime sluitingstijd, String reden) {
        return "{\"sluitingstijd\": \"" + sluitingstijd + "\", \"reden\": \"" + reden + "\"}";
    }

    /**
     * Downloads what a non-ajax button of the page sends, in the browser's own session and view: the
     * form is posted with fetch() and the bytes are handed back as base64.
     */
    private byte[] downloadFromPage(String buttonId) {
        Browser b = browser();
        b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        Object result = ((JavascriptExecutor) b.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const button = document.getElementById(arguments[0]);
                const data = new URLSearchParams(new FormData(button.form));
                data.append(button.name, button.value || '');
                fetch(button.form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.arrayBuffer())
                    .then(buf => {
                        let s = '';
                        const bytes = new Uint8Array(buf);
                        for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                        done(btoa(s));
                    })
                    .catch(e => done('ERROR ' + e));""", buttonId);
        assertFalse(String.valueOf(result).startsWith("ERROR"), String.valueOf(result));
        return java.util.Base64.getDecoder().decode((String) result);
    }

    private String tenderJson(String secondWeight, OffsetDateTime sluitingstijd) {
        return tenderJson(REFERENTIE, secondWeight, sluitingstijd);
    }

    private String tenderJson(String referentie, String secondWeight, OffsetDateTime sluitingstijd) {
        String gemeenten = lot1Gemeenten.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return """
                {"referentie": "%s", "titel": "Taaldeel B1- en Z-route regio Groningen",
                 "sluitingstijd": "%s", "prijsWeging": 40,
                 "kwaliteitscriteria": [{"naam": "Plan van aanpak", "weging": 35, "maxScore": 10},
                                        {"naam": "Kwaliteit docenten", "weging": %s, "maxScore": 10}],
                 "percelen": [{"naam": "B1-route Noord", "leerroute": "B1_ROUTE", "gemeenteIds": [%s],
                               "aantalWinnaars": 1,
                               "prijsonderdelen": [{"omschrijving": "Taaluur B1-route", "geraamdVolume": 12000}]},
                              {"naam": "Z-route Oost", "leerroute": "Z_ROUTE", "gemeenteIds": [%s],
                               "aantalWinnaars": 1,
                               "prijsonderdelen": [{"omschrijving": "Taaluur Z-route", "geraamdVolume": 8000,
                                                    "onderdeel": "TAAL"},
                                                   {"omschrijving": "KNM-uur", "geraamdVolume": 500,
                                                    "onderdeel": "KNM"}]}],
                 "voorwaarden": {"looptijdMaanden": 24, "verlengopties": 2, "verlengingMaanden": 12,
                                 "betaalmodel": "PER_UUR", "btwTarief": "NUL"}}""".formatted(referentie,
                sluitingstijd, secondWeight, gemeenten, gemeenten);
    }

    /** A bid; on lot 2 (a Taal item and a KNM item) the KNM hour is always 45.00. */
    private Http.Response bid(String user, long perceel, String prijs) {
        String knm = perceel == lot2 ? ", {\"onderdeel\": 2, \"prijs\": \"45.00\"}" : "";
        return post(user, "/api/v1/aanbestedingen/" + tender + "/inschrijvingen",
                "{\"perceelId\": " + perceel + ", \"prijzen\": [{\"onderdeel\": 1, \"prijs\": \"" + prijs + "\"}"
                        + knm + "]}");
    }

    private Http.Response scores(long bid, int first, int second) {
        return http().put("/api/v1/aanbestedingen/" + tender + "/inschrijvingen/" + bid + "/kwaliteitsscores",
                TOKENS.get(CB), "application/json", "{\"scores\": [{\"criterium\": 1, \"score\": " + first
                        + "}, {\"criterium\": 2, \"score\": " + second + "}]}");
    }

    private static void assertRow(JsonObject row, String naam, String prijs, String kwaliteit, String totaal, int rang,
            boolean winnaar) {
        assertEquals(naam, row.getString("aanbiederNaam"), row.toString());
        assertEquals(0, new BigDecimal(prijs).compareTo(row.getJsonNumber("prijspunten").bigDecimalValue()), row.toString());
        assertEquals(0, new BigDecimal(kwaliteit).compareTo(row.getJsonNumber("kwaliteitspunten").bigDecimalValue()),
                row.toString());
        assertEquals(0, new BigDecimal(totaal).compareTo(row.getJsonNumber("totaal").bigDecimalValue()), row.toString());
        assertEquals(rang, row.getInt("rang"), row.toString());
        assertEquals(winnaar, row.getBoolean("winnaar"), row.toString());
        assertNull(row.get("uitsluitingsreden"), row.toString());
    }

    private Http.Response post(String user, String path, String json) {
        return http().post(path, TOKENS.get(user), "application/json", json);
    }

    private JsonObject get(String user, String path) {
        Http.Response r = http().get(path, TOKENS.get(user));
        assertEquals(200, r.status(), path + " as " + user + ": " + r.body());
        return r.json();
    }

    private static JsonObject invalidParam(Http.Response r, String name) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        return r.json().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no invalid param " + name + " in " + r.body()));
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static Set<Long> idsOf(JsonObject gemeenten, Set<String> namen) {
        return gemeenten.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(g -> namen.contains(g.getString("naam"))).map(TenderingIT::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Types into a PrimeFaces inputNumber (its visible input is {@code <id>_input}), replacing what it holds. */
    private void typeNumber(String id, String text) {
        WebElement e = browser().find(By.id(id + "_input"));
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text);
    }

    /** Types into a PrimeFaces datePicker as a person does: select what it holds, type over it, leave the field. */
    private void typeDate(String id, String text) {
        WebElement e = browser().byId(id);
        e.click();
        e.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        e.sendKeys(text);
        e.sendKeys(Keys.TAB);
        assertEquals(text, e.getAttribute("value"), "the date was typed");
    }

    /** A screenshot of the whole page, not only the window. */
    private Path fullScreenshot(String name) {
        Browser b = browser();
        Object height = ((JavascriptExecutor) b.driver()).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        Dimension before = b.driver().manage().window().getSize();
        b.driver().manage().window().setSize(new Dimension(1400, Math.min(6000, ((Number) height).intValue() + 150)));
        try {
            return b.screenshot(name);
        } finally {
            b.driver().manage().window().setSize(before);
        }
    }

    /**
     * Moves the tender's sent award decision the given number of days back, as if it had been sent then:
     * the standstill is computed from the send date only. The portal keeps no entity cache, so the next
     * request sees it.
     */
    private static void sendDecisionBack(int days) throws SQLException {
        TestDatabase.Connection db = Deployments.database();
        try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement s = c.prepareStatement("update gunningsvoornemen set verzenddatum = verzenddatum - ?,"
                        + " standstill_einde = standstill_einde - ?, verzonden_op = verzonden_op - make_interval(days => ?)"
                        + " where aanbesteding_id = ? and status = 'VERZONDEN'")) {
            s.setInt(1, days);
            s.setInt(2, days);
            s.setInt(3, days);
            s.setLong(4, tender);
            assertEquals(1, s.executeUpdate());
        }
    }
}
