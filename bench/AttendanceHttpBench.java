import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * End-to-end benchmark of bulk attendance (issue 6, "Performance"): {@code POST /api/v1/presenties} over HTTP
 * with JSON bodies of 1,000 records, against the portal's uber-jar running on a PostgreSQL server, next to a
 * plain JDBC batch insert of the same rows into a copy table in the same database.
 *
 * <ol>
 * <li>Creates a scratch database on the server and starts {@code ROOT-microbundle.jar} as a subprocess on it
 * ({@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}, {@code PORTAL_DEMO_DATA=true});
 * waits until the demo data are in.</li>
 * <li>By SQL: an API token ({@code ikp_...}, SHA-256 hex in {@code api_token}) for the demo user
 * {@code aanbieder.taalhuis}, and N + 200 inburgeraars with a GESTART placement on that provider's contracts.</li>
 * <li>Warm-up: 20 batches over HTTP (and into the plain tables) on the 200 extra placements.</li>
 * <li>Measurement: every batch of 1,000 records (TAAL 3 h and KNM 1.5 h per weekday and placement, one in seven
 * with absence and a reason) as (a) {@code POST /api/v1/presenties} with a bearer token and an
 * {@code Idempotency-Key}, one request at a time over a kept-alive HTTP/1.1 connection, (b) a JDBC batch of
 * single-row inserts into {@code presentie_plain (like presentie including all)} with the driver's defaults,
 * (c) the same with {@code reWriteBatchedInserts=true}; one commit per batch; interleaved batch by batch in
 * rotating order so other load on the machine weighs on all three alike, each timed on its own.</li>
 * <li>Checks every record was answered GEACCEPTEERD and stored; prints the rates and the ratios. Stops the
 * portal and drops the scratch database.</li>
 * </ol>
 * Run from the repository root (see bench/README.md):
 * <pre>
 * mvn -q -o -pl portal-web test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath ../bench/AttendanceHttpBench.java [jar=...] [url=jdbc:...] [user=...] [password=...] [placements=2000] [records=200000] [port=8091]"
 * </pre>
 */
public class AttendanceHttpBench {

