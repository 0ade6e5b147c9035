package nl.inburgering.portal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The persistence unit lists its classes (entities live in several module jars); a class missing
 * from the list would fail only at run time, so this test compares the list with the code.
 */
class PersistenceUnitTest {

    @Test
    void persistenceXmlListsEveryMappedClassOfEveryModule() throws IOException {
        Set<String> mapped = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.inburgering.portal")) {
            if (c.isAnnotatedWith(Entity.class) || c.isAnnotatedWith(Embeddable.class)
                    || c.isAnnotatedWith(Converter.class)) {
                mapped.add(c.getName());
            }
        }
        Set<String> listed = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
            Matcher m = Pattern.compile("<class>([^<]+)</class>")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (m.find()) {
                listed.add(m.group(1).trim());
            }
        }
        assertEquals(mapped, listed);
    }
}
