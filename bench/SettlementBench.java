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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.settlement.internal.AfrekeningOpslag;
import nl.inburgering.portal.contracts.settlement.internal.Afrekenstap;
import nl.inburgering.portal.contracts.settlement.rules.PresentieFeit;

/**
 * Benchmark: the monthly settlement of 20,000 active placements with 250,000 attendance rows on a PostgreSQL
 * server (issue 7, "Performance"), against one hand-written SQL aggregate computing the same per-contract totals.
 *
 * <p>Data (generated in SQL into a scratch database with contracts-core's migrations): 10 gemeenten, 10 providers,
 * 40 PER_UUR contracts (every fourth at 0 % VAT, the others 21 %), 20,000 placements started before the month,
 * of the ten gemeenten spread over every contract, one in twenty a zelfbetaler, and 250,000 attendance records in October 2026 (weekdays, 3 hours scheduled, one in
 * nine attended 1.5 with an absence reason).
 *
 * <ol>
 * <li>Settlement: what the settlement run does after it has locked the month: the month's PER_UUR sums of all
 * placements in one query ({@code AfrekeningOpslag.maandsommen}) and, at the same time on a second connection, the
 * contracts' placements active in the month with their pauses ({@code plaatsingenVooraf}), then for every contract,
 * in its own transaction,
 * {@code Afrekenstap.rekenAf}: lock the contract, read its tariffs, corrections and (where the
 * rules need them) billed lines, compute {@code Afrekening.bereken} with per-line rounding, VAT and the gemeenten's
 * shares by largest remainder, write the CONCEPT invoices with their lines and shares and count the contract in the
 * run's progress; at the end the run's status, committed synchronously (the contracts commit asynchronously, so
 * this commit waits until all of it is on disk). Not included: the month locks of the attendance (one insert per
 * contract, before the sums).</li>
 * <li>SQL aggregate: one query summing, per contract and payer, round(hours x rate, 2) per placement.</li>
 * </ol>
 * After 20 warm-up runs of both ({@code -Dwarmup=n}; the JIT compiles the per-contract code only after a few
 * thousand contracts), both run alternately ({@code -Druns=n}, default 11); the medians and their ratio are printed
 * (goal: settlement at most 3 x the aggregate), and the per-contract totals of the invoices are checked against the
 * aggregate's. Each timed settlement is the month's first: the invoices are truncated and a checkpoint taken, untimed,
 * before it. The connections are opened once and kept for every run, as the portal's pool keeps them (prepared
 * statements and plans are reused, as in the portal); the aggregate has its own, kept likewise.
 *
 * <p>Run from the repository root (see bench/README.md):
 * <pre>
 * mvn -q -pl contracts-core test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath ../bench/SettlementBench.java [jdbcUrl] [user] [password] [runs] [threads]"
 * </pre>
 * {@code threads} (default 2, as the portal's {@code portal.afrekening.parallel}; or {@code -Dthreads=n}) workers
 * settle the contracts in parallel, each contract still in its own transaction; 1 settles them one after the other.
 * {@code -Dverbose=true} prints each run's phases and the CPU time used by the machine and by this JVM.
 */
public class SettlementBench {

    static final YearMonth MAAND = YearMonth.of(2026, 10);

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/postgres";
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        int runs = Integer.getInteger("runs", args.length > 3 ? Integer.parseInt(args[3]) : 11);
        int threads = Integer.getInteger("threads", args.length > 4 ? Integer.parseInt(args[4]) : 2);

