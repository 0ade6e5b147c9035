package nl.inburgering.portal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The platform as a user and a provider's system meet it: the real WAR on Payara Micro against a
 * real PostgreSQL with the demo region. One class, so the container starts once; the tests run in
 * order because the later ones use the API tokens the browser test creates in the portal.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@RunAsClient
class PlatformIT {

    private static final String PASSWORD = "Welkom-2026!";
    private static final Map<String, String> TOKENS = new HashMap<>();
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

    private Browser browser() {
        if (browser == null) {
            browser = new Browser(base);
        }
        return browser;
    }

    private Http http() {
        return new Http(base);
    }

    // ---------------------------------------------------------------- health and API basics

    @Test
    @Order(1)
    void healthSaysDatabaseReachableAndMigrationsApplied() {
        Http.Response r = http().get("/health", null);
        assertEquals(200, r.status(), r.body());
        JsonObject check = r.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("UP", r.json().getString("status"));
        assertEquals("database", check.getString("name"));
        assertEquals("0", check.getJsonObject("data").get("openstaandeMigraties").toString().replace("\"", ""));
    }

    @Test
    @Order(2)
    void openApiDocumentIsPublicAndIsTheLintedFile() throws IOException {
        Http.Response r = http().get("/api/v1/openapi.json", null);
        assertEquals(200, r.status());
        assertEquals("1.0.0", r.apiVersion());
        JsonValue served = Json.createReader(new StringReader(r.body())).readValue();
        JsonValue file = Json.createReader(new StringReader(
                Files.readString(Path.of("src/main/resources/openapi/openapi.json")))).readValue();
        assertEquals(file, served);
    }

