package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.reporting.internal.Sql;

/**
 * The SQL of the reports: every figure is aggregated by PostgreSQL (sums, counts, {@code group by}); Java only puts
 * the aggregated rows in order (twelve months, three routes) and derives percentages and differences from them.
 * Reads the tables of contracts-core and tendering, never writes them; writes only reporting's own settings tables.
 *
 * <p>Tenancy is the caller's ({@link RapportageService}): a method that takes a {@code gemeenteId} reads only that
 * gemeente's rows ({@code where ... gemeente_id = ?} in every query).
 */
class RapportageQueries {

    /** An approved invoice: the contract manager approved it, possibly paid since. */
    static final String GOEDGEKEURD = "f.status in ('GOEDGEKEURD', 'BETAALD')";
    static final String OPEN_PLAATSING = "('GEACCEPTEERD', 'GESTART', 'ONDERBROKEN')";

    private final Sql sql;
    private final RapportageSettings settings;

    RapportageQueries(Connection connection, RapportageSettings settings) {
        this.sql = new Sql(connection);
        this.settings = settings;
        planVoorDeWaarden(connection);
    }

    /**
     * Plans every query of this transaction for its actual values. The driver prepares a statement on the server
     * after a few executions and PostgreSQL then moves to a generic plan that ignores the values; for these reports
     * the values decide everything (the largest gemeente holds 16 % of the national benchmark dataset, the smallest
     * 0.1 %; a year is a third of the attendance), and the generic plans measured three to six times slower
     * (bench/README.md, "Reports"). {@code set local} ends with the transaction; without one (auto-commit) nothing is
     * changed.
     */
    private void planVoorDeWaarden(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                sql.update("set local plan_cache_mode = force_custom_plan");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("rapportage: kan de verbinding niet instellen", e);
        }
    }

    // ---------------------------------------------------------------- reference data

    /** The gemeente's name, or null when there is no such gemeente. */
    String gemeenteNaam(long gemeenteId) {
        return sql.een("select naam from gemeente where id = ?", rs -> rs.getString(1), gemeenteId);
    }

    /** All gemeenten by name: id to name. */
    Map<Long, String> gemeenten() {
        Map<Long, String> m = new LinkedHashMap<>();
        sql.lijst("select id, naam from gemeente order by naam", rs -> m.put(rs.getLong(1), rs.getString(2)));
        return m;
    }

    BigDecimal budgetnorm(int jaar) {
        BigDecimal b = sql.een("select bedrag from rapportage_budgetnorm where jaar = ?", rs -> rs.getBigDecimal(1),
                jaar);
        return b == null ? settings.budgetnorm() : b;
    }

    // ---------------------------------------------------------------- gemeente dashboard

    /** Per leerroute (PIP) and status of the latest placement (or none): the number of the gemeente's inburgeraars. */
    List<GemeenteDashboard.Inburgeraars> inburgeraars(long gemeenteId) {
        Map<Leerroute, long[]> perRoute = new EnumMap<>(Leerroute.class);
        for (Leerroute r : Leerroute.values()) {
            perRoute.put(r, new long[GemeenteDashboard.STATUSSEN.size()]);
        }
        sql.lijst("""
                select i.leerroute, coalesce(lp.status, ?) as status, count(*) as aantal
                from inburgeraar i
                left join lateral (select p.status from plaatsing p where p.inburgeraar_id = i.id
                                   order by p.aangemeld_op desc, p.id desc limit 1) lp on true
                where i.gemeente_id = ?
                group by 1, 2""", rs -> {
            int kolom = GemeenteDashboard.STATUSSEN.indexOf(rs.getString("status"));
            perRoute.get(Leerroute.valueOf(rs.getString("leerroute")))[kolom] = rs.getLong("aantal");
            return null;
        }, GemeenteDashboard.GEEN_PLAATSING, gemeenteId);
        List<GemeenteDashboard.Inburgeraars> rows = new ArrayList<>();
        perRoute.forEach((route, n) -> {
            List<Long> counts = new ArrayList<>();
            long totaal = 0;
            for (long c : n) {
                counts.add(c);
                totaal += c;
            }
            rows.add(new GemeenteDashboard.Inburgeraars(route, List.copyOf(counts), totaal));
        });
        return rows;
    }

    /**
     * The twelve months of the year: net per leerroute from the gemeente's approved lines on approved GEMEENTEN
     * invoices, and net and VAT from its shares of those invoices, by the invoice's month.
     */
    List<GemeenteDashboard.MaandKosten> kostenPerMaand(long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        LocalDate tot = van.plusYears(1);
        Map<LocalDate, Map<Leerroute, BigDecimal>> perRoute = new HashMap<>();
        sql.lijst("""
                select f.maand, p.leerroute, sum(fr.bedrag) as netto
                from factuurregel fr
                join factuur f on f.id = fr.factuur_id
                join plaatsing p on p.id = fr.plaatsing_id
                where fr.gemeente_id = ? and fr.periode < ? and not fr.zelfbetaler and fr.beoordeling = 'GOEDGEKEURD'
                  and f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ?
                group by 1, 2""".formatted(GOEDGEKEURD), rs -> perRoute
                .computeIfAbsent(Sql.datum(rs, "maand"), k -> new EnumMap<>(Leerroute.class))
                .put(Leerroute.valueOf(rs.getString("leerroute")), rs.getBigDecimal("netto")),
                gemeenteId, tot, van, tot);
        Map<LocalDate, BigDecimal[]> aandelen = new HashMap<>();
        sql.lijst("""
                select f.maand, sum(a.netto) as netto, sum(a.btw) as btw
                from factuur_aandeel a
                join factuur f on f.id = a.factuur_id
                where a.gemeente_id = ? and f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ?
                group by 1""".formatted(GOEDGEKEURD), rs -> aandelen.put(Sql.datum(rs, "maand"),
                new BigDecimal[] {rs.getBigDecimal("netto"), rs.getBigDecimal("btw")}), gemeenteId, van, tot);
        List<GemeenteDashboard.MaandKosten> rows = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            LocalDate maand = van.plusMonths(m);
            Map<Leerroute, BigDecimal> r = perRoute.getOrDefault(maand, Map.of());
            BigDecimal[] a = aandelen.getOrDefault(maand, new BigDecimal[] {null, null});
            BigDecimal netto = Bedragen.euro(a[0]);
            BigDecimal btw = Bedragen.euro(a[1]);
            rows.add(new GemeenteDashboard.MaandKosten(maand, Bedragen.euro(r.get(Leerroute.ONDERWIJSROUTE)),
                    Bedragen.euro(r.get(Leerroute.B1_ROUTE)), Bedragen.euro(r.get(Leerroute.Z_ROUTE)), netto, btw,
                    netto.add(btw)));
        }
        return rows;
    }

    /** The gemeente's shares of the approved GEMEENTEN invoices of the year, per provider, largest first. */
    List<GemeenteDashboard.AanbiederKosten> kostenPerAanbieder(long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        return sql.lijst("""
                select f.aanbieder_id, ab.naam, sum(a.netto) as netto, sum(a.btw) as btw
                from factuur_aandeel a
                join factuur f on f.id = a.factuur_id
                join aanbieder ab on ab.id = f.aanbieder_id
                where a.gemeente_id = ? and f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ?
                group by 1, 2
                order by sum(a.netto + a.btw) desc, ab.naam""".formatted(GOEDGEKEURD),
                rs -> new GemeenteDashboard.AanbiederKosten(rs.getLong(1), rs.getString(2),
                        Bedragen.euro(rs.getBigDecimal("netto")), Bedragen.euro(rs.getBigDecimal("btw")),
                        Bedragen.euro(rs.getBigDecimal("netto").add(rs.getBigDecimal("btw")))),
                gemeenteId, van, van.plusYears(1));
    }

    /** Attendance hours per month of the year of the gemeente's placements (the gemeente fixed on the placement). */
    List<GemeenteDashboard.Aanwezigheid> aanwezigheid(long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        return sql.lijst("""
                select date_trunc('month', pr.datum)::date as maand,
                       sum(pr.geroosterde_uren) as geroosterd, sum(pr.aanwezige_uren) as aanwezig,
                       coalesce(sum(pr.geroosterde_uren - pr.aanwezige_uren)
                           filter (where pr.verzuimreden = 'GEOORLOOFD'), 0) as geoorloofd,
                       coalesce(sum(pr.geroosterde_uren - pr.aanwezige_uren)
                           filter (where pr.verzuimreden = 'ONGEOORLOOFD'), 0) as ongeoorloofd,
                       coalesce(sum(pr.geroosterde_uren - pr.aanwezige_uren)
                           filter (where pr.verzuimreden = 'ZIEK'), 0) as ziek
                from plaatsing p
                join presentie pr on pr.plaatsing_id = p.id
                where p.gemeente_id = ? and pr.datum >= ? and pr.datum < ?
                group by 1
                order by 1""", rs -> new GemeenteDashboard.Aanwezigheid(Sql.datum(rs, "maand"),
                rs.getBigDecimal("geroosterd"), rs.getBigDecimal("aanwezig"), rs.getBigDecimal("geoorloofd"),
                rs.getBigDecimal("ongeoorloofd"), rs.getBigDecimal("ziek"),
                Bedragen.percentage(rs.getBigDecimal("aanwezig"), rs.getBigDecimal("geroosterd"))),
                gemeenteId, van, van.plusYears(1));
    }

    /** Exam results of the year of the gemeente's placements, per component and level. */
    List<GemeenteDashboard.Examen> examens(long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        return sql.lijst("""
                select r.soort, r.niveau, count(*) as afgelegd, count(*) filter (where r.uitslag = 'GEHAALD') as gehaald
                from plaatsing p
                join resultaat r on r.plaatsing_id = p.id
                where p.gemeente_id = ? and r.uitslag is not null and r.datum >= ? and r.datum < ?
                group by 1, 2
                order by array_position(array['LEZEN', 'LUISTEREN', 'SCHRIJVEN', 'SPREKEN', 'KNM']::varchar[], r.soort),
                         r.niveau nulls first""",
                rs -> new GemeenteDashboard.Examen(rs.getString("soort"), rs.getString("niveau"),
                        rs.getLong("afgelegd"), rs.getLong("gehaald"),
                        Bedragen.percentage(rs.getLong("gehaald"), rs.getLong("afgelegd"))),
                gemeenteId, van, van.plusYears(1));
    }

    /** The gemeente's open signals per kind and provider. */
    List<GemeenteDashboard.Signalen> openSignalen(long gemeenteId) {
        return sql.lijst("""
                select s.soort, a.naam, count(*) as aantal, count(distinct s.inburgeraar_id) as inburgeraars
                from signaal s
                join contract c on c.id = s.contract_id
                join aanbieder a on a.id = c.aanbieder_id
                where s.gemeente_id = ? and s.status = 'OPEN'
                group by 1, 2
                order by 1, 2""", rs -> new GemeenteDashboard.Signalen(rs.getString("soort"), rs.getString("naam"),
                rs.getLong("aantal"), rs.getLong("inburgeraars")), gemeenteId);
    }

    // ---------------------------------------------------------------- budget and commitments

    /** Per gemeente (one, or all when null): its asielmigranten with their PIP in the year. */
    Map<Long, Long> asielmigranten(Long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        Map<Long, Long> m = new HashMap<>();
        sql.lijst("""
                select i.gemeente_id, count(*) from inburgeraar i
                where i.doelgroep = 'ASIELMIGRANT' and i.pip_datum >= ? and i.pip_datum < ? %s
                group by 1""".formatted(gemeenteId == null ? "" : "and i.gemeente_id = ?"),
                rs -> m.put(rs.getLong(1), rs.getLong(2)), params(gemeenteId, van, van.plusYears(1)));
        return m;
    }

    /** Per gemeente (one, or all when null): its shares (net + VAT) of the approved GEMEENTEN invoices of the year. */
    Map<Long, BigDecimal> uitgegeven(Long gemeenteId, int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        Map<Long, BigDecimal> m = new HashMap<>();
        sql.lijst("""
                select a.gemeente_id, sum(a.netto + a.btw) from factuur_aandeel a
                join factuur f on f.id = a.factuur_id
                where f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ? %s
                group by 1""".formatted(GOEDGEKEURD, gemeenteId == null ? "" : "and a.gemeente_id = ?"),
                rs -> m.put(rs.getLong(1), rs.getBigDecimal(2)), params(gemeenteId, van, van.plusYears(1)));
        return m;
    }

    /**
     * Per gemeente (one, or all when null): the expected remaining cost incl. VAT of its open placements
     * (GEACCEPTEERD, GESTART, ONDERBROKEN; zelfbetalers excluded) at the contract's tariff in force on the reference
     * date. What has been billed and approved is subtracted; lines still awaiting approval count as committed.
     * <ul>
     * <li>{@code PER_UUR}: (planned hours, or the route's expected hours when none were planned, at most the
     * contract's cap per placement) minus the approved billed hours, times the rate;</li>
     * <li>{@code PER_MAAND}: the months from the first month not yet approved (else the start month) up to the
     * expected end (start plus the route's expected months), but not past the contract's end, times the rate;</li>
     * <li>{@code TRAJECT}: the percentages of the milestones not yet approved, times the price;</li>
     * </ul>
     * times 1.21 on a contract with 21 % VAT.
     */
    Map<Long, BigDecimal> verplicht(Long gemeenteId, LocalDate peildatum) {
        Map<Long, BigDecimal> m = new HashMap<>();
        List<Object> p = new ArrayList<>(routeParameters());
        if (gemeenteId != null) {
            p.add(gemeenteId);
        }
        p.add(peildatum);
        sql.lijst("""
                with r(leerroute, uren, maanden) as (values ('ONDERWIJSROUTE', ?::numeric, ?::integer),
                        ('B1_ROUTE', ?::numeric, ?::integer), ('Z_ROUTE', ?::numeric, ?::integer)),
                open as (
                    select p.id, p.gemeente_id, p.contract_id, p.leerroute, p.geplande_uren,
                           coalesce(p.werkelijke_start, p.geplande_start) as start
                    from plaatsing p
                    where p.status in %s and not p.zelfbetaler and p.contract_id is not null %s
                ),
                tarief_nu as (
                    select distinct on (t.contract_id) t.id, t.contract_id, t.betaalmodel, t.bedrag,
                           t.max_uren_per_plaatsing
                    from tarief t
                    where t.geldig_vanaf <= ? and t.contract_id in (select contract_id from open)
                    order by t.contract_id, t.onderdeel is not null and t.onderdeel <> 'TAAL', t.onderdeel is not null,
                             t.geldig_vanaf desc
                ),
                goedgekeurd as (
                    select fr.plaatsing_id,
                           sum(fr.aantal) filter (where fr.betaalmodel = 'PER_UUR') as uren,
                           max(fr.periode) filter (where fr.betaalmodel = 'PER_MAAND') as laatste_maand,
                           array_agg(distinct fr.mijlpaal) filter (where fr.mijlpaal is not null) as mijlpalen
                    from factuurregel fr
                    join factuur f on f.id = fr.factuur_id
                    where fr.plaatsing_id in (select id from open) and fr.beoordeling = 'GOEDGEKEURD' and %s
                    group by fr.plaatsing_id
                ),
                rest as (
                    select o.gemeente_id,
                        case t.betaalmodel
                            when 'PER_UUR' then t.bedrag * greatest(0,
                                least(coalesce(o.geplande_uren, r.uren),
                                      coalesce(t.max_uren_per_plaatsing, o.geplande_uren, r.uren))
                                - coalesce(g.uren, 0))
                            when 'PER_MAAND' then t.bedrag * greatest(0,
                                (extract(year from e.eind) * 12 + extract(month from e.eind))
                                - (extract(year from e.eerste) * 12 + extract(month from e.eerste)) + 1)
                            when 'TRAJECT' then t.bedrag * greatest(0, 100 - coalesce(
                                (select sum(m.percentage) from tarief_mijlpaal m
                                 where m.tarief_id = t.id and m.mijlpaal = any (g.mijlpalen)), 0)) / 100
                        end * case c.btw_tarief when 'EENENTWINTIG' then 1.21 else 1 end as bedrag
                    from open o
                    join contract c on c.id = o.contract_id
                    join tarief_nu t on t.contract_id = o.contract_id
                    join r on r.leerroute = o.leerroute
                    left join goedgekeurd g on g.plaatsing_id = o.id
                    cross join lateral (select
                        coalesce((g.laatste_maand + interval '1 month')::date,
                                 date_trunc('month', o.start)::date) as eerste,
                        least(c.einddatum, (o.start + make_interval(months => r.maanden) - interval '1 day')::date)
                            as eind) e
                )
                select gemeente_id, round(sum(bedrag), 2) from rest group by gemeente_id"""
                .formatted(OPEN_PLAATSING, gemeenteId == null ? "" : "and p.gemeente_id = ?", GOEDGEKEURD),
                rs -> m.put(rs.getLong(1), rs.getBigDecimal(2)), p.toArray());
        return m;
    }

    // ---------------------------------------------------------------- region overview

    /** Per gemeente and month of the year: its shares (net + VAT) of the approved GEMEENTEN invoices. */
    Map<Long, BigDecimal[]> aandelenPerGemeente(int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        Map<Long, BigDecimal[]> m = new HashMap<>();
        sql.lijst("""
                select a.gemeente_id, f.maand, sum(a.netto + a.btw) as bedrag
                from factuur_aandeel a
                join factuur f on f.id = a.factuur_id
                where f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ?
                group by 1, 2""".formatted(GOEDGEKEURD), rs -> m.computeIfAbsent(rs.getLong(1),
                k -> new BigDecimal[12])[Sql.datum(rs, "maand").getMonthValue() - 1] = rs.getBigDecimal("bedrag"),
                van, van.plusYears(1));
        return m;
    }

    /** Per month of the year: the sum of all gemeenten's shares. */
    BigDecimal[] aandelenTotaal(int jaar) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        BigDecimal[] m = new BigDecimal[12];
        sql.lijst("""
                select f.maand, sum(a.netto + a.btw) as bedrag
                from factuur_aandeel a
                join factuur f on f.id = a.factuur_id
                where f.soort = 'GEMEENTEN' and %s and f.maand >= ? and f.maand < ?
                group by 1""".formatted(GOEDGEKEURD),
                rs -> m[Sql.datum(rs, "maand").getMonthValue() - 1] = rs.getBigDecimal("bedrag"), van,
                van.plusYears(1));
        return m;
    }

    /** Per month of the year: the approved invoices (approved net + VAT) of one kind. */
    BigDecimal[] goedgekeurdeFacturen(int jaar, String soort) {
        LocalDate van = LocalDate.of(jaar, 1, 1);
        BigDecimal[] m = new BigDecimal[12];
        sql.lijst("""
                select f.maand, sum(f.goedgekeurd_netto + f.goedgekeurd_btw) as bedrag
                from factuur f
                where f.soort = ? and %s and f.maand >= ? and f.maand < ?
                group by 1""".formatted(GOEDGEKEURD),
                rs -> m[Sql.datum(rs, "maand").getMonthValue() - 1] = rs.getBigDecimal("bedrag"), soort, van,
                van.plusYears(1));
        return m;
    }

    /** Capacity use of each active contract, by lot and contract number. */
    List<RegioOverzicht.Bezetting> bezettingPerContract() {
        return sql.lijst("""
                select c.id, c.contract_nummer, a.naam, %s as perceel, c.capaciteit,
                       (select count(*) from plaatsing p where p.contract_id = c.id and p.status in %s) as lopend
                from contract c
                join aanbieder a on a.id = c.aanbieder_id
                where c.status = 'ACTIEF'
                order by 4, c.contract_nummer""".formatted(PERCEEL, OPEN_PLAATSING),
                rs -> bezetting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), 1,
                        Sql.geheelOfNull(rs, "capaciteit"), rs.getLong("lopend")));
    }

    /** Capacity use per lot of the active contracts: unlimited when one of its contracts is. */
    List<RegioOverzicht.Bezetting> bezettingPerPerceel() {
        return sql.lijst("""
                select %s as perceel, count(*) as contracten,
                       case when bool_or(c.capaciteit is null) then null else sum(c.capaciteit) end as capaciteit,
                       sum((select count(*) from plaatsing p where p.contract_id = c.id and p.status in %s)) as lopend
                from contract c
                where c.status = 'ACTIEF'
                group by 1
                order by 1""".formatted(PERCEEL, OPEN_PLAATSING),
                rs -> bezetting(null, null, null, rs.getString("perceel"), rs.getInt("contracten"),
                        Sql.geheelOfNull(rs, "capaciteit"), rs.getLong("lopend")));
    }

    /** The lot of a contract: the tender reference and lot, or the Open House procedure. */
    private static final String PERCEEL = "case when c.perceel is null then c.herkomst_referentie"
            + " else c.herkomst_referentie || ' – ' || c.perceel end";

    private static RegioOverzicht.Bezetting bezetting(Long id, String nummer, String aanbieder, String perceel,
            int contracten, Integer capaciteit, long lopend) {
        return new RegioOverzicht.Bezetting(id, nummer, aanbieder, perceel, contracten, capaciteit, lopend,
                capaciteit == null ? null : Bedragen.percentage(lopend, capaciteit));
    }

    /** Providers whose keurmerk on the reference date is GELDIG until within the days given, or GESCHORST. */
    List<RegioOverzicht.Keurmerk> keurmerken(LocalDate peildatum, int dagen) {
        return sql.lijst("""
                select a.id, a.naam, k.status, k.vanaf, k.geldig_tot,
                       (select count(*) from plaatsing p join contract c on c.id = p.contract_id
                        where c.aanbieder_id = a.id and p.status in %s) as lopend
                from aanbieder a
                join lateral (select * from aanbieder_keurmerk k where k.aanbieder_id = a.id and k.vanaf <= ?
                              order by k.vanaf desc limit 1) k on true
                where (k.status = 'GELDIG' and k.geldig_tot <= ?) or k.status = 'GESCHORST'
                order by k.status = 'GESCHORST' desc, k.geldig_tot, a.naam""".formatted(OPEN_PLAATSING),
                rs -> {
                    LocalDate tot = Sql.datum(rs, "geldig_tot");
                    return new RegioOverzicht.Keurmerk(rs.getLong("id"), rs.getString("naam"),
                            rs.getString("status"), Sql.datum(rs, "vanaf"), tot,
                            tot == null ? null : ChronoUnit.DAYS.between(peildatum, tot), rs.getLong("lopend"));
                }, peildatum, peildatum.plusDays(dagen));
    }

    /** Active contracts ending from the reference date up to the days given. */
    List<RegioOverzicht.EindigendContract> eindigendeContracten(LocalDate peildatum, int dagen) {
        return sql.lijst("""
                select c.id, c.contract_nummer, a.naam, c.einddatum, c.verlengopties_resterend,
                       (select count(*) from plaatsing p where p.contract_id = c.id and p.status in %s) as lopend
                from contract c
                join aanbieder a on a.id = c.aanbieder_id
                where c.status = 'ACTIEF' and c.einddatum >= ? and c.einddatum <= ?
                order by c.einddatum, c.contract_nummer""".formatted(OPEN_PLAATSING),
                rs -> new RegioOverzicht.EindigendContract(rs.getLong("id"), rs.getString("contract_nummer"),
                        rs.getString("naam"), Sql.datum(rs, "einddatum"),
                        ChronoUnit.DAYS.between(peildatum, Sql.datum(rs, "einddatum")),
                        rs.getInt("verlengopties_resterend"), rs.getLong("lopend")),
                peildatum, peildatum.plusDays(dagen));
    }

    /** Award decisions sent and not yet definitive or withdrawn: their standstill end and open objections. */
    List<RegioOverzicht.Standstill> standstills(LocalDate peildatum) {
        return sql.lijst("""
                select a.id, a.referentie, a.titel, v.verzenddatum, v.standstill_einde,
                       (select count(*) from bezwaar b where b.voornemen_id = v.id and b.status = 'OPEN') as bezwaren
                from gunningsvoornemen v
                join aanbesteding a on a.id = v.aanbesteding_id
                where v.status = 'VERZONDEN'
                order by v.standstill_einde, a.referentie""",
                rs -> new RegioOverzicht.Standstill(rs.getLong("id"), rs.getString("referentie"),
                        rs.getString("titel"), Sql.datum(rs, "verzenddatum"), Sql.datum(rs, "standstill_einde"),
                        ChronoUnit.DAYS.between(peildatum, Sql.datum(rs, "standstill_einde")),
                        rs.getLong("bezwaren")));
    }

    /** Submitted invoices awaiting approval, the longest waiting first. */
    List<RegioOverzicht.TeBeoordelenFactuur> teBeoordelen(LocalDate peildatum) {
        return sql.lijst("""
                select f.id, f.factuurnummer, c.contract_nummer, a.naam, f.maand, f.soort, f.netto, f.btw,
                       f.ingediend_op
                from factuur f
                join contract c on c.id = f.contract_id
                join aanbieder a on a.id = f.aanbieder_id
                where f.status = 'INGEDIEND'
                order by f.ingediend_op, f.id""", rs -> {
            var ingediend = Sql.moment(rs, "ingediend_op");
            return new RegioOverzicht.TeBeoordelenFactuur(rs.getLong("id"), rs.getString("factuurnummer"),
                    rs.getString("contract_nummer"), rs.getString("naam"), Sql.datum(rs, "maand"),
                    rs.getString("soort"), rs.getBigDecimal("netto"), rs.getBigDecimal("btw"), ingediend,
                    Math.max(0, ChronoUnit.DAYS.between(ingediend.atZone(RapportageService.ZONE).toLocalDate(),
                            peildatum)));
        });
    }

    // ---------------------------------------------------------------- forecast

    /**
     * Per gemeente and leerroute: the expected cost incl. VAT of one trajectory, the mean over the active contracts
     * (not ended on the reference date) that cover the route and in which the gemeente takes part, weighted by the
     * contracts' fair-share target weights (1 when none is set), at the tariff in force on the reference date:
     * <ul>
     * <li>{@code TRAJECT}: the price;</li>
     * <li>{@code PER_UUR}: the rate times the mean planned hours of the contract's placements (the route's expected
     * hours when it has none), at most the cap per placement;</li>
     * <li>{@code PER_MAAND}: the rate times the route's expected months.</li>
     * </ul>
     */
    Map<Long, Map<Leerroute, BigDecimal>> trajectkosten(LocalDate peildatum) {
        Map<Long, Map<Leerroute, BigDecimal>> m = new HashMap<>();
        List<Object> p = new ArrayList<>(routeParameters());
        p.add(peildatum);
        p.add(peildatum);
        sql.lijst("""
                with r(leerroute, uren, maanden) as (values ('ONDERWIJSROUTE', ?::numeric, ?::integer),
                        ('B1_ROUTE', ?::numeric, ?::integer), ('Z_ROUTE', ?::numeric, ?::integer)),
                tarief_nu as (
                    select distinct on (t.contract_id) t.contract_id, t.betaalmodel, t.bedrag, t.max_uren_per_plaatsing
                    from tarief t
                    where t.geldig_vanaf <= ?
                    order by t.contract_id, t.onderdeel is not null and t.onderdeel <> 'TAAL', t.onderdeel is not null,
                             t.geldig_vanaf desc
                ),
                gepland as (
                    select p.contract_id, avg(p.geplande_uren) as uren
                    from plaatsing p
                    where p.contract_id is not null and p.geplande_uren is not null
                    group by p.contract_id
                ),
                traject as (
                    select c.id as contract_id, cl.leerroute, coalesce(d.gewicht, 1) as gewicht,
                        case t.betaalmodel
                            when 'TRAJECT' then t.bedrag
                            when 'PER_UUR' then t.bedrag * least(coalesce(gp.uren, r.uren),
                                                                 coalesce(t.max_uren_per_plaatsing, gp.uren, r.uren))
                            when 'PER_MAAND' then t.bedrag * r.maanden
                        end * case c.btw_tarief when 'EENENTWINTIG' then 1.21 else 1 end as kosten
                    from contract c
                    join contract_leerroute cl on cl.contract_id = c.id
                    join r on r.leerroute = cl.leerroute
                    join tarief_nu t on t.contract_id = c.id
                    left join gepland gp on gp.contract_id = c.id
                    left join toewijzing_doelaandeel d on d.contract_id = c.id
                    where c.status = 'ACTIEF' and c.einddatum >= ?
                )
                select cg.gemeente_id, tr.leerroute, sum(tr.kosten * tr.gewicht) / sum(tr.gewicht) as kosten
                from traject tr
                join contract_gemeente cg on cg.contract_id = tr.contract_id
                group by 1, 2""", rs -> m.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(Leerroute.class))
                .put(Leerroute.valueOf(rs.getString(2)), rs.getBigDecimal(3)), p.toArray());
        return m;
    }

    /**
     * Per gemeente: the inflow set for the year, or null with the default: its non-zelfbetaler inburgeraars with a
     * PIP in the twelve months up to the reference date. {@code [gesteld or null, default]}.
     */
    Map<Long, Integer[]> instroom(Long gemeenteId, int jaar, LocalDate peildatum) {
        Map<Long, Integer[]> m = new LinkedHashMap<>();
        sql.lijst("""
                select g.id, ri.aantal,
                       (select count(*) from inburgeraar i where i.gemeente_id = g.id and not i.zelfbetaler
                        and i.pip_datum > ? and i.pip_datum <= ?) as standaard
                from gemeente g
                left join rapportage_instroom ri on ri.gemeente_id = g.id and ri.jaar = ?
                %s
                order by g.naam""".formatted(gemeenteId == null ? "" : "where g.id = ?"),
                rs -> m.put(rs.getLong(1), new Integer[] {Sql.geheelOfNull(rs, "aantal"), rs.getInt("standaard")}),
                params(gemeenteId, peildatum.minusYears(1), peildatum, jaar));
        return m;
    }

    /** The route mix set for the year, or null. */
    Routemix routemix(int jaar) {
        return sql.een("select onderwijsroute, b1_route, z_route from rapportage_routemix where jaar = ?",
                rs -> new Routemix(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)), jaar);
    }

    // ---------------------------------------------------------------- settings (reporting's own tables)

    void slaBudgetnormOp(int jaar, BigDecimal bedrag, String door) {
        sql.update("""
                insert into rapportage_budgetnorm (jaar, bedrag, gewijzigd_door, gewijzigd_op) values (?, ?, ?, now())
                on conflict (jaar) do update set bedrag = excluded.bedrag, gewijzigd_door = excluded.gewijzigd_door,
                    gewijzigd_op = excluded.gewijzigd_op""", jaar, bedrag, door);
    }

    void slaRoutemixOp(int jaar, Routemix mix, String door) {
        sql.update("""
                insert into rapportage_routemix (jaar, onderwijsroute, b1_route, z_route, gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, ?, now())
                on conflict (jaar) do update set onderwijsroute = excluded.onderwijsroute,
                    b1_route = excluded.b1_route, z_route = excluded.z_route,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op""",
                jaar, mix.onderwijsroute(), mix.b1Route(), mix.zRoute(), door);
    }

    /** Sets the gemeente's inflow for the year; null returns it to the default. */
    void slaInstroomOp(int jaar, long gemeenteId, Integer aantal, String door) {
        if (aantal == null) {
            sql.update("delete from rapportage_instroom where jaar = ? and gemeente_id = ?", jaar, gemeenteId);
            return;
        }
        sql.update("""
                insert into rapportage_instroom (jaar, gemeente_id, aantal, gewijzigd_door, gewijzigd_op)
                values (?, ?, ?, ?, now())
                on conflict (jaar, gemeente_id) do update set aantal = excluded.aantal,
                    gewijzigd_door = excluded.gewijzigd_door, gewijzigd_op = excluded.gewijzigd_op""",
                jaar, gemeenteId, aantal, door);
    }

    // ---------------------------------------------------------------- helpers

    private List<Object> routeParameters() {
        Map<Leerroute, BigDecimal> uren = settings.trajecturen();
        Map<Leerroute, Integer> maanden = settings.trajectmaanden();
        return List.of(uren.get(Leerroute.ONDERWIJSROUTE), maanden.get(Leerroute.ONDERWIJSROUTE),
                uren.get(Leerroute.B1_ROUTE), maanden.get(Leerroute.B1_ROUTE),
                uren.get(Leerroute.Z_ROUTE), maanden.get(Leerroute.Z_ROUTE));
    }

    /** The fixed parameters, then the gemeente when one is given (its condition comes last in the query). */
    private static Object[] params(Long gemeenteId, Object... vast) {
        if (gemeenteId == null) {
            return vast;
        }
        Object[] p = new Object[vast.length + 1];
        System.arraycopy(vast, 0, p, 0, vast.length);
        p[vast.length] = gemeenteId;
        return p;
    }
}
