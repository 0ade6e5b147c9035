package nl.inburgering.portal.contracts.settlement.internal;

import static nl.inburgering.portal.contracts.attendance.internal.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import nl.inburgering.portal.contracts.attendance.internal.TestDatabase;
import nl.inburgering.portal.contracts.settlement.rules.PresentieFeit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SQL of a settlement run against a real PostgreSQL ({@link TestDatabase}): what it loads, the invoices
 * it writes (lines, shares, zelfbetaler separate), re-runs that recompute the CONCEPT and leave frozen
 * invoices alone, correction lines in the next month, and two simultaneous runs of one month.
 *
 * <p>The contract: PER_UUR at EUR 47.50 an hour, cap 20 hours per placement, 21 % VAT. Placements: {@code a}
 * (gemeente A), {@code b} (gemeente B), {@code z} (gemeente A, zelfbetaler), all started 2 March 2026.
 */
class AfrekeningOpslagDatabaseTest {

    static final YearMonth MAART = YearMonth.of(2026, 3);
    static final YearMonth APRIL = YearMonth.of(2026, 4);
    static TestDatabase db;

    long gemeenteA;
    long gemeenteB;
    long contract;
    long a;
    long b;
    long z;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
    }

    @BeforeEach
    void gegevens() throws SQLException {
        try (Connection c = db.connect()) {
            gemeenteA = db.gemeente(c, "Eemsdelta");
            gemeenteB = db.gemeente(c, "Het Hogeland");
            contract = db.contract(c, db.aanbieder(c, "Taalhuis Noord"));
            exec(c, "update contract set btw_tarief = 'EENENTWINTIG' where id = ?", contract);
            exec(c, "insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag, max_uren_per_plaatsing)"
                    + " values (?, date '2026-01-01', 'PER_UUR', 47.50, 20)", contract);
            LocalDate start = LocalDate.of(2026, 3, 2);
            a = db.plaatsing(c, gemeenteA, contract, start, null);
            b = db.plaatsing(c, gemeenteB, contract, start, null);
            z = db.plaatsing(c, gemeenteA, contract, start, null);
            exec(c, "update plaatsing set zelfbetaler = true where id = ?", z);
            // a: 3 + 3 + 2.5 hours; b: 3 + 2 (1 excused absence, not billable on this contract); z: 4
            presentie(c, a, "2026-03-02", "3", "3", null);
            presentie(c, a, "2026-03-03", "3", "3", null);
            presentie(c, a, "2026-03-04", "3", "2.5", "ZIEK");
            presentie(c, b, "2026-03-02", "3", "3", null);
            presentie(c, b, "2026-03-03", "3", "2", "GEOORLOOFD");
            presentie(c, z, "2026-03-02", "4", "4", null);
            c.commit();
        }
    }

    @Test
    void writesTheGemeentenInvoiceWithSharesAndTheZelfbetalerInvoiceSeparately() throws SQLException {
        Afrekenstap.Telling t = reken(MAART);

        assertEquals(2, t.berekend());
        try (Connection c = db.connect()) {
            // gemeenten: a 8.5 h x 47.50 = 403.75; b 5 h = 237.50; net 641.25, VAT 134.66 (134.6625)
            assertEquals(List.of("GEMEENTEN CONCEPT 641.25 134.66", "ZELFBETALERS CONCEPT 190.00 39.90"),
                    facturen(c, MAART));
            assertEquals(List.of("1 " + a + " 8.5000 403.75", "2 " + b + " 5.0000 237.50"), regels(c, MAART, "GEMEENTEN"));
            // VAT shares by largest remainder: A 403.75 -> 84.7875, B 237.50 -> 49.875; 84.78 + 49.87 = 134.65,
            // the remaining cent goes to the larger remainder (A .0075 over B .005): 84.79 + 49.87 = 134.66
            assertEquals(List.of(gemeenteA + " 403.75 84.79", gemeenteB + " 237.50 49.87"), aandelen(c, MAART));
            assertEquals(1, count(c, "select count(*) from factuurregel r join factuur f on f.id = r.factuur_id"
                    + " where f.soort = 'ZELFBETALERS' and r.plaatsing_id = ? and r.zelfbetaler", z));
        }
    }

    @Test
    void theMonthSumsReadOnceForAllContractsGiveTheSameInvoicesAsPerContract() throws SQLException {
        try (Connection c = db.connect()) {
            // a pause and excused absence (these placements start on 2 March, so March is read per record either
            // way; the next test has placements active the whole month, summed in the database)
            db.pauze(c, b, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3));
            exec(c, "update contract set geoorloofd_verzuim_declarabel = true where id = ?", contract);
            c.commit();
        }
        reken(MAART);
        List<String> perContract;
        List<String> regelsPerContract;
        try (Connection c = db.connect()) {
            perContract = facturen(c, MAART);
            regelsPerContract = regels(c, MAART, "GEMEENTEN");
            exec(c, "delete from factuurregel");
            exec(c, "delete from factuur");
            c.commit();
        }
        try (Connection c = db.connect()) {
            AfrekeningOpslag opslag = new AfrekeningOpslag(c);
            Afrekenstap.rekenAf(opslag, null, contract, MAART, opslag.vooraf(MAART, List.of(contract)));
            c.commit();
        }
        try (Connection c = db.connect()) {
            assertEquals(perContract, facturen(c, MAART));
            assertEquals(regelsPerContract, regels(c, MAART, "GEMEENTEN"));
            // b: 3 March paused, so only 2 March's 3 hours
            assertEquals(List.of("1 " + a + " 8.5000 403.75", "2 " + b + " 3.0000 142.50"), regelsPerContract);
        }
    }

    @Test
    void theMonthSumsServeOnlyPlacementsActiveTheWholeMonthTheOthersAreReadPerRecord() throws SQLException {
        long eindigt;
        long begint;
        try (Connection c = db.connect()) {
            // April: a and b run the whole month (started 2 March): summed in the database, with b's excused
            // absence billable on this contract; 'eindigt' ends on 10 April and 'begint' starts on 15 April, both
            // with a record outside their active days (written around the attendance rules, which refuse it):
            // a sum would bill it, so their records are read one by one and the rules drop those days
            exec(c, "update contract set geoorloofd_verzuim_declarabel = true where id = ?", contract);
            eindigt = db.plaatsing(c, gemeenteB, contract, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 10));
            begint = db.plaatsing(c, gemeenteA, contract, LocalDate.of(2026, 4, 15), null);
            presentie(c, a, "2026-04-01", "3", "3", null);
            presentie(c, a, "2026-04-15", "2", "2", null);
            presentie(c, b, "2026-04-02", "3", "1", "GEOORLOOFD");
            presentie(c, eindigt, "2026-04-02", "3", "3", null);
            presentie(c, eindigt, "2026-04-20", "3", "3", null);
            presentie(c, begint, "2026-04-10", "2", "2", null);
            presentie(c, begint, "2026-04-16", "3", "3", null);
            c.commit();
        }
        Map<Long, PresentieFeit> sommen;
        try (Connection c = db.connect()) {
            AfrekeningOpslag opslag = new AfrekeningOpslag(c);
            AfrekeningOpslag.Vooraf vooraf = opslag.vooraf(APRIL, List.of(contract));
            sommen = vooraf.sommen();
            Afrekenstap.rekenAf(opslag, null, contract, APRIL, vooraf);
            c.commit();
        }
        try (Connection c = db.connect()) {
            // a 5 h x 47.50; b 1 attended + 2 excused = 3 h; eindigt 3 h (not 20 April); begint 3 h (not 10 April)
            assertEquals(List.of("1 " + a + " 5.0000 237.50", "2 " + b + " 3.0000 142.50",
                    "3 " + eindigt + " 3.0000 142.50", "4 " + begint + " 3.0000 142.50"), regels(c, APRIL, "GEMEENTEN"));
        }
        // the sums hold every placement's month (all records), so the test above only passes if laad did not use
        // them for 'eindigt' and 'begint'
        assertEquals(0, new BigDecimal("6").compareTo(sommen.get(eindigt).aanwezig().waarde()));
        assertEquals(0, new BigDecimal("5").compareTo(sommen.get(begint).aanwezig().waarde()));
    }

    @Test
    void aContractWithARatePerComponentWritesALinePerComponent() throws SQLException {
        long perOnderdeel;
        long p;
        try (Connection c = db.connect()) {
            perOnderdeel = db.contract(c, db.aanbieder(c, "Taalschool Oost"));
            exec(c, "insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag, onderdeel) values"
                    + " (?, date '2026-01-01', 'PER_UUR', 62.50, 'TAAL'), (?, date '2026-01-01', 'PER_UUR', 45.10, 'KNM')",
                    perOnderdeel, perOnderdeel);
            p = db.plaatsing(c, gemeenteA, perOnderdeel, LocalDate.of(2026, 3, 2), null);
            presentie(c, p, "2026-03-02", "3", "3", null);
            exec(c, "insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren,"
                    + " gewijzigd_door, gewijzigd_op) values (?, date '2026-03-02', 'KNM', 2, 2, 'test', now()),"
                    + " (?, date '2026-03-03', 'MAP', 1, 1, 'test', now())", p, p);
            c.commit();
        }
        try (Connection c = db.connect()) {
            AfrekeningOpslag opslag = new AfrekeningOpslag(c);
            Afrekenstap.rekenAf(opslag, null, perOnderdeel, MAART, opslag.vooraf(MAART, List.of(perOnderdeel)));
            c.commit();
        }
        try (Connection c = db.connect()) {
            List<String> l = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select r.onderdeel, r.aantal, r.prijs, r.bedrag,"
                    + " r.omschrijving from factuurregel r join factuur f on f.id = r.factuur_id where f.contract_id = ?"
                    + " order by r.volgnummer")) {
                st.setLong(1, perOnderdeel);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        l.add(rs.getString(1) + " " + rs.getBigDecimal(2) + " " + rs.getBigDecimal(3) + " "
                                + rs.getBigDecimal(4) + " " + rs.getString(5));
                    }
                }
            }
            // MAP has no rate on this contract: not billed
            assertEquals(List.of("TAAL 3.0000 62.50 187.50 TAAL: 3 uur x € 62,50",
                    "KNM 2.0000 45.10 90.20 KNM: 2 uur x € 45,10"), l);
        }
    }

    @Test
    void aReRunRecomputesTheConceptAndNeverDuplicates() throws SQLException {
        reken(MAART);
        try (Connection c = db.connect()) {
            presentie(c, a, "2026-03-05", "2", "2", null);
            c.commit();
        }
        reken(MAART);

        try (Connection c = db.connect()) {
            assertEquals(List.of("GEMEENTEN CONCEPT 736.25 154.61", "ZELFBETALERS CONCEPT 190.00 39.90"),
                    facturen(c, MAART));
            assertEquals(3, count(c, "select count(*) from factuurregel r join factuur f on f.id = r.factuur_id"
                    + " where f.contract_id = ?", contract));
        }
    }

    @Test
    void aFrozenInvoiceIsNeverChangedByARerun() throws SQLException {
        reken(MAART);
        try (Connection c = db.connect()) {
            exec(c, "update factuur set status = 'INGEDIEND', factuurnummer = 'F-1', ingediend_op = now()"
                    + " where contract_id = ? and soort = 'GEMEENTEN'", contract);
            presentie(c, a, "2026-03-05", "2", "2", null);
            presentie(c, z, "2026-03-05", "1", "1", null);
            c.commit();
        }
        Afrekenstap.Telling t = reken(MAART);

        assertEquals(1, t.bevroren());
        assertEquals(1, t.berekend());
        try (Connection c = db.connect()) {
            assertEquals(List.of("GEMEENTEN INGEDIEND 641.25 134.66", "ZELFBETALERS CONCEPT 237.50 49.88"),
                    facturen(c, MAART));
        }
    }

    @Test
    void anApprovedCorrectionOfASettledMonthBillsTheDifferenceInTheNextRun() throws SQLException {
        reken(MAART);
        long correctie;
        try (Connection c = db.connect()) {
            exec(c, "update factuur set status = 'INGEDIEND', factuurnummer = 'F-2-' || soort, ingediend_op = now()"
                    + " where contract_id = ?", contract);
            // a's 4 March: 2.5 attended becomes 3 (the provider's correction, approved)
            exec(c, "update presentie set aanwezige_uren = 3, verzuimreden = null where plaatsing_id = ?"
                    + " and datum = date '2026-03-04'", a);
            correctie = count(c, "insert into correctieverzoek (plaatsing_id, contract_id, datum, onderdeel, maand,"
                    + " nieuw_geroosterd, nieuw_aanwezig, reden, status, ingediend_door, ingediend_op, beoordeeld_op,"
                    + " te_verrekenen) values (?, ?, date '2026-03-04', 'TAAL', date '2026-03-01', 3, 3, 'vergeten',"
                    + " 'GOEDGEKEURD', 'x', now(), now(), true) returning id", a, contract);
            presentie(c, b, "2026-04-01", "3", "3", null);
            c.commit();
        }
        reken(APRIL);
        reken(APRIL);

        try (Connection c = db.connect()) {
            // April: b 3 h = 142.50, plus a's correction of March: 8.5 -> 9 h, 403.75 -> 427.50: +23.75
            assertEquals(List.of("GEMEENTEN CONCEPT 166.25 34.91"), facturen(c, APRIL));
            assertEquals(List.of(a + " 2026-03-01 0.5000 23.75 403.75 427.50"), correctieregels(c, contract, APRIL));
            assertEquals(1, count(c, "select count(*) from correctieverzoek where id = ? and not te_verrekenen"
                    + " and verrekend_in = date '2026-04-01'", correctie));
        }
    }

    @Test
    void aRunThatReadAheadStillBillsTheCorrectionOfAPlacementThatEndedBeforeTheMonth() throws SQLException {
        reken(MAART);
        try (Connection c = db.connect()) {
            exec(c, "update factuur set status = 'INGEDIEND', factuurnummer = 'F-3-' || soort, ingediend_op = now()"
                    + " where contract_id = ?", contract);
            // a finished on 31 March, so it is not among the placements the run reads ahead for April
            exec(c, "update plaatsing set status = 'AFGEROND', einddatum = date '2026-03-31' where id = ?", a);
            exec(c, "update presentie set aanwezige_uren = 3, verzuimreden = null where plaatsing_id = ?"
                    + " and datum = date '2026-03-04'", a);
            exec(c, "insert into correctieverzoek (plaatsing_id, contract_id, datum, onderdeel, maand,"
                    + " nieuw_geroosterd, nieuw_aanwezig, reden, status, ingediend_door, ingediend_op, beoordeeld_op,"
                    + " te_verrekenen) values (?, ?, date '2026-03-04', 'TAAL', date '2026-03-01', 3, 3, 'vergeten',"
                    + " 'GOEDGEKEURD', 'x', now(), now(), true)", a, contract);
            presentie(c, b, "2026-04-01", "3", "3", null);
            c.commit();
        }
        try (Connection c = db.connect()) {
            AfrekeningOpslag opslag = new AfrekeningOpslag(c);
            AfrekeningOpslag.Vooraf vooraf = opslag.vooraf(APRIL, List.of(contract));
            Afrekenstap.rekenAf(opslag, null, contract, APRIL, vooraf);
            c.commit();
        }
        try (Connection c = db.connect()) {
            assertEquals(List.of("GEMEENTEN CONCEPT 166.25 34.91"), facturen(c, APRIL));
            assertEquals(List.of(a + " 2026-03-01 0.5000 23.75 403.75 427.50"), correctieregels(c, contract, APRIL));
        }
    }

    private static List<String> correctieregels(Connection c, long contract, YearMonth maand) throws SQLException {
        List<String> correcties = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select r.plaatsing_id, r.periode, r.aantal, r.bedrag,"
                + " r.gefactureerd, r.herberekend from factuurregel r join factuur f on f.id = r.factuur_id"
                + " where f.contract_id = ? and f.maand = ? and r.correctie order by r.volgnummer")) {
            st.setLong(1, contract);
            st.setObject(2, maand.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    correcties.add(rs.getLong(1) + " " + rs.getDate(2) + " " + rs.getBigDecimal(3) + " "
                            + rs.getBigDecimal(4) + " " + rs.getBigDecimal(5) + " " + rs.getBigDecimal(6));
                }
            }
        }
        return correcties;
    }

    @Test
    void theCapCountsTheHoursBilledInEarlierMonths() throws SQLException {
        try (Connection c = db.connect()) {
            for (int dag = 6; dag <= 13; dag++) {
                presentie(c, a, "2026-03-%02d".formatted(dag), "2", "2", null);
            }
            // March: 8.5 + 16 = 24.5 h, capped at 20
            presentie(c, a, "2026-04-01", "3", "3", null);
            c.commit();
        }
        reken(MAART);
        reken(APRIL);

        try (Connection c = db.connect()) {
            assertEquals(List.of("1 " + a + " 20.0000 950.00", "2 " + b + " 5.0000 237.50"), regels(c, MAART, "GEMEENTEN"));
            assertEquals(0, count(c, "select count(*) from factuurregel where plaatsing_id = ?"
                    + " and periode = date '2026-04-01'", a));
        }
    }

    @Test
    void twoSimultaneousRunsOfOneMonthWriteOneInvoicePerKind() throws Exception {
        CyclicBarrier samen = new CyclicBarrier(2);
        List<CompletableFuture<Afrekenstap.Telling>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try (Connection c = db.connect()) {
                    samen.await(10, TimeUnit.SECONDS);
                    Afrekenstap.Telling t = Afrekenstap.rekenAf(new AfrekeningOpslag(c), null, contract, MAART);
                    c.commit();
                    return t;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Afrekenstap.Telling> r : runs) {
            assertEquals(2, r.get(60, TimeUnit.SECONDS).berekend());
        }
        try (Connection c = db.connect()) {
            assertEquals(List.of("GEMEENTEN CONCEPT 641.25 134.66", "ZELFBETALERS CONCEPT 190.00 39.90"),
                    facturen(c, MAART));
            assertEquals(3, count(c, "select count(*) from factuurregel r join factuur f on f.id = r.factuur_id"
                    + " where f.contract_id = ?", contract));
        }
    }

    @Test
    void aContractWithoutBillableWorkGetsNoInvoiceAndAnEmptiedConceptIsRemoved() throws SQLException {
        reken(MAART);
        try (Connection c = db.connect()) {
            exec(c, "delete from presentie where plaatsing_id = ?", z);
            c.commit();
        }
        reken(MAART);
        try (Connection c = db.connect()) {
            assertEquals(List.of("GEMEENTEN CONCEPT 641.25 134.66"), facturen(c, MAART));
            assertNull(nullOf(c));
        }
    }

    /** factuurregel has no foreign keys (see the migration): whatever a test did, no line is left dangling. */
    @AfterEach
    void geenLosseRegels() throws SQLException {
        try (Connection c = db.connect()) {
            assertEquals(0, count(c, "select count(*) from factuurregel r where not exists (select 1 from factuur f"
                    + " where f.id = r.factuur_id) or not exists (select 1 from plaatsing p where p.id = r.plaatsing_id"
                    + " and p.gemeente_id = r.gemeente_id)"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private Afrekenstap.Telling reken(YearMonth maand) throws SQLException {
        try (Connection c = db.connect()) {
            Afrekenstap.Telling t = Afrekenstap.rekenAf(new AfrekeningOpslag(c), null, contract, maand);
            c.commit();
            return t;
        }
    }

    private Object nullOf(Connection c) throws SQLException {
        return count(c, "select count(*) from factuur where contract_id = ? and soort = 'ZELFBETALERS'", contract) == 0
                ? null : "zelfbetaler invoice still there";
    }

    private List<String> facturen(Connection c, YearMonth maand) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select soort, status, netto, btw from factuur"
                + " where contract_id = ? and maand = ? order by soort")) {
            st.setLong(1, contract);
            st.setObject(2, maand.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getBigDecimal(3) + " " + rs.getBigDecimal(4));
                }
            }
        }
        return l;
    }

    private List<String> regels(Connection c, YearMonth maand, String soort) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select r.volgnummer, r.plaatsing_id, r.aantal, r.bedrag"
                + " from factuurregel r join factuur f on f.id = r.factuur_id where f.contract_id = ? and f.maand = ?"
                + " and f.soort = ? order by r.volgnummer")) {
            st.setLong(1, contract);
            st.setObject(2, maand.atDay(1));
            st.setString(3, soort);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getInt(1) + " " + rs.getLong(2) + " " + rs.getBigDecimal(3) + " " + rs.getBigDecimal(4));
                }
            }
        }
        return l;
    }

    private List<String> aandelen(Connection c, YearMonth maand) throws SQLException {
        List<String> l = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select a.gemeente_id, a.netto, a.btw from factuur_aandeel a"
                + " join factuur f on f.id = a.factuur_id where f.contract_id = ? and f.maand = ? order by a.gemeente_id")) {
            st.setLong(1, contract);
            st.setObject(2, maand.atDay(1));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    l.add(rs.getLong(1) + " " + rs.getBigDecimal(2) + " " + rs.getBigDecimal(3));
                }
            }
        }
        return l;
    }

    private static void presentie(Connection c, long plaatsing, String datum, String geroosterd, String aanwezig,
            String reden) throws SQLException {
        exec(c, "insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren, verzuimreden,"
                + " gewijzigd_door, gewijzigd_op) values (?, ?, 'TAAL', ?, ?, ?, 'test', now())", plaatsing,
                LocalDate.parse(datum), new BigDecimal(geroosterd), new BigDecimal(aanwezig), reden);
    }

    private static void exec(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i]);
            }
            st.executeUpdate();
        }
    }
}
