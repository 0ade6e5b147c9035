package nl.inburgering.portal.reporting;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * A fresh PostgreSQL database with every module's migrations (Flyway over {@code db/migration} on the class path, as
 * the portal migrates at start-up): on the server named by {@code PORTAL_TEST_DB_URL}, or else on an embedded
 * PostgreSQL started once per JVM. Rows are inserted in plain SQL, as the tests of the report SQL need them.
 */
final class Testdatabase {

    private static EmbeddedPostgres embedded;

    private final String url;
    private final String user;
    private final String password;

    private Testdatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static synchronized Testdatabase fresh() {
        String server = System.getenv("PORTAL_TEST_DB_URL");
        String user = "postgres";
        String password = "postgres";
        if (server != null && !server.isBlank()) {
            user = System.getenv().getOrDefault("PORTAL_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("PORTAL_TEST_DB_PASSWORD", "");
        } else {
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
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server = embedded.getJdbcUrl("postgres", "postgres");
        }
        String name = "reporting_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        Testdatabase db = new Testdatabase(server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user, password);
        Flyway.configure(Testdatabase.class.getClassLoader()).dataSource(db.url, user, password)
                .locations("classpath:db/migration").load().migrate();
        return db;
    }

    /** A new connection, auto-committing. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Runs the insert (with {@code returning id}) or update and gives the first column of its first row. */
    static long sql(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                st.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
            }
            if (!st.execute()) {
                return st.getUpdateCount();
            }
            try (ResultSet rs = st.getResultSet()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }
}
