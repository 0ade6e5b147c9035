import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking;

/**
 * Benchmark: bulk attendance into PostgreSQL, batches of 1,000 records, at least 200,000 records (issue 6,
 * "Performance").
 *
 * <ol>
 * <li>API path: every batch through {@code PresentieVerwerking.verwerk}, the code {@code PresentieService.verwerk}
 * runs on the EntityManager's connection for {@code POST /api/v1/presenties}: the Idempotency-Key claimed, the
 * provider's placements and pauses read, the contracts' shared locks and settled months, the stored hours of
 * the days, every rule in memory, one {@code insert ... select from unnest(...) on conflict do update ...
 * returning}, the answer stored under the key; one commit per batch. (Not included: HTTP, JSON, the
 * EntityManager and the one audit line per request.)</li>
 * <li>Plain JDBC: the same rows, the same batches, into a fresh table with the same columns, constraints and
 * indexes ({@code create table ... (like presentie including all)}), as a JDBC batch of single-row inserts
 * ({@code addBatch}/{@code executeBatch}), one commit per batch; once with the driver's defaults and once with
 * {@code reWriteBatchedInserts=true} (pgjdbc's multi-row rewrite).</li>
 * </ol>
 * The three run interleaved, batch by batch in rotating order, each on its own connection and timed on its own, so
 * other load on the machine weighs on all three alike; after a warm-up on other placements. Then a resubmission
 * of a quarter of the rows through the API path (every record VERVANGEN). Prints the rates and the ratio API /
 * plain JDBC (goal: at least 50 %).
 *
 * <p>Run from the repository root (see bench/README.md):
 * <pre>
 * mvn -q -pl contracts-core test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath ../bench/AttendanceBench.java [jdbcUrl] [user] [password] [placements] [records]"
 * </pre>
 * A scratch database is created on the server (and dropped afterwards) with contracts-core's migrations.
 */
public class AttendanceBench {

    static final int BATCH = 1_000;
    static final LocalDate START = LocalDate.of(2025, 1, 6);

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        int aantalPlaatsingen = args.length > 3 ? Integer.parseInt(args[3]) : 2_000;
        int aantalRecords = args.length > 4 ? Integer.parseInt(args[4]) : 200_000;