    @Test
    @Order(3)
    void apiWithoutOrWithAWrongTokenAnswers401Problem() {
        for (String token : new String[] {null, "ikp_" + "x".repeat(43)}) {
            Http.Response r = http().get("/api/v1/contracten", token);
            assertEquals(401, r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
            assertEquals("1.0.0", r.apiVersion());
            assertEquals(401, r.json().getInt("status"));
        }
    }

    @Test
    @Order(4)
    void protectedPageWithoutLoginGoesToLogin() {
        Browser b = browser();
        b.logout();
        b.open("/app/aanbieders/list.xhtml");
        b.waitForUrlContaining("/login.xhtml");
        b.type("login:gebruikersnaam", "contractbeheerder");
        b.type("login:wachtwoord", "verkeerd-wachtwoord");
        b.click("login:inloggen");
        b.waitForText("Onjuiste gebruikersnaam of wachtwoord");
        assertTrue(b.currentUrl().contains("/login.xhtml"), b.currentUrl());
    }

    // ---------------------------------------------------------------- the browser: a contract manager at work

    @Test
    @Order(10)
    void contractManagerCreatesAProviderWithClearMessagesAndFindsItInTheList() {
        Browser b = browser();
        b.login("contractbeheerder", PASSWORD);
        b.waitForText("Dashboard");
        b.screenshot("01-dashboard-contractbeheerder");

        b.open("/app/aanbieders/edit.xhtml");
        b.type("aanbieder:naam", "Taalcentrum Selenium");
        b.type("aanbieder:kvkNummer", "1234");
        b.type("aanbieder:iban", "NL00BANK0123456789");
        new Select(b.byId("aanbieder:soort")).selectByValue("TAALAANBIEDER");
        b.click("aanbieder:opslaan");
        b.waitForText("8 cijfers");
        String page = b.pageText();
        assertTrue(b.currentUrl().contains("/app/aanbieders/edit.xhtml"), "stays on the form: " + b.currentUrl());
        b.screenshot("02-aanbieder-invoerfouten");
        assertTrue(page.contains("8 cijfers"), page);
        assertTrue(page.toLowerCase().contains("iban"), page);

        b.type("aanbieder:kvkNummer", "90817263");
        b.type("aanbieder:iban", "NL02ABNA0123456789");
        b.click("aanbieder:opslaan");
        b.waitForUrlContaining("/app/aanbieders/detail.xhtml");
        b.waitForText("Taalcentrum Selenium");

        b.open("/app/aanbieders/list.xhtml");
        b.waitForText("Taalcentrum Selenium");
        b.screenshot("03-aanbieders-lijst");
        assertTrue(b.pageText().contains("90817263"));
    }

    @Test
    @Order(11)
    void everyRoleCreatesItsOwnApiTokenInThePortal() {
        Browser b = browser();
        for (String user : List.of("contractbeheerder", "gemeente.hogeland", "aanbieder.taalhuis", "beheerder")) {
            TOKENS.put(user, b.createApiToken(user, PASSWORD, "IT " + user));
        }
        b.screenshot("04-api-token");
    }

    @Test
    @Order(12)
    void aUserSwitchesToEnglishAndLogsOut() {
        Browser b = browser();
        b.login("gemeente.eemsdelta", PASSWORD);
        b.waitForText("Welkom, Erik Mulder");
        b.click("taal:taalEn");
        b.waitForText("Welcome, Erik Mulder");
        b.screenshot("07-dashboard-gemeente-english");
        b.click("afmelden:uitloggen");
        b.waitForUrlContaining("/login.xhtml");
        b.waitForText("U bent uitgelogd.");
        b.open("/app/dashboard.xhtml");
        b.waitForUrlContaining("/login.xhtml");
    }

    // ---------------------------------------------------------------- tenancy through the API

    private JsonObject list(String user, String path) {
        Http.Response r = http().get(path, TOKENS.get(user));
        assertEquals(200, r.status(), path + " as " + user + ": " + r.body());
        assertEquals("1.0.0", r.apiVersion());
        return r.json();
    }

    private long idOfProvider(String naam) {
        JsonObject page = list("contractbeheerder", "/api/v1/aanbieders?naam=" + naam.replace(" ", "%20"));
        assertEquals(1, page.getInt("totaal"), page.toString());
        return page.getJsonArray("resultaten").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long idOfContract(String prefix, String suffix) {
        JsonObject page = list("contractbeheerder", "/api/v1/contracten?paginaGrootte=100");
        return page.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("contractNummer").startsWith(prefix)
                        && c.getString("contractNummer").endsWith(suffix))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    @Order(20)
    void aProviderSeesOnlyItselfAndItsOwnContracts() {
        long taalhuis = idOfProvider("Taalhuis Groningen");
        long noorderlicht = idOfProvider("Noorderlicht College");

        JsonObject providers = list("aanbieder.taalhuis", "/api/v1/aanbieders");
        assertEquals(1, providers.getInt("totaal"));
        assertEquals(taalhuis, providers.getJsonArray("resultaten").getJsonObject(0).getJsonNumber("id").longValue());

        Http.Response other = http().get("/api/v1/aanbieders/" + noorderlicht, TOKENS.get("aanbieder.taalhuis"));
        assertEquals(404, other.status());
        assertTrue(other.contentType().startsWith("application/problem+json"));

        JsonObject contracts = list("aanbieder.taalhuis", "/api/v1/contracten?paginaGrootte=100");
        assertEquals(2, contracts.getInt("totaal"), contracts.toString());
        for (JsonObject c : contracts.getJsonArray("resultaten").getValuesAs(JsonObject.class)) {
            assertEquals(taalhuis, c.getJsonNumber("aanbiederId").longValue());
        }
        long openHouse = idOfContract("OH-", "-001");
        assertEquals(404, http().get("/api/v1/contracten/" + openHouse, TOKENS.get("aanbieder.taalhuis")).status());
        assertEquals(404, http().get("/api/v1/contracten/" + openHouse + "/tarieven",
                TOKENS.get("aanbieder.taalhuis")).status());
    }

    @Test
    @Order(21)
    void aGemeenteSeesOnlyContractsItTakesPartIn() {
        long hogeland = list("contractbeheerder", "/api/v1/gemeenten").getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("naam").equals("Het Hogeland"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject contracts = list("gemeente.hogeland", "/api/v1/contracten?paginaGrootte=100");
        Set<String> numbers = contracts.getJsonArray("resultaten").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("contractNummer")).collect(Collectors.toSet());
        assertEquals(4, numbers.size(), numbers.toString()); // both Open House + both B1 (north) contracts
        for (JsonObject c : contracts.getJsonArray("resultaten").getValuesAs(JsonObject.class)) {
            assertTrue(c.getJsonArray("gemeenteIds").getValuesAs(jakarta.json.JsonNumber.class).stream()
                    .anyMatch(n -> n.longValue() == hogeland), c.toString());
        }
        long zRoute = idOfContract("AB-", "-Z-01"); // east lot: Het Hogeland does not take part
        assertEquals(404, http().get("/api/v1/contracten/" + zRoute, TOKENS.get("gemeente.hogeland")).status());
        assertEquals(200, http().get("/api/v1/contracten/" + zRoute, TOKENS.get("contractbeheerder")).status());
    }

    @Test
    @Order(22)
    void onlyManagersWriteAndARefusedRequestWritesNothing() {
        String valid = """
                {"naam": "Taalpunt API", "kvkNummer": "55667788", "soort": "TAALAANBIEDER",
                 "iban": "NL20INGB0001234567"}""";
        Http.Response forbidden = http().post("/api/v1/aanbieders", TOKENS.get("gemeente.hogeland"),
                "application/json", valid);
        assertEquals(403, forbidden.status());
        assertEquals(403, http().post("/api/v1/aanbieders", TOKENS.get("aanbieder.taalhuis"), "application/json",
                valid).status());

        long before = list("contractbeheerder", "/api/v1/aanbieders").getInt("totaal");
        Http.Response invalid = http().post("/api/v1/aanbieders", TOKENS.get("contractbeheerder"), "application/json",
                """
                {"naam": "", "kvkNummer": "12", "soort": "TAALAANBIEDER", "iban": "NL00XXXX"}""");
        assertEquals(400, invalid.status(), invalid.body());
        assertTrue(invalid.contentType().startsWith("application/problem+json"));
        Set<String> fields = invalid.json().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("naam", "kvkNummer", "iban")), fields.toString());
        assertEquals(before, list("contractbeheerder", "/api/v1/aanbieders").getInt("totaal"));

        Http.Response created = http().post("/api/v1/aanbieders", TOKENS.get("contractbeheerder"),
                "application/json", valid);
        assertEquals(201, created.status(), created.body());
        assertEquals(before + 1, list("contractbeheerder", "/api/v1/aanbieders").getInt("totaal"));
        Http.Response again = http().post("/api/v1/aanbieders", TOKENS.get("contractbeheerder"),
                "application/json", valid);
        assertEquals(400, again.status(), "the same KvK number twice: " + again.body());
        assertEquals(before + 1, list("contractbeheerder", "/api/v1/aanbieders").getInt("totaal"));
    }

