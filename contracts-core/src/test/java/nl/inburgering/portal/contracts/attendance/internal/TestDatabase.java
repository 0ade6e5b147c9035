package nl.inburgering.portal.contracts.attendance.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh PostgreSQL database with the contracts-core migrations, for the tests of the attendance SQL: on the
 * server named by {@code PORTAL_TEST_DB_URL} (user {@code PORTAL_TEST_DB_USER}, password
 * {@code PORTAL_TEST_DB_PASSWORD}), or else on an embedded PostgreSQL started once per JVM. Also the test data
 * the attendance rules need: gemeenten, providers, contracts, inburgeraars and placements, inserted in SQL.
 */
public final class TestDatabase {

    private static EmbeddedPostgres embedded;

    private final String url;
    private final String user;
    private final String password;
    private int volgnummer;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new, migrated database. */
    public static synchronized TestDatabase fresh() {
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
        String name = "attendance_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + server, e);
        }
        TestDatabase db = new TestDatabase(server.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"), user, password);
        db.migrate();
        return db;
    }

    /** A new connection, not auto-committing. */
    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setAutoCommit(false);
        return c;
    }

    private void migrate() {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (Path f : migrations()) {
                s.execute(Files.readString(f));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("migrations failed", e);
        }
    }

    /** contracts-core's Flyway scripts, in version order. */
    private static List<Path> migrations() throws IOException {
        try {
            Path dir = Path.of(TestDatabase.class.getResource("/db/migration").toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .sorted(Comparator.comparing(f -> Long.parseLong(f.getFileName().toString()
                                .substring(1, f.getFileName().toString().indexOf("__")))))
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    // ---------------------------------------------------------------- test data

    public long gemeente(Connection c, String naam) throws SQLException {
        return id(c, "insert into gemeente (cbs_code, naam) values (?, ?) returning id",
                String.format("%04d", 1000 + ++volgnummer), naam);
    }

    public long aanbieder(Connection c, String naam) throws SQLException {
        return id(c, "insert into aanbieder (naam, kvk_nummer, soort, iban) values (?, ?, 'TAALAANBIEDER',"
                + " 'NL91ABNA0417164300') returning id", naam, String.format("%08d", 10_000_000 + ++volgnummer));
    }

    public long contract(Connection c, long aanbieder) throws SQLException {
        return id(c, "insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie, startdatum,"
                + " einddatum, btw_tarief, status) values (?, ?, 'AANBESTEDING', 'AB-2026', date '2026-01-01',"
                + " date '2028-12-31', 'NUL', 'ACTIEF') returning id", "AB-2026-B1-" + ++volgnummer, aanbieder);
    }

    public long inburgeraar(Connection c, long gemeente) throws SQLException {
        return id(c, "insert into inburgeraar (gemeente_id, klant_referentie, voorletters, achternaam, doelgroep,"
                + " leerroute, pip_datum) values (?, ?, 'A.', 'Test', 'ASIELMIGRANT', 'B1_ROUTE', date '2025-12-01')"
                + " returning id", gemeente, "K-" + ++volgnummer);
    }

    /** A placement GESTART on {@code start}, or AFGEROND on {@code einde} when given. */
    public long plaatsing(Connection c, long gemeente, long contract, LocalDate start, LocalDate einde)
            throws SQLException {
        long inburgeraar = inburgeraar(c, gemeente);
        return id(c, "insert into plaatsing (inburgeraar_id, gemeente_id, contract_id, leerroute, status, aangemeld_op,"
                + " geplande_start, werkelijke_start, einddatum) values (?, ?, ?, 'B1_ROUTE', ?, date '2026-01-02', ?,"
                + " ?, ?) returning id", inburgeraar, gemeente, contract, einde == null ? "GESTART" : "AFGEROND", start,
                start, einde);
    }

    /** A placement proposed but never started. */
    public long voorgesteld(Connection c, long gemeente, long contract) throws SQLException {
        long inburgeraar = inburgeraar(c, gemeente);
        return id(c, "insert into plaatsing (inburgeraar_id, gemeente_id, contract_id, leerroute, status, aangemeld_op,"
                + " geplande_start) values (?, ?, ?, 'B1_ROUTE', 'VOORGESTELD', date '2026-01-02',"
                + " date '2026-02-01') returning id", inburgeraar, gemeente, contract);
    }

    public void pauze(Connection c, long plaatsing, LocalDate vanaf, LocalDate totEnMet) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("insert into plaatsing_onderbreking (plaatsing_id, volgnummer,"
                + " vanaf, tot_en_met) values (?, (select count(*) from plaatsing_onderbreking where plaatsing_id = ?),"
                + " ?, ?)")) {
            st.setLong(1, plaatsing);
            st.setLong(2, plaatsing);
            st.setObject(3, vanaf);
            st.setObject(4, totEnMet);
            st.executeUpdate();
        }
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long id(Connection c, String sql, Object... params) throws SQLException {
        return count(c, sql, params);
    }
}