        String naam = "attendance_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + naam);
            try (ResultSet rs = s.executeQuery("select version()")) {
                rs.next();
                System.out.println("server: " + rs.getString(1));
            }
        }
        String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + naam + "$1");
        try {
            run(url, user, password, aantalPlaatsingen, aantalRecords);
        } finally {
            try (Connection c = DriverManager.getConnection(server, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + naam + " with (force)");
            }
        }
    }

    static void run(String url, String user, String password, int aantalPlaatsingen, int aantalRecords)
            throws Exception {
        long aanbieder;
        List<Long> plaatsingen;
        try (Connection c = connect(url, user, password, false)) {
            migreer(c);
            aanbieder = seed(c, aantalPlaatsingen + 200);
            plaatsingen = ids(c, "select id from plaatsing order by id");
            c.commit();
        }
        List<Long> warm = plaatsingen.subList(aantalPlaatsingen, plaatsingen.size());
        List<Long> meet = plaatsingen.subList(0, aantalPlaatsingen);
        List<List<PresentieInvoer>> batches = batches(meet, aantalRecords, START, 1);
        List<List<PresentieInvoer>> opwarm = batches(warm, 20 * BATCH, START, 2);
        System.out.printf("%,d placements, %,d records in %,d batches of %,d%n", meet.size(), aantalRecords,
                batches.size(), BATCH);
        try (Connection c = connect(url, user, password, false); Statement s = c.createStatement()) {
            s.execute("create table presentie_plain (like presentie including all)");
            s.execute("create table presentie_rewrite (like presentie including all)");
            c.commit();
        }

        try (Connection api = connect(url, user, password, false);
                Connection plain = connect(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=false", user,
                        password, false);
                Connection rewrite = connect(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user,
                        password, false)) {
            Meting a = new Meting("api");
            Meting b = new Meting("plain");
            Meting r = new Meting("rewrite");
            // warm up the JIT, the connections and the plans on other placements, then start afresh
            meet(api, plain, rewrite, aanbieder, opwarm, "opwarm", a, b, r);
            try (Statement s = plain.createStatement()) {
                s.execute("truncate presentie_plain, presentie_rewrite");
                plain.commit();
            }
            try (Connection c = connect(url, user, password, true); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            a = new Meting("api");
            b = new Meting("plain");
            r = new Meting("rewrite");
            // interleaved, batch by batch, in rotating order: load on the machine weighs on all three alike
            meet(api, plain, rewrite, aanbieder, batches, "meting", a, b, r);
            Meting v = new Meting("vervang");
            for (int i = 0; i < batches.size() / 4; i++) {
                v.api(api, aanbieder, batches.get(i), "vervang-" + i);
            }

            long opgeslagen = count(api, "select count(*) from presentie where plaatsing_id <= " + meet.get(
                    meet.size() - 1));
            long inPlain = count(api, "select count(*) from presentie_plain");
            long inRewrite = count(api, "select count(*) from presentie_rewrite");
            api.commit();
            System.out.printf("stored: API path %,d rows, plain %,d rows, rewrite %,d rows%n", opgeslagen, inPlain,
                    inRewrite);
            if (opgeslagen != aantalRecords || inPlain != aantalRecords || inRewrite != aantalRecords
                    || a.geaccepteerd != aantalRecords || v.vervangen != v.records) {
                throw new IllegalStateException("not every record was stored as expected");
            }
            System.out.println();
            System.out.printf("API path (PresentieVerwerking.verwerk, Idempotency-Key):  %,10.0f records/s  (%,d ms)%n",
                    a.perSeconde(), a.millis());
            System.out.printf("plain JDBC batch insert (driver defaults):               %,10.0f records/s  (%,d ms)%n",
                    b.perSeconde(), b.millis());
            System.out.printf("plain JDBC batch insert (reWriteBatchedInserts=true):    %,10.0f records/s  (%,d ms)%n",
                    r.perSeconde(), r.millis());
            System.out.printf("API path, resubmission (all VERVANGEN):                  %,10.0f records/s  (%,d ms)%n",
                    v.perSeconde(), v.millis());
            System.out.printf("ratio API / plain JDBC: %.0f %% (driver defaults), %.0f %% (reWriteBatchedInserts)"
                    + "  goal >= 50 %%%n", 100 * a.perSeconde() / b.perSeconde(), 100 * a.perSeconde() / r.perSeconde());
        }
    }

    /** Every batch three times, in the order API, plain, rewrite rotated per batch; each timed on its own. */
    static void meet(Connection api, Connection plain, Connection rewrite, long aanbieder,
            List<List<PresentieInvoer>> batches, String sleutel, Meting a, Meting b, Meting r) throws SQLException {
        try (PreparedStatement p = plain.prepareStatement(insert("presentie_plain"));
                PreparedStatement w = rewrite.prepareStatement(insert("presentie_rewrite"))) {
            for (int i = 0; i < batches.size(); i++) {
                List<PresentieInvoer> batch = batches.get(i);
                for (int k = 0; k < 3; k++) {
                    switch ((i + k) % 3) {
                        case 0 -> a.api(api, aanbieder, batch, sleutel + "-" + i);
                        case 1 -> b.plain(plain, p, batch);
                        default -> r.plain(rewrite, w, batch);
                    }
                }
            }
        }
    }

    static String insert(String tabel) {
        return "insert into " + tabel + " (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,"
                + " verzuimreden, gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, now())";
    }

    /** Time and counts of one way of storing, summed over its batches. */
    static final class Meting {

        final String naam;
        long nanos;
        int records;
        long geaccepteerd;
        long vervangen;

        Meting(String naam) {
            this.naam = naam;
        }

        void api(Connection c, long aanbieder, List<PresentieInvoer> batch, String sleutel) throws SQLException {
            long t0 = System.nanoTime();
            PresentieAntwoord a = new PresentieVerwerking(c).verwerk(aanbieder, "bench", batch, sleutel,
                    LocalDate.now());
            c.commit();
            nanos += System.nanoTime() - t0;
            records += batch.size();
            geaccepteerd += a.geaccepteerd();
            vervangen += a.vervangen();
            if (a.geweigerd() > 0) {
                throw new IllegalStateException("refused: " + a.resultaten().stream()
                        .filter(x -> x.code() != null).findFirst().orElseThrow());
            }
        }

        void plain(Connection c, PreparedStatement st, List<PresentieInvoer> batch) throws SQLException {
            long t0 = System.nanoTime();
            for (PresentieInvoer in : batch) {
                st.setLong(1, in.plaatsingId());
                st.setObject(2, in.datum());
                st.setString(3, in.onderdeel().name());
                st.setBigDecimal(4, in.geroosterdeUren());
                st.setBigDecimal(5, in.aanwezigeUren());
                st.setString(6, in.verzuimreden() == null ? null : in.verzuimreden().name());
                st.setString(7, "bench");
                st.addBatch();
            }
            st.executeBatch();
            c.commit();
            nanos += System.nanoTime() - t0;
            records += batch.size();
        }

        long millis() {
            return nanos / 1_000_000;
        }

        double perSeconde() {
            return records * 1e9 / nanos;
        }
    }

    /**
     * Records per day for every placement, TAAL (3 hours) and KNM (1.5 hours), weekdays from {@code start}; about
     * one in seven with absence and a reason. Batches of {@link #BATCH} in that order: a provider's daily upload.
     */
    static List<List<PresentieInvoer>> batches(List<Long> plaatsingen, int aantal, LocalDate start, long seed) {
        Random random = new Random(seed);
        Verzuimreden[] redenen = Verzuimreden.values();
        List<PresentieInvoer> alle = new ArrayList<>(aantal);
        LocalDate dag = start;
        while (alle.size() < aantal) {
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (long p : plaatsingen) {
                    for (Onderdeel o : new Onderdeel[] {Onderdeel.TAAL, Onderdeel.KNM}) {
                        if (alle.size() == aantal) {
                            break;
                        }
                        BigDecimal geroosterd = o == Onderdeel.TAAL ? new BigDecimal("3") : new BigDecimal("1.5");
                        boolean verzuim = random.nextInt(7) == 0;
                        BigDecimal aanwezig = verzuim ? geroosterd.subtract(new BigDecimal("0.75")
                                .multiply(BigDecimal.valueOf(1 + random.nextInt(2)))) : geroosterd;
                        alle.add(new PresentieInvoer(p, dag, o, geroosterd, aanwezig,
                                verzuim ? redenen[random.nextInt(redenen.length)] : null));
                    }
                }
            }
            dag = dag.plusDays(1);
        }
        if (!dag.isBefore(LocalDate.now())) {
            throw new IllegalStateException("too many records for the days since " + start + ": use more placements");
        }
        List<List<PresentieInvoer>> uit = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += BATCH) {
            uit.add(alle.subList(i, Math.min(alle.size(), i + BATCH)));
        }
        return uit;
    }

    /** One gemeente, one provider with 10 contracts, and this many placements GESTART on {@link #START}. */
    static long seed(Connection c, int aantal) throws SQLException {
        long gemeente = count(c, "insert into gemeente (cbs_code, naam) values ('1979', 'Eemsdelta') returning id");
        long aanbieder = count(c, "insert into aanbieder (naam, kvk_nummer, soort, iban) values ('Taalhuis Noord',"
                + " '12345678', 'TAALAANBIEDER', 'NL91ABNA0417164300') returning id");
        List<Long> contracten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            contracten.add(count(c, "insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie,"
                    + " startdatum, einddatum, btw_tarief, status) values ('AB-2025-B1-" + i + "', " + aanbieder
                    + ", 'AANBESTEDING', 'AB-2025', date '2025-01-01', date '2028-12-31', 'NUL', 'ACTIEF') returning id"));
        }
        try (PreparedStatement st = c.prepareStatement("with i as (insert into inburgeraar (gemeente_id,"
                + " klant_referentie, voorletters, achternaam, doelgroep, leerroute, pip_datum) values (?, ?, 'A.',"
                + " 'Bench', 'ASIELMIGRANT', 'B1_ROUTE', date '2024-12-01') returning id)"
                + " insert into plaatsing (inburgeraar_id, gemeente_id, contract_id, leerroute, status, aangemeld_op,"
                + " geplande_start, werkelijke_start) select i.id, ?, ?, 'B1_ROUTE', 'GESTART', date '2024-12-15', ?, ?"
                + " from i")) {
            for (int n = 0; n < aantal; n++) {
                st.setLong(1, gemeente);
                st.setString(2, "K-" + n);
                st.setLong(3, gemeente);
                st.setLong(4, contracten.get(n % contracten.size()));
                st.setObject(5, START);
                st.setObject(6, START);
                st.addBatch();
            }
            st.executeBatch();
        }
        return aanbieder;
    }

    /** contracts-core's Flyway scripts from the class path (a folder or the jar), in version order. */
    static void migreer(Connection c) throws IOException, URISyntaxException, SQLException {
        URL url = PresentieVerwerking.class.getResource("/db/migration");
        if (url == null) {
            throw new IllegalStateException("db/migration not on the class path: run with contracts-core's classes");
        }
        URI uri = url.toURI();
        FileSystem fs = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
        try (Stream<Path> files = Files.list(fs == null ? Path.of(uri) : fs.getPath("/db/migration"));
                Statement s = c.createStatement()) {
            List<Path> scripts = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparing(f -> Long.parseLong(f.getFileName().toString().substring(1,
                            f.getFileName().toString().indexOf("__")))))
                    .toList();
            for (Path f : scripts) {
                s.execute(Files.readString(f));
            }
        } finally {
            if (fs != null) {
                fs.close();
            }
        }
    }

    static Connection connect(String url, String user, String password, boolean autoCommit) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(autoCommit);
        return c;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
