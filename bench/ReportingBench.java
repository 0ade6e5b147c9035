import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.reporting.GemeenteDashboard;
import nl.inburgering.portal.reporting.RapportageService;
import nl.inburgering.portal.reporting.RapportageSettings;
import nl.inburgering.portal.reporting.RegioOverzicht;
import org.flywaydb.core.Flyway;

/**
 * Benchmark of the report queries (issue 8, "Performance"): both dashboards on a national-scale dataset, through the
 * real service ({@code RapportageService.opVerbinding}, the same SQL the portal runs on its EntityManager's
 * connection) on a plain JDBC connection.
 *
 * <ol>
 * <li>Creates a scratch database on a PostgreSQL server (default {@code bench_reporting}) and migrates it with every
 * module's Flyway scripts from the class path (reporting's test class path holds them all).</li>
 * <li>Generates, in SQL on the server, with a fixed seed: 100 gemeenten of very different size (weight 1/rank^0.9;
 * the largest has about 16 % of the inflow), 30 providers, 60 contracts (per region of 10 gemeenten: two B1 PER_UUR,
 * a Z PER_UUR with an 800-hour cap, a Z PER_MAAND, an onderwijs TRAJECT and an onderwijs PER_MAAND; tariffs indexed
 * once), 54,000 inburgeraars (18,000 a year over the last three years: 70 % asielmigrant, 20 % gezinsmigrant of whom
 * half zelfbetaler; routes 20/60/20), one placement each (accepted, started, paused, completed or ended early by
 * age), weekly attendance (about 2.5 million rows), exam results, open signals, and the monthly invoices of every
 * contract with one line per placement and month, the gemeenten's shares (approved, paid, or for last month
 * submitted); then {@code vacuum analyze}.</li>
 * <li>Times, after 3 warm-up loads each: the gemeente dashboard of the largest gemeente for this year, the contract
 * manager's overview of the region for this year, and the forecast of next year, 20 loads each (configurable);
 * prints p50, p95 and max in milliseconds. Goal: p95 under 1 second for both dashboards.</li>
 * <li>Drops the scratch database (unless {@code keep=true}; {@code reuse=true} reuses a kept one).</li>
 * </ol>
 * Run from the repository root (see bench/README.md):
 * <pre>
 * mvn -q -o -pl reporting test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath ../bench/ReportingBench.java [url=jdbc:postgresql://127.0.0.1:5432/postgres] [user=postgres] [password=] [db=bench_reporting] [loads=20] [keep=false] [reuse=false]"
 * </pre>
 */
