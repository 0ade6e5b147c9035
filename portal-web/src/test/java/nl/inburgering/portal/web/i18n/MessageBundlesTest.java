package nl.inburgering.portal.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

/**
 * The Dutch and English page texts stay in sync: a text added in one language and forgotten in the
 * other would show as {@code ???key???} to some users.
 */
class MessageBundlesTest {

    private static final String BUNDLE = "nl.inburgering.portal.web.i18n.messages";
    private static final String DUTCH = "messages.properties";
    private static final String ENGLISH = "messages_en.properties";
    private static final Pattern PARAMETER = Pattern.compile("\\{\\d");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() throws IOException {
        Set<String> dutch = load(DUTCH).stringPropertyNames();
        Set<String> english = load(ENGLISH).stringPropertyNames();

        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);

        assertEquals(Set.of(), onlyDutch, "keys missing in " + ENGLISH);
        assertEquals(Set.of(), onlyEnglish, "keys missing in " + DUTCH);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (String file : List.of(DUTCH, ENGLISH)) {
            Properties texts = load(file);
            List<String> empty = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                if (texts.getProperty(key).isBlank()) {
                    empty.add(key);
                }
            }
            assertEquals(List.of(), empty, "empty texts in " + file);
        }
    }

    /**
     * Texts with parameters, and the Faces messages (always formatted), are MessageFormat patterns: a
     * single quote there must be doubled, and a doubled one elsewhere would show twice.
     */
    @Test
    void quotesAreWrittenForHowTheTextIsShown() throws IOException {
        for (String file : List.of(DUTCH, ENGLISH)) {
            Properties texts = load(file);
            List<String> wrong = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                boolean pattern = PARAMETER.matcher(text).find() || key.startsWith("jakarta.faces.")
                        || key.startsWith("primefaces.");
                boolean loneQuote = text.replace("''", "").contains("'");
                if (pattern ? loneQuote : text.contains("''")) {
                    wrong.add(key);
                }
                if (pattern) {
                    new MessageFormat(text); // throws on a malformed pattern
                }
            }
            assertEquals(List.of(), wrong, "quotes in " + file);
        }
    }

    /** messages_nl only stops the fallback to the server's locale; the Dutch texts live in the default file. */
    @Test
    void theDutchMarkerBundleHasNoTextsOfItsOwn() throws IOException {
        assertEquals(Set.of(), load("messages_nl.properties").stringPropertyNames());
    }

    @Test
    void aDutchRequestGetsDutchWhateverTheServerLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle dutch = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("nl"));
            assertEquals("Onjuiste gebruikersnaam of wachtwoord.", dutch.getString("login.mislukt"));
            ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
            assertEquals("Incorrect username or password.", english.getString("login.mislukt"));
        } finally {
            Locale.setDefault(before);
            ResourceBundle.clearCache();
        }
    }

    /** A key a page or backing bean asks for that the bundle lacks shows as ???key??? on screen. */
    @Test
    void everyKeyThePagesAndBeansUseExists() throws IOException {
        Set<String> keys = load(DUTCH).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        Pattern inPage = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\]");
        Pattern inBean = Pattern.compile("PageMessages\\.(?:info|error|flashInfo)\\(\"([A-Za-z0-9._-]+)\"");
        collect(Path.of("src/main/webapp"), ".xhtml", inPage, used);
        collect(Path.of("src/main/java/nl/inburgering/portal/web/pages"), ".java", inBean, used);
        assertTrue(used.size() > 50, "found the pages' keys: " + used.size());

        // keys composed from an enum value in the pages, e.g. msg['rol.'+=currentUser.role]
        Map<String, Enum<?>[]> perEnum = Map.ofEntries(
                Map.entry("rol.", Role.values()),
                Map.entry("dashboard.uitleg.", Role.values()),
                Map.entry("dashboard.actieveContracten.", Role.values()),
                Map.entry("contracten.intro.", Role.values()),
                Map.entry("soort.", AanbiederSoort.values()),
                Map.entry("keurmerk.", KeurmerkStatus.values()),
                Map.entry("contractstatus.", ContractStatus.values()),
                Map.entry("herkomst.", ContractHerkomst.values()),
                Map.entry("leerroute.", Leerroute.values()),
                Map.entry("betaalmodel.", Betaalmodel.values()),
                Map.entry("tarief.eenheid.", Betaalmodel.values()),
                Map.entry("mijlpaal.", Mijlpaal.values()),
                Map.entry("inburgeraars.intro.", Role.values()),
                Map.entry("plaatsingen.intro.", Role.values()),
                Map.entry("doelgroep.", nl.inburgering.portal.contracts.inburgeraar.Doelgroep.values()),
                Map.entry("plaatsingstatus.", nl.inburgering.portal.contracts.placement.PlaatsingStatus.values()),
                Map.entry("eindreden.", nl.inburgering.portal.contracts.placement.BeeindigingsReden.values()),
                Map.entry("regel.", nl.inburgering.portal.contracts.placement.PlaatsingsRegel.values()),
                Map.entry("plaatsing.actie.", nl.inburgering.portal.contracts.placement.PlaatsingActie.values()),
                Map.entry("plaatsing.knop.", nl.inburgering.portal.contracts.placement.PlaatsingActie.values()),
                Map.entry("plaatsing.datum.", nl.inburgering.portal.contracts.placement.PlaatsingActie.values()),
                Map.entry("plaatsing.uitleg.", nl.inburgering.portal.contracts.placement.PlaatsingActie.values()),
                Map.entry("plaatsing.gelukt.", nl.inburgering.portal.contracts.placement.PlaatsingActie.values()),
                Map.entry("aanbestedingstatus.", nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.values()),
                Map.entry("inschrijvingstatus.", nl.inburgering.portal.tendering.inschrijving.InschrijvingStatus.values()),
                Map.entry("uitkomst.", nl.inburgering.portal.tendering.gunning.Uitkomst.values()),
                Map.entry("gunningsvoornemenstatus.",
                        nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus.values()),
                Map.entry("bezwaarstatus.", nl.inburgering.portal.tendering.gunning.BezwaarStatus.values()));
        perEnum.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                used.add(prefix + value.name());
            }
        });

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertEquals(Set.of(), missing, "keys used but not in " + DUTCH);
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }

    @Test
    void theDutchRequiredMessageOverridesTheFacesDefault() throws IOException {
        String required = load(DUTCH).getProperty("jakarta.faces.component.UIInput.REQUIRED");
        assertEquals("Dit veld is verplicht.", required);
        assertTrue(load(DUTCH).getProperty("login.mislukt").startsWith("Onjuiste gebruikersnaam"));
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertNotNull(in, name + " not found next to " + MessageBundlesTest.class.getName());
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