        String naam = "settlement_bench_" + Long.toHexString(System.nanoTime());
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("create database " + naam);
            try (ResultSet rs = s.executeQuery("select version()")) {
                rs.next();
                System.out.println("server: " + rs.getString(1));
            }
        }
        String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + naam + "$1");
        if (Boolean.getBoolean("keep")) {
            // -Dkeep=true: leave the scratch database for EXPLAIN ANALYZE; drop it by hand afterwards
            run(url, user, password, runs, threads);
            System.out.println("kept database " + naam);
            return;
        }
        try {
            run(url, user, password, runs, threads);
        } finally {
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + naam + " with (force)");
            }
        }
    }

    static void run(String url, String user, String password, int runs, int threads) throws Exception {
        long[] contracten;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            migreer(c);
            long t0 = System.nanoTime();
            genereer(c);
            System.out.printf("data: %d placements, %d attendance rows in %s, %d contracts (generated in %d ms)%n",
                    count(c, "select count(*) from plaatsing"), count(c, "select count(*) from presentie"), MAAND,
                    count(c, "select count(*) from contract"), (System.nanoTime() - t0) / 1_000_000);
            contracten = ids(c, "select id from contract order by id");
        }

        // the pool: the workers' connections and the aggregate's, opened once and kept, as the portal's pool does
        List<Connection> pool = new ArrayList<>();
        try {
            for (int w = 0; w < threads; w++) {
                Connection c = DriverManager.getConnection(url, user, password);
                c.setAutoCommit(false);
                pool.add(c);
            }
            Connection sqlVerbinding = DriverManager.getConnection(url, user, password);
            pool.add(sqlVerbinding);
            meet(url, user, password, contracten, runs, pool.subList(0, threads), sqlVerbinding);
        } finally {
            for (Connection c : pool) {
                c.close();
            }
        }
    }

    static void meet(String url, String user, String password, long[] contracten, int runs, List<Connection> workers,
            Connection sqlVerbinding) throws Exception {
        int threads = workers.size();
        long koud = afrekenen(workers, contracten);
        long herhaling = afrekenen(workers, contracten);
        for (int i = 0; i < Integer.getInteger("warmup", 20); i++) {
            leeg(url, user, password);
            afrekenen(workers, contracten);      // warming up (JIT)
            aggregaat(sqlVerbinding, null);
        }
        long aggregaatKoud = aggregaat(sqlVerbinding, null);
        System.out.printf("first (cold) run: settlement %d ms, SQL aggregate %d ms; a re-run over the CONCEPT"
                + " invoices it wrote: %d ms%n", koud / 1_000_000, aggregaatKoud / 1_000_000, herhaling / 1_000_000);
        long[] afrekening = new long[runs];
        long[] sql = new long[runs];
        for (int i = 0; i < runs; i++) {
            leeg(url, user, password);
            afrekening[i] = afrekenen(workers, contracten);
            sql[i] = aggregaat(sqlVerbinding, null);
        }
        Map<String, BigDecimal> verwacht = new TreeMap<>();
        aggregaat(sqlVerbinding, verwacht);
        Map<String, BigDecimal> gefactureerd = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
                PreparedStatement st = c.prepareStatement("select contract_id, soort, netto from factuur where maand = ?")) {
            st.setObject(1, MAAND.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    gefactureerd.put(rs.getLong(1) + "/" + rs.getString(2), rs.getBigDecimal(3));
                }
            }
            System.out.printf("invoices: %d, lines: %d, gemeente shares: %d%n", count(c, "select count(*) from factuur"),
                    count(c, "select count(*) from factuurregel"), count(c, "select count(*) from factuur_aandeel"));
        }
        boolean gelijk = verwacht.size() == gefactureerd.size() && verwacht.entrySet().stream()
                .allMatch(e -> gefactureerd.containsKey(e.getKey())
                        && gefactureerd.get(e.getKey()).compareTo(e.getValue()) == 0);
        System.out.println("per-contract totals of the invoices equal the SQL aggregate: " + (gelijk ? "yes" : "NO"));

        leeg(url, user, password);
        fasen(url, user, password, contracten);
        double a = mediaan(afrekening);
        double s = mediaan(sql);
        System.out.printf("settlement (%d thread%s): median %.0f ms over %d runs %s%n", threads, threads == 1 ? "" : "s",
                a, runs, Arrays.toString(Arrays.stream(afrekening).map(x -> x / 1_000_000).toArray()));
        System.out.printf("SQL aggregate:          median %.0f ms over %d runs %s%n", s, runs,
                Arrays.toString(Arrays.stream(sql).map(x -> x / 1_000_000).toArray()));
        System.out.printf("ratio settlement / SQL aggregate: %.2f (goal: at most 3)%n", a / s);
    }

    /** One single-threaded first settlement with its phases timed: where the time goes. */
    static void fasen(String url, String user, String password, long[] contracten) throws Exception {
        long[] t = new long[5];
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            AfrekeningOpslag opslag = new AfrekeningOpslag(c);
            long[] cpu0 = cpu();
            long t0 = System.nanoTime();
            AfrekeningOpslag.Vooraf sommen = opslag.vooraf(MAAND, Arrays.stream(contracten).boxed().toList());
            t[0] = System.nanoTime() - t0;
            for (long id : contracten) {
                long a = System.nanoTime();
                AfrekeningOpslag.Geladen g = opslag.laad(id, MAAND, sommen);
                long b = System.nanoTime();
                var m = nl.inburgering.portal.contracts.settlement.rules.Afrekening.bereken(g.opdracht());
                long d = System.nanoTime();
                opslag.schrijf(g, m.gemeenten(), null);
                opslag.schrijf(g, m.zelfbetalers(), null);
                long e = System.nanoTime();
                c.commit();
                long f = System.nanoTime();
                t[1] += b - a;
                t[2] += d - b;
                t[3] += e - d;
                t[4] += f - e;
            }
        }
        System.out.printf("phases (1 thread): reads once (sums, placements) %d ms, per-contract reads %d ms, computation %d ms,"
                + " writing %d ms, commits %d ms%n", t[0] / 1_000_000, t[1] / 1_000_000, t[2] / 1_000_000,
                t[3] / 1_000_000, t[4] / 1_000_000);
    }

    /** Removes the month's invoices (not timed), so each timed run is the month's first settlement. */
    static void leeg(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("truncate factuurregel, factuur_aandeel, factuur, afrekenrun");
            s.execute("checkpoint");
        }
    }

    /**
     * Settles every contract, each in its own transaction, on the pool's connections; returns the elapsed
     * nanoseconds.
     */
    static long afrekenen(List<Connection> verbindingen, long[] contracten) throws Exception {
        long runId;
        try (Statement s = verbindingen.get(0).createStatement(); ResultSet rs = s.executeQuery("insert into"
                + " afrekenrun (maand, status, aantal_contracten, gestart_door, gestart_op) values ('" + MAAND.atDay(1)
                + "', 'LOPEND', " + contracten.length + ", 'bench', now()) returning id")) {
            rs.next();
            runId = rs.getLong(1);
        }
        verbindingen.get(0).commit();
        long[] cpu0 = cpu();
        long t0 = System.nanoTime();
        // as the portal: the placements on a second connection while the first sums the month
        List<Long> lijst = Arrays.stream(contracten).boxed().toList();
        Connection tweede = verbindingen.get(verbindingen.size() - 1);
        java.util.concurrent.CompletableFuture<AfrekeningOpslag.Plaatsingen> plaatsingen =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        AfrekeningOpslag.Plaatsingen p = new AfrekeningOpslag(tweede).plaatsingenVooraf(MAAND, lijst);
                        tweede.commit();
                        return p;
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
        Map<Long, PresentieFeit> maandsommen = new AfrekeningOpslag(verbindingen.get(0)).maandsommen(MAAND);
        verbindingen.get(0).commit();
        AfrekeningOpslag.Vooraf sommen = AfrekeningOpslag.Vooraf.van(plaatsingen.join(), maandsommen);
        long t1 = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger volgende = new java.util.concurrent.atomic.AtomicInteger();
        List<Exception> fouten = java.util.Collections.synchronizedList(new ArrayList<>());
        for (Connection c : verbindingen) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = volgende.getAndIncrement(); i < contracten.length; i = volgende.getAndIncrement()) {
                        Afrekenstap.rekenAf(new AfrekeningOpslag(c), runId, contracten[i], MAAND, sommen);
                        c.commit();
                    }
                } catch (Exception e) {
                    fouten.add(e);
                }
            });
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        if (!fouten.isEmpty()) {
            throw fouten.get(0);
        }
        long tk = System.nanoTime();
        new AfrekeningOpslag(verbindingen.get(0)).klaar(runId, true, null);
        verbindingen.get(0).commit();
        long t2 = System.nanoTime();
        if (Boolean.getBoolean("verbose")) {
            long[] cpu1 = cpu();
            System.out.printf("  reads once %d ms, contracts %d ms, the run's end (synchronous commit) %d ms;"
                    + " cpu: all %d ms, this JVM %d ms%n", (t1 - t0) / 1_000_000, (tk - t1) / 1_000_000,
                    (t2 - tk) / 1_000_000, cpu1[0] - cpu0[0], (cpu1[1] - cpu0[1]) / 1_000_000);
        }
        return t2 - t0;
    }

    /** CPU used so far: by the whole machine (ms, from /proc/stat; 0 elsewhere) and by this JVM (ns). */
    static long[] cpu() {
        long machine = 0;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            machine = (Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3])) * 10;
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return new long[] {machine, ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime()};
    }

    /**
     * The hand-written aggregate: per contract and payer, the sum over placements of round(attended hours x
     * rate, 2). Returns the elapsed nanoseconds; fills {@code totalen} when given.
     */
    static long aggregaat(Connection c, Map<String, BigDecimal> totalen) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("""
                        select p.contract_id, p.zelfbetaler, sum(round(h.uren * t.bedrag, 2))
                        from (select plaatsing_id, sum(aanwezige_uren) as uren from presentie
                              where datum >= date '%s' and datum <= date '%s' group by plaatsing_id) h
                        join plaatsing p on p.id = h.plaatsing_id
                        join tarief t on t.contract_id = p.contract_id
                        where h.uren > 0
                        group by p.contract_id, p.zelfbetaler""".formatted(MAAND.atDay(1), MAAND.atEndOfMonth()))) {
            long t0 = System.nanoTime();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (totalen != null) {
                        totalen.put(rs.getLong(1) + "/" + (rs.getBoolean(2) ? "ZELFBETALERS" : "GEMEENTEN"),
                                rs.getBigDecimal(3));
                    }
                }
            }
            return System.nanoTime() - t0;
        }
    }

    static void genereer(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("insert into gemeente (cbs_code, naam) select lpad(g::text, 4, '0'), 'Gemeente ' || g"
                    + " from generate_series(1, 10) g");
            s.execute("insert into aanbieder (naam, kvk_nummer, soort, iban) select 'Aanbieder ' || a,"
                    + " lpad((10000000 + a)::text, 8, '0'), 'TAALAANBIEDER', 'NL91ABNA0417164300'"
                    + " from generate_series(1, 10) a");
            s.execute("insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie, startdatum,"
                    + " einddatum, btw_tarief, status) select 'AB-2025-B-' || c, (select min(id) from aanbieder)"
                    + " + (c % 10), 'AANBESTEDING', 'AB-BENCH', date '2025-01-01', date '2028-12-31',"
                    + " case when c % 4 = 0 then 'NUL' else 'EENENTWINTIG' end, 'ACTIEF' from generate_series(1, 40) c");
            s.execute("insert into contract_gemeente (contract_id, gemeente_id) select c.id, g.id from contract c,"
                    + " gemeente g");
            s.execute("insert into contract_leerroute (contract_id, leerroute) select id, 'B1_ROUTE' from contract");
            s.execute("insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag) select id,"
                    + " date '2025-01-01', 'PER_UUR', 50 + (id % 17) * 0.85 from contract");
            s.execute("insert into inburgeraar (gemeente_id, klant_referentie, voorletters, achternaam, doelgroep,"
                    + " leerroute, pip_datum, zelfbetaler) select (select min(id) from gemeente) + ((i / 7) % 10),"
                    + " 'K' || i, 'A.', 'Bench' || i, case when (i / 40) % 20 = 0 then 'GEZINSMIGRANT'"
                    + " else 'ASIELMIGRANT' end, 'B1_ROUTE', date '2025-06-01', (i / 40) % 20 = 0"
                    + " from generate_series(1, 20000) i");
            s.execute("insert into plaatsing (inburgeraar_id, gemeente_id, zelfbetaler, contract_id, leerroute, status,"
                    + " aangemeld_op, geplande_start, werkelijke_start, geplande_uren) select i.id, i.gemeente_id,"
                    + " i.zelfbetaler, (select min(id) from contract) + (i.id % 40), 'B1_ROUTE', 'GESTART',"
                    + " date '2025-06-01', date '2025-07-01', date '2025-07-01', 600 from inburgeraar i");
            s.execute("""
                    insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,
                        verzuimreden, gewijzigd_door, gewijzigd_op)
                    select p.id, w.d, 'TAAL', 3, case when (p.id + w.i) % 9 = 0 then 1.5 else 3 end,
                        case when (p.id + w.i) % 9 = 0 then 'ZIEK' end, 'bench', now()
                    from plaatsing p cross join (select d::date as d, row_number() over (order by d) as i
                        from generate_series(date '2026-10-01', date '2026-10-31', interval '1 day') d
                        where extract(isodow from d) < 6) w
                    where ((p.id * 7 + w.i) % 22) < 12 + (p.id % 2)""");
            s.execute("analyze");
            s.execute("checkpoint");
        }
    }

    static double mediaan(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double m = s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0;
        return m / 1_000_000;
    }

    static long[] ids(Connection c, String sql) throws SQLException {
        List<Long> l = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                l.add(rs.getLong(1));
            }
        }
        return l.stream().mapToLong(Long::longValue).toArray();
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** contracts-core's Flyway scripts from the class path (a folder or the jar), in version order. */
    static void migreer(Connection c) throws IOException, URISyntaxException, SQLException {
        URL url = AfrekeningOpslag.class.getResource("/db/migration");
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
}