    @Test
    @Order(23)
    void badRequestsGet400Or413NeverA500() {
        String token = TOKENS.get("contractbeheerder");
        Http.Response malformedId = http().get("/api/v1/aanbieders/abc", token);
        assertEquals(400, malformedId.status(), malformedId.body());
        assertEquals("aanbiederId", malformedId.json().getJsonArray("invalidParams").getJsonObject(0)
                .getString("name"));

        Http.Response unknownField = http().post("/api/v1/aanbieders", token, "application/json", """
                {"naam": "X", "kvkNummer": "11223344", "soort": "TAALAANBIEDER", "iban": "NL20INGB0001234567",
                 "geheim": true}""");
        assertEquals(400, unknownField.status(), unknownField.body());

        Http.Response wrongType = http().post("/api/v1/aanbieders", token, "application/json", """
                {"naam": 12, "kvkNummer": "11223344", "soort": "BAKKER", "iban": "NL20INGB0001234567"}""");
        assertEquals(400, wrongType.status(), wrongType.body());

        Http.Response notJson = http().post("/api/v1/aanbieders", token, "application/json", "{naam:");
        assertEquals(400, notJson.status(), notJson.body());

        String huge = "{\"naam\": \"" + "x".repeat(2_000_000) + "\"}";
        assertEquals(413, http().post("/api/v1/aanbieders", token, "application/json", huge).status());

        for (Http.Response r : List.of(malformedId, unknownField, wrongType, notJson)) {
            assertFalse(r.body().contains("Exception"), r.body());
            assertFalse(r.body().contains("at nl."), r.body());
        }
    }

    // ---------------------------------------------------------------- a gemeente's billing data for the UBL invoice

