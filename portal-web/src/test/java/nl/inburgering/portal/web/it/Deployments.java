package nl.inburgering.portal.web.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR under test is the real one the build produced (target/ROOT.war), with its configuration
 * pointed at the test database and the demo region loaded into it.
 */
final class Deployments {

    private static final ArchivePath CONFIG =
            ArchivePaths.create("/WEB-INF/classes/META-INF/microprofile-config.properties");

    private static TestDatabase.Connection database;

    private Deployments() {
    }

    /**
     * The database of the last deployment made, for a test that must change what only time changes
     * (a deadline that has passed) or look at what was stored.
     */
    static synchronized TestDatabase.Connection database() {
        return database;
    }

    /** The portal with the demo region, without its demo settlement (tests make their own invoices). */
    static WebArchive portal() {
        return portal(false);
    }

    /** @param demoAfrekening also the demo region's placements, attendance and settled months */
    static WebArchive portal(boolean demoAfrekening) {
        File war = new File(System.getProperty("portal.war", "target/ROOT.war"));
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
        TestDatabase.Connection db = TestDatabase.fresh();
        synchronized (Deployments.class) {
            database = db;
        }
        String config = read(archive.get(CONFIG)) + "\n# container tests: these values win over environment variables\n"
                + "config_ordinal=500\n"
                + "portal.db.url=" + db.url() + "\n"
                + "portal.db.user=" + db.user() + "\n"
                + "portal.db.password=" + db.password() + "\n"
                + "portal.demo-data=true\n"
                + "portal.demo-data.afrekening=" + demoAfrekening + "\n";
        archive.delete(CONFIG);
        archive.add(new StringAsset(config), CONFIG);
        return archive;
    }

    private static String read(Node node) {
        try (InputStream in = node.getAsset().openStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