public class ReportingBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            if (i < 0) {
                throw new IllegalArgumentException("arguments are key=value: " + a);
            }
            o.put(a.substring(0, i), a.substring(i + 1));
        }
        String server = o.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        String naam = o.getOrDefault("db", "bench_reporting");
        int loads = Integer.parseInt(o.getOrDefault("loads", "20"));
        boolean keep = Boolean.parseBoolean(o.getOrDefault("keep", "false"));
        boolean reuse = Boolean.parseBoolean(o.getOrDefault("reuse", "false"));
        String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + naam + "$1");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

        boolean bestaat;
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_database where datname = '" + naam + "'")) {
            rs.next();
            bestaat = rs.getLong(1) > 0;
        }
        if (!(reuse && bestaat)) {
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + naam + " with (force)");
                s.execute("create database " + naam);
            }
            Flyway.configure(ReportingBench.class.getClassLoader()).dataSource(url, user, password)
                    .locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
                for (String stap : genereer(today)) {
                    s.execute(stap);
                }
                s.execute("vacuum analyze");
            }
            System.out.printf("dataset generated in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        } else {
            System.out.println("reusing database " + naam);
        }

        try (Connection c = DriverManager.getConnection(url, user, password)) {
            // as in the portal: each load is one (read-only) transaction
            c.setAutoCommit(false);
            c.setReadOnly(true);
            telling(c);
            long groot = lang(c, "select gemeente_id from inburgeraar group by 1 order by count(*) desc limit 1");
            System.out.printf("largest gemeente: %d inburgeraars, %d open placements, %d attendance rows this year%n",
                    lang(c, "select count(*) from inburgeraar where gemeente_id = " + groot),
                    lang(c, "select count(*) from plaatsing where gemeente_id = " + groot
                            + " and status in ('GEACCEPTEERD', 'GESTART', 'ONDERBROKEN')"),
                    lang(c, "select count(*) from presentie pr join plaatsing p on p.id = pr.plaatsing_id"
                            + " where p.gemeente_id = " + groot + " and pr.datum >= date '" + today.withDayOfYear(1)
                            + "'"));
            RapportageService service = RapportageService.opVerbinding(c, RapportageSettings.standaard());
            Actor gemeente = new Actor("bench", Role.GEMEENTE, groot, null);
            Actor cb = new Actor("bench", Role.CONTRACTBEHEERDER, null, null);
            int jaar = today.getYear();
            GemeenteDashboard d = service.gemeenteDashboard(gemeente, groot, jaar, today);
            RegioOverzicht r = service.regioOverzicht(cb, jaar, today);
            System.out.printf("check: gemeente spent %s of budget %s, committed %s; region approved %s = shares %s%n",
                    d.budget().uitgegeven(), d.budget().budget(), d.budget().verplicht(),
                    r.goedgekeurdGemeenten().totaal(), r.totaalGemeenten().totaal());
            c.rollback();
            meet("gemeente dashboard (largest gemeente)", loads, c, () -> service.gemeenteDashboard(gemeente, groot,
                    jaar, today));
            meet("contract manager overview (region)", loads, c, () -> service.regioOverzicht(cb, jaar, today));
            meet("forecast next year (all gemeenten)", loads, c, () -> service.prognose(cb, jaar + 1, today));
        }
        if (!keep) {
            try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
                s.execute("drop database if exists " + naam + " with (force)");
            }
        }
    }

    /** Warm-up, then the loads, each in a transaction of its own, timed to the end of the transaction. */
    private static void meet(String wat, int loads, Connection c, Supplier<Object> load) throws SQLException {
        for (int i = 0; i < 3; i++) {
            load.get();
            c.rollback();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < loads; i++) {
            long t = System.nanoTime();
            load.get();
            c.rollback();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        double p50 = ms.get((int) Math.ceil(0.50 * ms.size()) - 1);
        double p95 = ms.get((int) Math.ceil(0.95 * ms.size()) - 1);
        System.out.printf("%-40s loads %d  p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", wat, loads, p50, p95,
                ms.get(ms.size() - 1));
    }

    private static void telling(Connection c) throws SQLException {
        for (String t : List.of("gemeente", "aanbieder", "contract", "inburgeraar", "plaatsing", "presentie",
                "resultaat", "signaal", "factuur", "factuurregel", "factuur_aandeel")) {
            System.out.printf("%-16s %,10d rows%n", t, lang(c, "select count(*) from " + t));
        }
    }

    private static long lang(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The dataset, in SQL steps run on the server. */
    static List<String> genereer(LocalDate today) {
        int y = today.getYear();
        String begin = "date '" + LocalDate.of(y - 2, 1, 1) + "'";
        String vandaag = "date '" + today + "'";
        String vorigeMaand = "date '" + today.minusMonths(1).withDayOfMonth(1) + "'";
        List<String> s = new ArrayList<>();
        s.add("select setseed(0.42)");
        s.add("insert into gemeente (cbs_code, naam, is_lead) select lpad(g::text, 4, '0'), 'Gemeente '"
                + " || lpad(g::text, 3, '0'), g = 1 from generate_series(1, 100) g");
        s.add("create temp table gw as select id, (id - 1) % 10 as regio, sum(w) over (order by id) - w as lo,"
                + " sum(w) over (order by id) as hi from (select id, 1.0 / power(id, 0.9) as w from gemeente) x");
        s.add("update gw set lo = lo / t.tot, hi = hi / t.tot from (select max(hi) as tot from gw) t");
        s.add("insert into aanbieder (naam, kvk_nummer, soort, iban) select 'Taalaanbieder ' || a,"
                + " lpad((20000000 + a)::text, 8, '0'), 'TAALAANBIEDER', 'NL91ABNA0417164300' from generate_series(1, 20) a");
        s.add("insert into aanbieder (naam, kvk_nummer, soort, brin_code, web_erkend, web_erkend_sinds, iban)"
                + " select 'Onderwijsinstelling ' || a, lpad((30000000 + a)::text, 8, '0'), 'ONDERWIJSINSTELLING',"
                + " lpad(a::text, 2, '0') || 'XX', true, date '2010-01-01', 'NL91ABNA0417164300'"
                + " from generate_series(1, 10) a");
        s.add("insert into aanbieder_keurmerk (aanbieder_id, status, vanaf, geldig_tot) select id, 'GELDIG',"
                + " date '2023-01-01', " + vandaag + " + (id * 37 % 700)::int from aanbieder where soort = 'TAALAANBIEDER'");
        s.add("create temp table plan as select r, k,"
                + " case when k in (0, 1) then 'B1_ROUTE' when k in (2, 3) then 'Z_ROUTE' else 'ONDERWIJSROUTE' end as route,"
                + " case when k in (0, 1, 2) then 'PER_UUR' when k in (3, 5) then 'PER_MAAND' else 'TRAJECT' end as model,"
                + " case when k < 4 then 'Taalaanbieder ' || ((r * 4 + k) % 20 + 1)"
                + " else 'Onderwijsinstelling ' || ((r + k) % 10 + 1) end as aanbieder,"
                + " 'BR-' || r || '-' || k as nummer from generate_series(0, 9) r, generate_series(0, 5) k");
        s.add("insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie, perceel, startdatum,"
                + " einddatum, capaciteit, btw_tarief, status) select p.nummer, a.id,"
                + " case when p.k >= 4 then 'OPEN_HOUSE' else 'AANBESTEDING' end, 'Regio ' || p.r,"
                + " case when p.k >= 4 then null else 'Perceel ' || p.route end, " + begin + ","
                + " case when p.k = 1 and p.r < 3 then " + vandaag + " + 60 else " + begin + " + interval '4 years'"
                + " - interval '1 day' end, case when p.k >= 4 then null else 3000 end,"
                + " case when p.k >= 4 then 'NUL' else 'EENENTWINTIG' end, 'ACTIEF'"
                + " from plan p join aanbieder a on a.naam = p.aanbieder");
        s.add("insert into contract_leerroute (contract_id, leerroute) select c.id, p.route from contract c"
                + " join plan p on p.nummer = c.contract_nummer");
        s.add("insert into contract_gemeente (contract_id, gemeente_id) select c.id, g.id from contract c"
                + " join plan p on p.nummer = c.contract_nummer join gw g on g.regio = p.r");
        s.add("insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag, max_uren_per_plaatsing)"
                + " select c.id, v, p.model, round(case p.model when 'PER_UUR' then 60 when 'PER_MAAND' then 900"
                + " else 11000 end * case when v = " + begin + " then 1 else 1.04 end, 2),"
                + " case when p.k = 2 then 800 end from contract c join plan p on p.nummer = c.contract_nummer,"
                + " unnest(array[" + begin + ", date '" + LocalDate.of(y, 1, 1) + "']) v");
        s.add("insert into tarief_mijlpaal (tarief_id, mijlpaal, percentage) select t.id, m.mp, m.pct from tarief t,"
                + " (values ('START', 40), ('HALVERWEGE', 40), ('AFRONDING', 20)) m(mp, pct)"
                + " where t.betaalmodel = 'TRAJECT'");
        // 54,000 inburgeraars, PIP dates spread evenly from three years ago to today
        s.add("insert into inburgeraar (gemeente_id, klant_referentie, voorletters, achternaam, doelgroep, leerroute,"
                + " pip_datum, zelfbetaler) select g.id, 'K' || x.n, 'A.', 'Naam' || x.n, x.dg, x.route,"
                + " " + begin + " + ((x.n - 1) * (" + vandaag + " - " + begin + ") / 54000),"
                + " x.dg = 'GEZINSMIGRANT' and x.z < 0.5"
                + " from (select n, random() as u,"
                + "   case when d < 0.7 then 'ASIELMIGRANT' when d < 0.9 then 'GEZINSMIGRANT' else 'OVERIG' end as dg,"
                + "   case when rr < 0.2 then 'ONDERWIJSROUTE' when rr < 0.8 then 'B1_ROUTE' else 'Z_ROUTE' end as route,"
                + "   z from (select n, random() as d, random() as rr, random() as z"
                + "   from generate_series(1, 54000) n) y) x"
                + " join gw g on x.u >= g.lo and x.u < g.hi");
        // one placement each, 30 days after the PIP, 450 days planned; its state by age
        s.add("insert into plaatsing (inburgeraar_id, gemeente_id, zelfbetaler, contract_id, leerroute, status,"
                + " aangemeld_op, geplande_start, geplande_uren, werkelijke_start, einddatum, eindreden)"
                + " select i.id, i.gemeente_id, i.zelfbetaler, c.id, i.leerroute,"
                + "   case when s.start > " + vandaag + " then 'GEACCEPTEERD'"
                + "        when s.start + 450 <= " + vandaag + " and s.v < 0.8 then 'AFGEROND'"
                + "        when s.start + 200 <= " + vandaag + " and s.v >= 0.8 then 'VOORTIJDIG_BEEINDIGD'"
                + "        when s.v < 0.05 then 'ONDERBROKEN' else 'GESTART' end,"
                + "   i.pip_datum, s.start, 400 + (i.id % 300), case when s.start <= " + vandaag + " then s.start end,"
                + "   case when s.start + 450 <= " + vandaag + " and s.v < 0.8 then s.start + 450"
                + "        when s.start + 200 <= " + vandaag + " and s.v >= 0.8 then s.start + 200 end,"
                + "   case when s.start + 200 <= " + vandaag + " and s.v >= 0.8 then 'UITVAL' end"
                + " from inburgeraar i"
                + " cross join lateral (select i.pip_datum + 30 as start, random() as v) s"
                + " join gw g on g.id = i.gemeente_id"
                + " join contract c on c.contract_nummer = 'BR-' || g.regio || '-' || (case i.leerroute"
                + "   when 'B1_ROUTE' then 0 when 'Z_ROUTE' then 2 else 4 end + i.id % 2)");
        // weekly attendance: TAAL 3 h on Mondays, KNM 2 h every fifth week, up to today or the end
        s.add("insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren, verzuimreden,"
                + " gewijzigd_door, gewijzigd_op)"
                + " select p.id, p.werkelijke_start + 7 * w.w, o.onderdeel, o.uren,"
                + "   case when a.r < 0.85 then o.uren else o.uren / 2 end,"
                + "   case when a.r < 0.85 then null when a.r < 0.91 then 'ONGEOORLOOFD' when a.r < 0.97 then 'ZIEK'"
                + "   else 'GEOORLOOFD' end, 'bench', now()"
                + " from plaatsing p"
                + " cross join lateral generate_series(0, least(54, (least(coalesce(p.einddatum, " + vandaag + "), "
                + vandaag + ") - p.werkelijke_start) / 7)) w(w)"
                + " cross join lateral (values ('TAAL', 3.0), ('KNM', 2.0)) o(onderdeel, uren)"
                + " cross join lateral (select random() as r) a"
                + " where p.werkelijke_start is not null and (o.onderdeel = 'TAAL' or w.w % 5 = 0)");
        s.add("insert into resultaat (plaatsing_id, soort, niveau, uitslag, datum, vastgelegd_door, vastgelegd_op)"
                + " select p.id, e.soort, case when e.soort = 'KNM' then null else 'B1' end,"
                + " case when random() < 0.75 then 'GEHAALD' else 'NIET_GEHAALD' end, p.einddatum - 10, 'bench', now()"
                + " from plaatsing p, (values ('LEZEN'), ('LUISTEREN'), ('SCHRIJVEN'), ('SPREKEN'), ('KNM')) e(soort)"
                + " where p.status = 'AFGEROND'");
        s.add("insert into signaal (plaatsing_id, inburgeraar_id, gemeente_id, contract_id, soort, periode_van,"
                + " periode_tot, geroosterde_uren, aanwezige_uren, ongeoorloofde_uren, status, aangemaakt_op)"
                + " select p.id, p.inburgeraar_id, p.gemeente_id, p.contract_id, 'AANWEZIGHEID_ONDER_80',"
                + " " + vandaag + " - 35, " + vandaag + " - 8, 12, 7, 5, 'OPEN', now()"
                + " from plaatsing p where p.status = 'GESTART' and p.id % 33 = 0");
        // invoice lines: one per placement and month from the start to last month (or the end)
        s.add("create temp table regels as select p.id as plaatsing_id, p.gemeente_id, p.zelfbetaler, p.contract_id,"
                + " m.maand::date as maand, t.betaalmodel, t.geldig_vanaf, t.bedrag as prijs,"
                + " case t.betaalmodel when 'PER_UUR' then 13 when 'PER_MAAND' then 1 else 1 end as aantal,"
                + " case when t.betaalmodel = 'TRAJECT' then case when m.maand = date_trunc('month', p.werkelijke_start)"
                + "   then 'START' when m.maand = date_trunc('month', p.werkelijke_start) + interval '7 months'"
                + "   then 'HALVERWEGE' when m.maand = date_trunc('month', p.einddatum) and p.status = 'AFGEROND'"
                + "   then 'AFRONDING' end end as mijlpaal"
                + " from plaatsing p"
                + " cross join lateral generate_series(date_trunc('month', p.werkelijke_start),"
                + "   least(date_trunc('month', coalesce(p.einddatum, " + vandaag + ")), " + vorigeMaand + "),"
                + "   interval '1 month') m(maand)"
                + " cross join lateral (select * from tarief t where t.contract_id = p.contract_id"
                + "   and t.geldig_vanaf <= m.maand order by t.geldig_vanaf desc limit 1) t"
                + " where p.werkelijke_start is not null");
        s.add("delete from regels where betaalmodel = 'TRAJECT' and mijlpaal is null");
        s.add("insert into factuur (contract_id, aanbieder_id, maand, soort, status, btw_tarief, netto, btw,"
                + " goedgekeurd_netto, goedgekeurd_btw, factuurnummer, berekend_op, ingediend_door, ingediend_op,"
                + " beoordeeld_door, beoordeeld_op, betaald_op)"
                + " select r.contract_id, c.aanbieder_id, r.maand, r.soort,"
                + "   case when r.maand = " + vorigeMaand + " then 'INGEDIEND' when r.maand < " + vorigeMaand
                + "   - interval '6 months' then 'BETAALD' else 'GOEDGEKEURD' end, c.btw_tarief, 0, 0,"
                + "   case when r.maand < " + vorigeMaand + " then 0 end, case when r.maand < " + vorigeMaand
                + "   then 0 end, 'F-' || r.contract_id || '-' || to_char(r.maand, 'YYYYMM') || '-' || left(r.soort, 1),"
                + "   now(), 'bench', now(), case when r.maand < " + vorigeMaand + " then 'bench' end,"
                + "   case when r.maand < " + vorigeMaand + " then now() end,"
                + "   case when r.maand < " + vorigeMaand + " - interval '6 months' then (r.maand + interval '45 days')::date end"
                + " from (select distinct contract_id, maand,"
                + "   case when zelfbetaler then 'ZELFBETALERS' else 'GEMEENTEN' end as soort from regels) r"
                + " join contract c on c.id = r.contract_id");
        s.add("insert into factuurregel (factuur_id, volgnummer, plaatsing_id, gemeente_id, zelfbetaler, periode,"
                + " correctie, betaalmodel, tarief_geldig_vanaf, mijlpaal, aantal, prijs, bedrag, omschrijving, beoordeling,"
                + " afkeurcode)"
                + " select f.id, row_number() over (partition by f.id order by r.plaatsing_id), r.plaatsing_id,"
                + "   r.gemeente_id, r.zelfbetaler, r.maand, false, r.betaalmodel, r.geldig_vanaf, r.mijlpaal,"
                + "   r.aantal, r.prijs, round(r.prijs * r.aantal * case r.mijlpaal when 'START' then 0.4"
                + "   when 'HALVERWEGE' then 0.4 when 'AFRONDING' then 0.2 else 1 end, 2),"
                + "   'bench', case when f.status = 'INGEDIEND' then 'OPEN' when r.plaatsing_id % 97 = 0 then 'AFGEKEURD'"
                + "   else 'GOEDGEKEURD' end, case when f.status <> 'INGEDIEND' and r.plaatsing_id % 97 = 0"
                + "   then 'NIET_GELEVERD' end"
                + " from regels r join factuur f on f.contract_id = r.contract_id and f.maand = r.maand"
                + "   and f.soort = case when r.zelfbetaler then 'ZELFBETALERS' else 'GEMEENTEN' end");
        s.add("insert into factuur_aandeel (factuur_id, gemeente_id, netto, btw)"
                + " select f.id, fr.gemeente_id, sum(fr.bedrag), round(sum(fr.bedrag)"
                + "   * case f.btw_tarief when 'EENENTWINTIG' then 0.21 else 0 end, 2)"
                + " from factuur f join factuurregel fr on fr.factuur_id = f.id"
                + " where f.soort = 'GEMEENTEN' and (fr.beoordeling = 'GOEDGEKEURD' or f.status = 'INGEDIEND')"
                + " group by f.id, fr.gemeente_id, f.btw_tarief");
        s.add("update factuur f set netto = x.netto, btw = round(x.netto * case f.btw_tarief when 'EENENTWINTIG'"
                + " then 0.21 else 0 end, 2) from (select factuur_id, sum(bedrag) as netto from factuurregel"
                + " group by 1) x where x.factuur_id = f.id");
        s.add("update factuur f set goedgekeurd_netto = x.netto, goedgekeurd_btw = x.btw from (select a.factuur_id,"
                + " sum(a.netto) as netto, sum(a.btw) as btw from factuur_aandeel a group by 1) x"
                + " where x.factuur_id = f.id and f.status in ('GOEDGEKEURD', 'BETAALD')");
        s.add("update factuur f set goedgekeurd_netto = x.netto, goedgekeurd_btw = round(x.netto"
                + " * case f.btw_tarief when 'EENENTWINTIG' then 0.21 else 0 end, 2) from (select factuur_id,"
                + " sum(bedrag) as netto from factuurregel where beoordeling = 'GOEDGEKEURD' group by 1) x"
                + " where x.factuur_id = f.id and f.soort = 'ZELFBETALERS' and f.status in ('GOEDGEKEURD', 'BETAALD')");
        return s;
    }
}