    private long idOfGemeente(String naam) {
        return list("contractbeheerder", "/api/v1/gemeenten?paginaGrootte=100").getJsonArray("resultaten")
                .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("naam").equals(naam))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static Set<String> invalidParams(Http.Response r) {
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        return r.json().getJsonArray("invalidParams").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("name")).collect(Collectors.toSet());
    }

    @Test
    @Order(24)
    void managersSetTheBillingDataOfAGemeenteAndBadInputChangesNothing() {
        String token = TOKENS.get("contractbeheerder");
        long eemsdelta = idOfGemeente("Eemsdelta");
        String path = "/api/v1/gemeenten/" + eemsdelta + "/factuurgegevens";
        JsonObject demo = list("contractbeheerder", "/api/v1/gemeenten/" + eemsdelta);
        assertEquals("9934 EA", demo.getJsonObject("adres").getString("postcode"), demo.toString());
        assertFalse(demo.containsKey("iban"), "absent when not set: " + demo);

        Http.Response set = http().put(path, token, "application/json", """
                {"adres": {"straat": "Waterstraat 12", "postcode": "9934ab", "plaats": "Delfzijl"},
                 "iban": "NL64 BNGH 0285 0017 89", "btwNummer": "nl 0015.89.623 b01"}""");
        assertEquals(200, set.status(), set.body());
        assertEquals("1.0.0", set.apiVersion());
        JsonObject read = list("contractbeheerder", "/api/v1/gemeenten/" + eemsdelta);
        assertEquals(set.json(), read);
        assertEquals(Json.createObjectBuilder().add("straat", "Waterstraat 12").add("postcode", "9934 AB")
                .add("plaats", "Delfzijl").build(), read.getJsonObject("adres"));
        assertEquals("NL64BNGH0285001789", read.getString("iban"));
        assertEquals("NL001589623B01", read.getString("btwNummer"));
        assertEquals("Eemsdelta", read.getString("naam"));

        Http.Response bad = http().put(path, token, "application/json", """
                {"adres": {"straat": "Waterstraat 12", "postcode": "99345", "plaats": "Delfzijl"},
                 "iban": "NL00BANK0123456789", "btwNummer": "NL12345"}""");
        assertEquals(400, bad.status(), bad.body());
        assertEquals(Set.of("adres.postcode", "iban", "btwNummer"), invalidParams(bad));
        Http.Response half = http().put(path, token, "application/json", """
                {"adres": {"straat": "Waterstraat 12", "plaats": " "}, "iban": 12}""");
        assertEquals(400, half.status(), half.body());
        assertEquals(Set.of("adres.postcode", "adres.plaats", "iban"), invalidParams(half));
        assertEquals(read, list("contractbeheerder", "/api/v1/gemeenten/" + eemsdelta), "nothing changed");

        String valid = """
                {"adres": {"straat": "Johan van den Kornputplein 1", "postcode": "9934 EA", "plaats": "Delfzijl"}}""";
        Http.Response forbidden = http().put(path, TOKENS.get("gemeente.hogeland"), "application/json", valid);
        assertEquals(403, forbidden.status(), forbidden.body());
        assertTrue(forbidden.contentType().startsWith("application/problem+json"), forbidden.contentType());
        assertEquals(403, http().put(path, TOKENS.get("aanbieder.taalhuis"), "application/json", valid).status());
        assertEquals(404, http().put("/api/v1/gemeenten/999999/factuurgegevens", token, "application/json", valid)
                .status());
        assertEquals(read, list("contractbeheerder", "/api/v1/gemeenten/" + eemsdelta), "nothing changed");

        // PUT replaces: what is left out is cleared; the administrator may do it too
        Http.Response back = http().put(path, TOKENS.get("beheerder"), "application/json", valid);
        assertEquals(200, back.status(), back.body());
        assertEquals("Johan van den Kornputplein 1", back.json().getJsonObject("adres").getString("straat"));
        assertFalse(back.json().containsKey("iban"), back.body());
        assertFalse(back.json().containsKey("btwNummer"), back.body());
    }

    // ---------------------------------------------------------------- tenancy through the pages

    @Test
    @Order(30)
    void pagesOfAnotherTenantAnswerNotFound() {
        long noorderlicht = idOfProvider("Noorderlicht College");
        long zRoute = idOfContract("AB-", "-Z-01");
        Browser b = browser();

        b.login("aanbieder.taalhuis", PASSWORD);
        b.open("/app/aanbieders/detail.xhtml?id=" + noorderlicht);
        b.waitForText("niet gevonden");
        assertFalse(b.pageText().contains("Noorderlicht"), b.pageText());
        b.open("/app/auditlog.xhtml");
        assertFalse(b.pageText().contains("AANGEMAAKT"), b.pageText());

        b.login("gemeente.hogeland", PASSWORD);
        b.open("/app/contracten/detail.xhtml?id=" + zRoute);
        b.waitForText("niet gevonden");
        b.screenshot("05-gemeente-ander-contract-niet-gevonden");
        assertFalse(b.pageText().contains("-Z-01"), b.pageText());
    }

    @Test
    @Order(31)
    void theAuditLogShowsWhoCreatedTheProviders() {
        Browser b = browser();
        b.login("beheerder", PASSWORD);
        b.open("/app/auditlog.xhtml");
        b.waitForText("Taalpunt API");
        String text = b.pageText();
        assertTrue(text.contains("contractbeheerder"), text);
        assertTrue(text.contains("Taalcentrum Selenium"), text);
        b.screenshot("06-auditlog");
    }

    @Test
    @Order(32)
    void theContractManagerCompletesTheBillingDataInADialogWithMessagesAtTheFields() {
        long westerkwartier = idOfGemeente("Westerkwartier");
        Http.Response cleared = http().put("/api/v1/gemeenten/" + westerkwartier + "/factuurgegevens",
                TOKENS.get("contractbeheerder"), "application/json", "{}");
        assertEquals(200, cleared.status(), cleared.body());
        Browser b = browser();
        b.login("contractbeheerder", PASSWORD);
        b.open("/app/gemeenten/list.xhtml");
        b.waitForText("Westerkwartier");
        String row = "//tbody/tr[td[normalize-space()='Westerkwartier']]";
        String status = b.find(By.xpath(row + "/td[contains(@class, 'col-factuurgegevens')]")).getText();
        assertTrue(status.contains("Onvolledig") && status.contains("Ontbreekt: adres"), status);
        assertTrue(b.pageText().contains("Compleet"), "the others are complete: " + b.pageText());
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                b.find(By.xpath(row)));
        b.screenshot("08-gemeenten-factuurgegevens-onvolledig");

        b.click(b.find(By.xpath(row + "//button[contains(@id, 'factuurgegevensWijzigen')]")).getAttribute("id"));
        b.type("factuurgegevens:straat", "Hooiweg 4");
        b.type("factuurgegevens:postcode", "98O1 AK");
        b.type("factuurgegevens:plaats", "");
        b.type("factuurgegevens:iban", "NL00 BANK 0123 4567 89");
        assertTrue(b.byId("factuurgegevensDialoog").getText().contains("Alleen de centrumgemeente heeft deze nodig"));
        b.click("factuurgegevens:opslaan");
        b.waitForText("vier cijfers en twee letters");
        b.screenshot("09-factuurgegevens-invoerfouten");
        String dialog = b.byId("factuurgegevensDialoog").getText();
        assertTrue(dialog.contains("vul ook dit veld in"), dialog);
        assertTrue(dialog.contains("controlegetal"), dialog);
        assertTrue(b.byId("factuurgegevens:postcode").isDisplayed(), "the dialog stays open");
        assertFalse(list("contractbeheerder", "/api/v1/gemeenten/" + westerkwartier).containsKey("adres"));

        b.type("factuurgegevens:postcode", "9801ak");
        b.type("factuurgegevens:plaats", "Zuidhorn");
        b.type("factuurgegevens:iban", "");
        b.click("factuurgegevens:opslaan");
        b.waitForText("De factuurgegevens van Westerkwartier zijn opgeslagen.");
        assertEquals("Compleet", b.find(By.xpath(row + "/td[contains(@class, 'col-factuurgegevens')]")).getText()
                .strip());
        b.screenshot("10-gemeenten-factuurgegevens-compleet");
        JsonObject stored = list("contractbeheerder", "/api/v1/gemeenten/" + westerkwartier);
        assertEquals("9801 AK", stored.getJsonObject("adres").getString("postcode"), stored.toString());
        assertFalse(stored.containsKey("iban"), stored.toString());

        // the lead's dialog asks for its account and VAT number; a gemeente user only reads the list
        b.click(b.find(By.xpath("//tbody/tr[td[normalize-space()='Groningen']]"
                + "//button[contains(@id, 'factuurgegevensWijzigen')]")).getAttribute("id"));
        b.waitForText("Nodig voor de e-factuur");
        assertEquals("NL64 BNGH 0285 0017 89", b.byId("factuurgegevens:iban").getAttribute("value"));
        b.screenshot("11-factuurgegevens-centrumgemeente");
        b.click("factuurgegevens:annuleren");

        b.login("gemeente.eemsdelta", PASSWORD);
        b.open("/app/gemeenten/list.xhtml");
        b.waitForText("Westerkwartier");
        assertTrue(b.pageText().contains("Factuurgegevens"), b.pageText());
        assertTrue(b.driver().findElements(By.xpath("//button[contains(@id, 'factuurgegevensWijzigen')]")).isEmpty());
    }

    @Test
    @Order(40)
    void aRevokedTokenNoLongerWorks() {
        String token = TOKENS.get("gemeente.hogeland");
        assertEquals(200, http().get("/api/v1/gemeenten", token).status());
        Browser b = browser();
        b.login("gemeente.hogeland", PASSWORD);
        b.open("/app/tokens.xhtml");
        b.click("tokens:tabel:0:intrekken");
        b.click("bevestigJa");
        b.waitForText("ingetrokken");
        assertEquals(401, http().get("/api/v1/gemeenten", token).status());
        assertEquals(200, http().get("/api/v1/gemeenten", TOKENS.get("contractbeheerder")).status());
    }
}
