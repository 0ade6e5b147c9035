package nl.inburgering.portal.web.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The real PostgreSQL the container tests run against: the server named by {@code PORTAL_TEST_DB_URL}
 * (a fresh database is created on it for each test class), or else an embedded PostgreSQL started
 * here, so a fresh machine needs nothing installed.
 */
final class TestDatabase {

    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    record Connection(String url, String user, String password) {
    }

    static synchronized Connection fresh() {
        String serverUrl = System.getenv("PORTAL_TEST_DB_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
            return freshDatabaseOn(serverUrl, System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", ""));
        }
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            return freshDatabaseOn(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection freshDatabaseOn(String serverUrl, String user, String password) {
        String name = "portal_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + serverUrl, e);
        }
        String url = serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
        return new Connection(url, user, password);
    }
}