    static final int BATCH = 1_000;
    static final int WARM_PLACEMENTS = 200;
    static final String USER = "aanbieder.taalhuis";

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> o = new java.util.HashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            if (i < 0) {
                throw new IllegalArgumentException("arguments are key=value: " + a);
            }
            o.put(a.substring(0, i), a.substring(i + 1));
        }
        String jar = o.getOrDefault("jar", "target/ROOT-microbundle.jar");
        String server = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        int aantalPlaatsingen = Integer.parseInt(o.getOrDefault("placements", "2000"));
        int aantalRecords = Integer.parseInt(o.getOrDefault("records", "200000"));
        int port = Integer.parseInt(o.getOrDefault("port", "8091"));
        if (!new File(jar).isFile()) {
            throw new IllegalStateException("no uber-jar at " + new File(jar).getAbsolutePath()
                    + ": build portal-web first (mvn -pl portal-web package -DskipTests)");
        }

        String naam = "attendance_http_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + naam);
            try (ResultSet rs = s.executeQuery("select version()")) {
                rs.next();
                System.out.println("server: " + rs.getString(1));
            }
        }
        String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + naam + "$1");
        Path log = Path.of(System.getProperty("java.io.tmpdir"), naam + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar, "--port", String.valueOf(port));
        pb.environment().put("PORTAL_DB_URL", url);
        pb.environment().put("PORTAL_DB_USER", user);
        pb.environment().put("PORTAL_DB_PASSWORD", password);
        pb.environment().put("PORTAL_DEMO_DATA", "true");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        System.out.println("starting " + jar + " on port " + port + " against " + url + " (log: " + log + ")");
        Process portal = pb.start();
        try {
            run(url, user, password, aantalPlaatsingen, aantalRecords, "http://127.0.0.1:" + port, portal);
        } finally {
            portal.destroy();
            if (!portal.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                portal.destroyForcibly().waitFor();
            }
            try (Connection c = DriverManager.getConnection(server, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + naam + " with (force)");
            }
        }
    }

    static void run(String url, String user, String password, int aantalPlaatsingen, int aantalRecords, String base,
            Process portal) throws Exception {
        String token = "ikp_bench" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                String.valueOf(System.nanoTime()).getBytes(StandardCharsets.UTF_8))).substring(0, 39);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        long t0 = System.nanoTime();
        long gebruiker = -1;
        long aanbieder = -1;
        // the portal migrates the schema and loads the demo data at start-up
        while (gebruiker < 0) {
            if (!portal.isAlive()) {
                throw new IllegalStateException("the portal stopped at start-up: see its log");
            }
            if (System.nanoTime() - t0 > 300e9) {
                throw new IllegalStateException("the portal did not start within 5 minutes");
            }
            Thread.sleep(1_000);
            try (Connection c = connect(url, user, password, true); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select id, aanbieder_id from gebruiker where gebruikersnaam = '"
                            + USER + "'")) {
                if (rs.next()) {
                    gebruiker = rs.getLong(1);
                    aanbieder = rs.getLong(2);
                }
            } catch (SQLException e) {
                // schema not there yet
            }
        }
        LocalDate start;
        List<Long> plaatsingen;
        try (Connection c = connect(url, user, password, false)) {
            try (PreparedStatement st = c.prepareStatement("insert into api_token (gebruiker_id, naam, prefix,"
                    + " token_hash, aangemaakt) values (?, 'bench', ?, ?, now())")) {
                st.setLong(1, gebruiker);
                st.setString(2, token.substring(0, 12));
                st.setString(3, sha256Hex(token));
                st.executeUpdate();
            }
            start = seed(c, aanbieder, aantalPlaatsingen + WARM_PLACEMENTS);
            plaatsingen = ids(c, "select p.id from plaatsing p join inburgeraar i on i.id = p.inburgeraar_id"
                    + " where i.klant_referentie like 'BENCH-%' order by p.id");
            c.commit();
        }
        // wait for the HTTP side (readiness of the API with the token)
        while (true) {
            if (System.nanoTime() - t0 > 300e9) {
                throw new IllegalStateException("the API did not answer within 5 minutes");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/api/v1/presenties?paginaGrootte=1")).header("Authorization", "Bearer " + token).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    break;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(1_000);
        }
        System.out.printf("portal up after %,d ms%n", (System.nanoTime() - t0) / 1_000_000);

        List<Long> meet = plaatsingen.subList(0, aantalPlaatsingen);
        List<Long> warm = plaatsingen.subList(aantalPlaatsingen, plaatsingen.size());
        List<List<Rij>> batches = batches(meet, aantalRecords, start, 1);
        List<List<Rij>> opwarm = batches(warm, 20 * BATCH, start, 2);
        System.out.printf("%,d placements GESTART on %s's contracts from %s, %,d records in %,d batches of %,d%n",
                meet.size(), USER, start, aantalRecords, batches.size(), BATCH);
        try (Connection c = connect(url, user, password, false); Statement s = c.createStatement()) {
            s.execute("create table presentie_plain (like presentie including all)");
            s.execute("create table presentie_rewrite (like presentie including all)");
            c.commit();
        }
        String sep = url.contains("?") ? "&" : "?";
        try (Connection plain = connect(url + sep + "reWriteBatchedInserts=false", user, password, false);
                Connection rewrite = connect(url + sep + "reWriteBatchedInserts=true", user, password, false)) {
            Api api = new Api(http, base, token);
            Meting a = new Meting();
            Meting b = new Meting();
            Meting r = new Meting();
            meet(api, plain, rewrite, opwarm, "opwarm-" + System.nanoTime(), a, b, r);
            try (Statement s = plain.createStatement()) {
                s.execute("truncate presentie_plain, presentie_rewrite");
                plain.commit();
            }
            try (Connection c = connect(url, user, password, true); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            a = new Meting();
            b = new Meting();
            r = new Meting();
            meet(api, plain, rewrite, batches, "meting-" + System.nanoTime(), a, b, r);

            long opgeslagen;
            long inPlain;
            long inRewrite;
            try (Connection c = connect(url, user, password, true)) {
                opgeslagen = count(c, "select count(*) from presentie where plaatsing_id between " + meet.get(0)
                        + " and " + meet.get(meet.size() - 1));
                inPlain = count(c, "select count(*) from presentie_plain");
                inRewrite = count(c, "select count(*) from presentie_rewrite");
            }
            System.out.printf("stored: API %,d rows (%,d answered GEACCEPTEERD), plain %,d rows, rewrite %,d rows%n",
                    opgeslagen, a.geaccepteerd, inPlain, inRewrite);
            if (opgeslagen != aantalRecords || inPlain != aantalRecords || inRewrite != aantalRecords
                    || a.geaccepteerd != aantalRecords) {
                throw new IllegalStateException("not every record was stored as expected");
            }
            System.out.println();
            System.out.printf("API over HTTP (POST /api/v1/presenties, JSON, Idempotency-Key): %,10.0f records/s  (%,d ms)%n",
                    a.perSeconde(), a.millis());
            System.out.printf("plain JDBC batch insert (driver defaults):                       %,10.0f records/s  (%,d ms)%n",
                    b.perSeconde(), b.millis());
            System.out.printf("plain JDBC batch insert (reWriteBatchedInserts=true):            %,10.0f records/s  (%,d ms)%n",
                    r.perSeconde(), r.millis());
            System.out.printf("ratio API / plain JDBC: %.0f %% (driver defaults), %.0f %% (reWriteBatchedInserts)"
                    + "  goal >= 50 %%%n", 100 * a.perSeconde() / b.perSeconde(), 100 * a.perSeconde() / r.perSeconde());
        }
    }

    /** Every batch three times, in the order API, plain, rewrite rotated per batch; each timed on its own. */
    static void meet(Api api, Connection plain, Connection rewrite, List<List<Rij>> batches, String sleutel, Meting a,
            Meting b, Meting r) throws Exception {
        try (PreparedStatement p = plain.prepareStatement(insert("presentie_plain"));
                PreparedStatement w = rewrite.prepareStatement(insert("presentie_rewrite"))) {
            for (int i = 0; i < batches.size(); i++) {
                List<Rij> batch = batches.get(i);
                byte[] body = json(batch); // the client's serialisation is not timed
                for (int k = 0; k < 3; k++) {
                    switch ((i + k) % 3) {
                        case 0 -> a.api(api, body, batch.size(), sleutel + "-" + i);
                        case 1 -> b.plain(plain, p, batch);
                        default -> r.plain(rewrite, w, batch);
                    }
                }
            }
        }
    }

    record Api(HttpClient http, String base, String token) {
    }

    record Rij(long plaatsingId, LocalDate datum, String onderdeel, BigDecimal geroosterd, BigDecimal aanwezig,
            String verzuimreden) {
    }

    static final Pattern GEACCEPTEERD = Pattern.compile("\"geaccepteerd\"\\s*:\\s*(\\d+)");
    static final Pattern GEWEIGERD = Pattern.compile("\"geweigerd\"\\s*:\\s*(\\d+)");

    static String insert(String tabel) {
        return "insert into " + tabel + " (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,"
                + " verzuimreden, gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, ?, ?, now())";
    }

    static byte[] json(List<Rij> batch) {
        StringBuilder sb = new StringBuilder(batch.size() * 130).append('[');
        for (Rij r : batch) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"plaatsingId\":").append(r.plaatsingId()).append(",\"datum\":\"").append(r.datum())
                    .append("\",\"onderdeel\":\"").append(r.onderdeel()).append("\",\"geroosterdeUren\":")
                    .append(r.geroosterd().toPlainString()).append(",\"aanwezigeUren\":")
                    .append(r.aanwezig().toPlainString());
            if (r.verzuimreden() != null) {
                sb.append(",\"verzuimreden\":\"").append(r.verzuimreden()).append('"');
            }
            sb.append('}');
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Time and counts of one way of storing, summed over its batches. */
    static final class Meting {

        long nanos;
        int records;
        long geaccepteerd;

        void api(Api api, byte[] body, int n, String sleutel) throws Exception {
            HttpRequest req = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/presenties"))
                    .header("Authorization", "Bearer " + api.token())
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", sleutel)
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t0 = System.nanoTime();
            HttpResponse<String> resp = api.http().send(req, HttpResponse.BodyHandlers.ofString());
            nanos += System.nanoTime() - t0;
            records += n;
            if (resp.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + resp.statusCode() + ": " + resp.body());
            }
            Matcher m = GEACCEPTEERD.matcher(resp.body());
            Matcher w = GEWEIGERD.matcher(resp.body());
            if (!m.find() || !w.find()) {
                throw new IllegalStateException("unexpected answer: " + resp.body());
            }
            geaccepteerd += Long.parseLong(m.group(1));
            if (Long.parseLong(w.group(1)) > 0) {
                int i = resp.body().indexOf("\"code\":\"P");
                throw new IllegalStateException("refused: " + resp.body().substring(Math.max(0, i - 200),
                        Math.min(resp.body().length(), i + 300)));
            }
        }

        void plain(Connection c, PreparedStatement st, List<Rij> batch) throws SQLException {
            long t0 = System.nanoTime();
            for (Rij in : batch) {
                st.setLong(1, in.plaatsingId());
                st.setObject(2, in.datum());
                st.setString(3, in.onderdeel());
                st.setBigDecimal(4, in.geroosterd());
                st.setBigDecimal(5, in.aanwezig());
                st.setString(6, in.verzuimreden());
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
     * Records per weekday for every placement, TAAL (3 hours) and KNM (1.5 hours), from {@code start}; about one
     * in seven with absence and a reason. Batches of {@link #BATCH} in that order: a provider's daily upload.
     */
    static List<List<Rij>> batches(List<Long> plaatsingen, int aantal, LocalDate start, long seed) {
        Random random = new Random(seed);
        String[] redenen = {"ZIEK", "GEOORLOOFD", "ONGEOORLOOFD"};
        List<Rij> alle = new ArrayList<>(aantal);
        LocalDate dag = start;
        while (alle.size() < aantal) {
            if (dag.getDayOfWeek() != DayOfWeek.SATURDAY && dag.getDayOfWeek() != DayOfWeek.SUNDAY) {
                for (long p : plaatsingen) {
                    for (String o : new String[] {"TAAL", "KNM"}) {
                        if (alle.size() == aantal) {
                            break;
                        }
                        BigDecimal geroosterd = o.equals("TAAL") ? new BigDecimal("3") : new BigDecimal("1.5");
                        boolean verzuim = random.nextInt(7) == 0;
                        BigDecimal aanwezig = verzuim ? geroosterd.subtract(new BigDecimal("0.75")
                                .multiply(BigDecimal.valueOf(1 + random.nextInt(2)))) : geroosterd;
                        alle.add(new Rij(p, dag, o, geroosterd, aanwezig,
                                verzuim ? redenen[random.nextInt(redenen.length)] : null));
                    }
                }
            }
            dag = dag.plusDays(1);
        }
        if (!dag.isBefore(LocalDate.now())) {
            throw new IllegalStateException("too many records for the days since " + start + ": use more placements");
        }
        List<List<Rij>> uit = new ArrayList<>();
        for (int i = 0; i < alle.size(); i += BATCH) {
            uit.add(alle.subList(i, Math.min(alle.size(), i + BATCH)));
        }
        return uit;
    }

    /**
     * This many inburgeraars of the first gemeente, each with a placement GESTART on one of the provider's
     * active contracts, in turn, from the first Monday on which all those contracts run. Returns that Monday.
     */
    static LocalDate seed(Connection c, long aanbieder, int aantal) throws SQLException {
        long gemeente = count(c, "select min(id) from gemeente");
        List<Long> contracten = ids(c, "select id from contract where status = 'ACTIEF' and aanbieder_id = "
                + aanbieder + " and einddatum >= current_date order by id");
        if (contracten.isEmpty()) {
            throw new IllegalStateException("the demo provider has no active contract");
        }
        LocalDate start;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select max(startdatum) from contract where id = any('{" + join(contracten) + "}'::bigint[])")) {
            rs.next();
            start = rs.getObject(1, LocalDate.class).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        }
        try (PreparedStatement st = c.prepareStatement("with i as (insert into inburgeraar (gemeente_id,"
                + " klant_referentie, voorletters, achternaam, doelgroep, leerroute, pip_datum) values (?, ?, 'A.',"
                + " 'Bench', 'ASIELMIGRANT', 'B1_ROUTE', ?) returning id)"
                + " insert into plaatsing (inburgeraar_id, gemeente_id, contract_id, leerroute, status, aangemeld_op,"
                + " geplande_start, werkelijke_start) select i.id, ?, ?, 'B1_ROUTE', 'GESTART', ?, ?, ? from i")) {
            for (int n = 0; n < aantal; n++) {
                st.setLong(1, gemeente);
                st.setString(2, "BENCH-" + n);
                st.setObject(3, start.minusDays(28));
                st.setLong(4, gemeente);
                st.setLong(5, contracten.get(n % contracten.size()));
                st.setObject(6, start.minusDays(14));
                st.setObject(7, start);
                st.setObject(8, start);
                st.addBatch();
            }
            st.executeBatch();
        }
        return start;
    }

    static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    static String sha256Hex(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
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
