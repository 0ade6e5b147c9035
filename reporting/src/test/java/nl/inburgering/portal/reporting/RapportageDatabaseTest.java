package nl.inburgering.portal.reporting;

import static nl.inburgering.portal.reporting.Testdatabase.sql;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report SQL against a real PostgreSQL with every module's migrations, on a small region whose figures are
 * worked out by hand below: two gemeenten (A, B) and a third without data, a language provider with a PER_UUR B1
 * contract (rate 50.00 in 2025, 60.00 from 2026, 21 % VAT) and a PER_MAAND Z contract (800.00, 21 %), an education
 * institution with a TRAJECT contract (10,000.00 in milestones 40/40/20, no VAT) ending in 77 days; invoices approved,
 * paid, submitted, a rejected line, a correction line, a zelfbetaler invoice; attendance, exams and signals of both
 * gemeenten. Reference date 2026-06-15, year 2026.
 */
class RapportageDatabaseTest {

    static final LocalDate PEIL = LocalDate.of(2026, 6, 15);
    static final Actor CB = new Actor("cb", Role.CONTRACTBEHEERDER, null, null);

    static Testdatabase db;
    static Connection c;
    static RapportageService service;
    static long a;
    static long b;
    static long leeg;
    static long taal;
    static long c1;
    static long c2;
    static long c3;
    static long f5;

    @BeforeAll
    static void regio() throws SQLException {
        db = Testdatabase.fresh();
        c = db.connect();
        service = RapportageService.opVerbinding(c, RapportageSettings.standaard());
        a = sql(c, "insert into gemeente (cbs_code, naam) values ('1979', 'Eemsdelta') returning id");
        b = sql(c, "insert into gemeente (cbs_code, naam) values ('1966', 'Het Hogeland') returning id");
        leeg = sql(c, "insert into gemeente (cbs_code, naam, is_lead) values ('0014', 'Groningen', true) returning id");
        taal = sql(c, "insert into aanbieder (naam, kvk_nummer, soort, iban) values ('Taalhuis', '68750110',"
                + " 'TAALAANBIEDER', 'NL20INGB0001234567') returning id");
        long school = sql(c, "insert into aanbieder (naam, kvk_nummer, soort, brin_code, web_erkend, web_erkend_sinds,"
                + " iban) values ('Noorderlicht', '41009876', 'ONDERWIJSINSTELLING', '30NL', true, date '2012-08-01',"
                + " 'NL02ABNA0123456789') returning id");
        sql(c, "insert into aanbieder_keurmerk (aanbieder_id, status, vanaf, geldig_tot) values (?, 'GELDIG',"
                + " date '2024-01-01', date '2026-07-31')", taal);

        c1 = contract("AB-2026-B1-01", taal, "AANBESTEDING", "AB-2026-01", "Perceel 1: B1-route", "2027-12-31", 10,
                "EENENTWINTIG", "B1_ROUTE", a, b);
        tarief(c1, "2025-01-01", "PER_UUR", "50.00");
        tarief(c1, "2026-01-01", "PER_UUR", "60.00");
        c2 = contract("OH-2026-001", school, "OPEN_HOUSE", "Open House Onderwijsroute", null, "2026-08-31", null,
                "NUL", "ONDERWIJSROUTE", a, b);
        long t2 = tarief(c2, "2026-01-01", "TRAJECT", "10000.00");
        sql(c, "insert into tarief_mijlpaal (tarief_id, mijlpaal, percentage) values (?, 'START', 40),"
                + " (?, 'HALVERWEGE', 40), (?, 'AFRONDING', 20)", t2, t2, t2);
        c3 = contract("AB-2026-Z-01", taal, "AANBESTEDING", "AB-2026-01", "Perceel 2: Z-route", "2027-12-31", 5,
                "EENENTWINTIG", "Z_ROUTE", a);
        tarief(c3, "2026-01-01", "PER_MAAND", "800.00");

        long i1 = inburgeraar(a, "A1", "ASIELMIGRANT", "B1_ROUTE", "2026-02-01", false);
        long i2 = inburgeraar(a, "A2", "ASIELMIGRANT", "ONDERWIJSROUTE", "2026-01-15", false);
        long i3 = inburgeraar(a, "A3", "ASIELMIGRANT", "Z_ROUTE", "2025-11-01", false);
        long i4 = inburgeraar(a, "A4", "GEZINSMIGRANT", "B1_ROUTE", "2026-03-01", true);
        inburgeraar(a, "A5", "ASIELMIGRANT", "B1_ROUTE", "2026-04-01", false);
        long j1 = inburgeraar(b, "B1", "ASIELMIGRANT", "B1_ROUTE", "2026-01-10", false);

        long p1 = plaatsing(i1, a, c1, "B1_ROUTE", "2026-03-01", "400", false);
        long p2 = plaatsing(i2, a, c2, "ONDERWIJSROUTE", "2026-02-01", null, false);
        long p3 = plaatsing(i3, a, c3, "Z_ROUTE", "2026-01-05", null, false);
        long p4 = plaatsing(i4, a, c1, "B1_ROUTE", "2026-03-01", "300", true);
        long q1 = plaatsing(j1, b, c1, "B1_ROUTE", "2026-02-01", "500", false);

        // F1: B1 March, approved; one line of B rejected
        long f1 = factuur(c1, taal, "2026-03-01", "GEMEENTEN", "GOEDGEKEURD", "3300.00", "693.00", "3000.00", "630.00");
        regel(f1, 1, p1, a, false, "2026-03-01", "PER_UUR", null, "20", "60.00", "1200.00", "GOEDGEKEURD");
        regel(f1, 2, q1, b, false, "2026-03-01", "PER_UUR", null, "30", "60.00", "1800.00", "GOEDGEKEURD");
        regel(f1, 3, q1, b, false, "2026-03-01", "PER_UUR", null, "5", "60.00", "300.00", "AFGEKEURD");
        aandeel(f1, a, "1200.00", "252.00");
        aandeel(f1, b, "1800.00", "378.00");
        // F2: the zelfbetaler's invoice of March, approved: never a gemeente's share
        long f2 = factuur(c1, taal, "2026-03-01", "ZELFBETALERS", "GOEDGEKEURD", "600.00", "126.00", "600.00", "126.00");
        regel(f2, 1, p4, a, true, "2026-03-01", "PER_UUR", null, "10", "60.00", "600.00", "GOEDGEKEURD");
        // F3: the START milestone in February, paid
        long f3 = factuur(c2, school, "2026-02-01", "GEMEENTEN", "BETAALD", "4000.00", "0.00", "4000.00", "0.00");
        regel(f3, 1, p2, a, false, "2026-02-01", "TRAJECT", "START", "1", "4000.00", "4000.00", "GOEDGEKEURD");
        aandeel(f3, a, "4000.00", "0.00");
        // F4: Z per month, January (27 of 31 days), approved
        long f4 = factuur(c3, taal, "2026-01-01", "GEMEENTEN", "GOEDGEKEURD", "696.77", "146.32", "696.77", "146.32");
        regel(f4, 1, p3, a, false, "2026-01-01", "PER_MAAND", null, "0.8710", "800.00", "696.77", "GOEDGEKEURD");
        aandeel(f4, a, "696.77", "146.32");
        // F5: Z per month, February, submitted and awaiting approval
        f5 = factuur(c3, taal, "2026-02-01", "GEMEENTEN", "INGEDIEND", "800.00", "168.00", null, null);
        regel(f5, 1, p3, a, false, "2026-02-01", "PER_MAAND", null, "1", "800.00", "800.00", "OPEN");
        aandeel(f5, a, "800.00", "168.00");
        // F6: B1 April with a correction line for March (+2 hours), approved
        long f6 = factuur(c1, taal, "2026-04-01", "GEMEENTEN", "GOEDGEKEURD", "2820.00", "592.20", "2820.00", "592.20");
        sql(c, "insert into factuurregel (factuur_id, volgnummer, plaatsing_id, gemeente_id, zelfbetaler, periode,"
                + " correctie, betaalmodel, tarief_geldig_vanaf, aantal, prijs, bedrag, omschrijving,"
                + " aantal_gefactureerd, gefactureerd, aantal_herberekend, herberekend, beoordeling) values (?, 1, ?, ?,"
                + " false, date '2026-03-01', true, 'PER_UUR', date '2026-01-01', 2, 60.00, 120.00, 'correctie maart',"
                + " 20, 1200.00, 22, 1320.00, 'GOEDGEKEURD')", f6, p1, a);
        regel(f6, 2, p1, a, false, "2026-04-01", "PER_UUR", null, "25", "60.00", "1500.00", "GOEDGEKEURD");
        regel(f6, 3, q1, b, false, "2026-04-01", "PER_UUR", null, "20", "60.00", "1200.00", "GOEDGEKEURD");
        aandeel(f6, a, "1620.00", "340.20");
        aandeel(f6, b, "1200.00", "252.00");

        presentie(p1, "2026-03-02", "TAAL", "3", "3", null);
        presentie(p1, "2026-03-03", "TAAL", "3", "1", "ONGEOORLOOFD");
        presentie(p1, "2026-03-04", "KNM", "2", "0", "ZIEK");
        presentie(p1, "2025-12-01", "TAAL", "3", "3", null);
        presentie(q1, "2026-03-02", "TAAL", "3", "3", null);

        resultaat(p1, "LEZEN", "B1", "GEHAALD", "2026-05-01");
        resultaat(p1, "SPREKEN", "B1", "NIET_GEHAALD", "2026-05-02");
        resultaat(p2, "KNM", null, "GEHAALD", "2026-05-03");
        resultaat(p1, "LUISTEREN", "B1", "GEHAALD", "2025-12-20");
        resultaat(q1, "LEZEN", "B1", "NIET_GEHAALD", "2026-05-01");

        signaal(p1, i1, a, c1, "AANWEZIGHEID_ONDER_80", "OPEN");
        signaal(q1, j1, b, c1, "AANWEZIGHEID_ONDER_80", "OPEN");

        long tender = sql(c, "insert into aanbesteding (referentie, titel, status, sluitingstijd, prijs_weging,"
                + " looptijd_maanden, betaalmodel, btw_tarief, gepubliceerd_op) values ('AB-2026-02', 'Taal Z-route',"
                + " 'GUNNINGSVOORNEMEN_VERZONDEN', now(), 40, 24, 'PER_UUR', 'NUL', now()) returning id");
        sql(c, "insert into gunningsvoornemen (aanbesteding_id, status, verzonden_op, verzenddatum, standstill_dagen,"
                + " standstill_einde, verzonden_door) values (?, 'VERZONDEN', now(), date '2026-06-05', 20,"
                + " date '2026-06-25', 'cb')", tender);
    }

    @AfterAll
    static void sluit() throws SQLException {
        c.close();
    }

    // ---------------------------------------------------------------- the gemeente's dashboard

    @Test
    void costsPerMonthAreTheGemeentesApprovedSharesByInvoiceMonthWithTheRoutesFromItsLines() {
        GemeenteDashboard d = dashboard(a);
        assertEquals(12, d.kosten().size());
        assertMaand(d.kosten().get(0), "0.00", "0.00", "696.77", "696.77", "146.32", "843.09");
        assertMaand(d.kosten().get(1), "4000.00", "0.00", "0.00", "4000.00", "0.00", "4000.00");
        assertMaand(d.kosten().get(2), "0.00", "1200.00", "0.00", "1200.00", "252.00", "1452.00");
        // April: the correction line for March counts in April, the month it was invoiced
        assertMaand(d.kosten().get(3), "0.00", "1620.00", "0.00", "1620.00", "340.20", "1960.20");
        assertMaand(d.kosten().get(4), "0.00", "0.00", "0.00", "0.00", "0.00", "0.00");
        for (GemeenteDashboard.MaandKosten m : d.kosten()) {
            assertEquals(m.netto(), m.onderwijsroute().add(m.b1Route()).add(m.zRoute()), "routes add up: " + m);
        }
        assertEquals(List.of(
                new GemeenteDashboard.AanbiederKosten(taal, "Taalhuis", bd("3516.77"), bd("738.52"), bd("4255.29")),
                new GemeenteDashboard.AanbiederKosten(d.kostenPerAanbieder().get(1).aanbiederId(), "Noorderlicht",
                        bd("4000.00"), bd("0.00"), bd("4000.00"))),
                d.kostenPerAanbieder());
    }

    @Test
    void budgetIsTheNormTimesTheAsielmigrantenOfThePipYearAgainstSpentAndCommitted() {
        Budget budget = dashboard(a).budget();
        assertEquals(3, budget.asielmigranten());
        assertEquals(bd("10000.00"), budget.norm());
        assertEquals(bd("30000.00"), budget.budget());
        assertEquals(bd("8255.29"), budget.uitgegeven());
        // p1: (400 planned - 47 approved hours) x 60.00 x 1.21 = 25,627.80
        // p2: the 60 % of milestones not yet approved x 10,000.00 = 6,000.00
        // p3: February (submitted, not approved) to December 2027 (contract end) = 23 months x 800.00 x 1.21
        //     = 22,264.00; the zelfbetaler's placement p4 never counts
        assertEquals(bd("53891.80"), budget.verplicht());
        assertEquals(bd("-32147.09"), budget.ruimte());
        // B: (500 - 30 - 20; the rejected 5 hours are not spent) x 60.00 x 1.21
        assertEquals(bd("32670.00"), dashboard(b).budget().verplicht());
    }

    @Test
    void aNormSetForTheYearReplacesTheDefault() throws SQLException {
        sql(c, "insert into rapportage_budgetnorm (jaar, bedrag, gewijzigd_door, gewijzigd_op) values (2025, 9500,"
                + " 'cb', now())");
        assertEquals(bd("9500.00"), service.gemeenteDashboard(CB, a, 2025, PEIL).budget().norm());
        assertEquals(bd("9500.00"), service.gemeenteDashboard(CB, a, 2025, PEIL).budget().budget());
        assertEquals(bd("10000.00"), dashboard(a).budget().norm());
    }

    @Test
    void inburgeraarsPerRouteByTheStatusOfTheirLatestPlacement() {
        List<GemeenteDashboard.Inburgeraars> rows = dashboard(a).inburgeraars();
        int geen = GemeenteDashboard.STATUSSEN.indexOf(GemeenteDashboard.GEEN_PLAATSING);
        int gestart = GemeenteDashboard.STATUSSEN.indexOf("GESTART");
        GemeenteDashboard.Inburgeraars b1 = rows.stream().filter(r -> r.leerroute() == Leerroute.B1_ROUTE)
                .findFirst().orElseThrow();
        assertEquals(1, b1.perStatus().get(geen));
        assertEquals(2, b1.perStatus().get(gestart));
        assertEquals(3, b1.totaal());
        assertEquals(5, rows.stream().mapToLong(GemeenteDashboard.Inburgeraars::totaal).sum());
    }

    @Test
    void attendanceExamsAndSignalsAreOnlyTheGemeentesOwnOfTheYear() {
        GemeenteDashboard d = dashboard(a);
        assertEquals(List.of(new GemeenteDashboard.Aanwezigheid(LocalDate.of(2026, 3, 1), bd("8.00"), bd("4.00"),
                bd("0"), bd("2.00"), bd("2.00"), bd("50.0"))), d.aanwezigheid());
        assertEquals(List.of(
                new GemeenteDashboard.Examen("LEZEN", "B1", 1, 1, bd("100.0")),
                new GemeenteDashboard.Examen("SPREKEN", "B1", 1, 0, bd("0.0")),
                new GemeenteDashboard.Examen("KNM", null, 1, 1, bd("100.0"))), d.examens());
        assertEquals(List.of(new GemeenteDashboard.Signalen("AANWEZIGHEID_ONDER_80", "Taalhuis", 1, 1)),
                d.signalen());
    }

    @Test
    void aGemeenteSeesOnlyItsOwnDashboardAndProvidersNone() {
        Actor eemsdelta = new Actor("e", Role.GEMEENTE, a, null);
        assertEquals(a, service.gemeenteDashboard(eemsdelta, a, 2026, PEIL).gemeenteId());
        assertThrows(NotFoundException.class, () -> service.gemeenteDashboard(eemsdelta, b, 2026, PEIL));
        assertThrows(NotAllowedException.class, () -> service.gemeenteDashboard(
                new Actor("t", Role.AANBIEDER, null, taal), a, 2026, PEIL));
        assertThrows(NotAllowedException.class, () -> service.regioOverzicht(eemsdelta, 2026, PEIL));
        assertThrows(NotFoundException.class, () -> service.gemeenteDashboard(CB, 999_999, 2026, PEIL));
    }

    // ---------------------------------------------------------------- the region overview

    @Test
    void theGemeentenSharesPerMonthSumExactlyToTheApprovedInvoices() {
        RegioOverzicht o = service.regioOverzicht(CB, 2026, PEIL);
        assertEquals(List.of("Eemsdelta", "Groningen", "Het Hogeland"),
                o.gemeenten().stream().map(RegioOverzicht.Maandreeks::naam).toList());
        assertEquals(maanden("843.09", "4000.00", "1452.00", "1960.20"), o.gemeenten().get(0).bedragen());
        assertEquals(maanden(), o.gemeenten().get(1).bedragen());
        assertEquals(maanden("0.00", "0.00", "2178.00", "1452.00"), o.gemeenten().get(2).bedragen());
        assertEquals(maanden("843.09", "4000.00", "3630.00", "3412.20"), o.totaalGemeenten().bedragen());
        assertEquals(o.totaalGemeenten().bedragen(), o.goedgekeurdGemeenten().bedragen());
        assertEquals(bd("11885.29"), o.goedgekeurdGemeenten().totaal());
        assertEquals(maanden("0.00", "0.00", "726.00"), o.goedgekeurdZelfbetalers().bedragen());
        assertEquals(List.of(bd("8255.29"), bd("0.00"), bd("3630.00")),
                o.budgetten().stream().map(Budget::uitgegeven).toList());
        assertEquals(List.of(bd("53891.80"), bd("0.00"), bd("32670.00")),
                o.budgetten().stream().map(Budget::verplicht).toList());
    }

    @Test
    void capacitySignalsAndInvoicesAwaitingApproval() {
        RegioOverzicht o = service.regioOverzicht(CB, 2026, PEIL);
        assertEquals(List.of("AB-2026-B1-01 3/10 30.0", "AB-2026-Z-01 1/5 20.0", "OH-2026-001 1/null null"),
                o.contracten().stream().map(r -> r.contractNummer() + " " + r.lopend() + "/" + r.capaciteit() + " "
                        + r.percentage()).sorted().toList());
        assertEquals(List.of("AB-2026-01 – Perceel 1: B1-route 1 3/10", "AB-2026-01 – Perceel 2: Z-route 1 1/5",
                "Open House Onderwijsroute 1 1/null"), o.percelen().stream()
                .map(r -> r.perceel() + " " + r.contracten() + " " + r.lopend() + "/" + r.capaciteit()).toList());
        assertEquals(List.of(new RegioOverzicht.Keurmerk(taal, "Taalhuis", "GELDIG", LocalDate.of(2024, 1, 1),
                LocalDate.of(2026, 7, 31), 46L, 4)), o.keurmerken());
        assertEquals(1, o.eindigendeContracten().size());
        assertEquals(c2, o.eindigendeContracten().get(0).contractId());
        assertEquals(77, o.eindigendeContracten().get(0).dagenResterend());
        assertEquals(1, o.standstills().size());
        assertEquals(10, o.standstills().get(0).dagenResterend());
        assertEquals(1, o.teBeoordelen().size());
        assertEquals(f5, o.teBeoordelen().get(0).factuurId());
    }

    // ---------------------------------------------------------------- the forecast

    @Test
    void forecastFromTheDefaultInflowAndMixAtTheCurrentTariffs() {
        Prognose p = service.prognose(CB, 2027, PEIL);
        assertTrue(p.mixStandaard());
        Prognose.Regel eemsdelta = regel(p, a);
        // 4 non-zelfbetalers with a PIP in the last twelve months
        assertEquals(4, eemsdelta.instroom());
        assertTrue(eemsdelta.instroomStandaard());
        assertEquals(bd("10000.00"), eemsdelta.trajectOnderwijsroute());
        // 60.00 x 400 (the mean planned hours on the contract) x 1.21
        assertEquals(bd("29040.00"), eemsdelta.trajectB1Route());
        // 800.00 x 24 months x 1.21
        assertEquals(bd("23232.00"), eemsdelta.trajectZRoute());
        assertEquals(bd("96281.60"), eemsdelta.totaal());
        Prognose.Regel hogeland = regel(p, b);
        assertNull(hogeland.trajectZRoute());
        assertEquals(bd("19424.00"), hogeland.totaal());
        assertEquals(bd("115705.60"), p.totaal());
        Prognose eigen = service.prognose(new Actor("h", Role.GEMEENTE, b, null), 2027, PEIL);
        assertEquals(List.of(b), eigen.regels().stream().map(Prognose.Regel::gemeenteId).toList());
    }

    @Test
    void forecastWithInflowAndMixSetForTheYear() throws SQLException {
        sql(c, "insert into rapportage_routemix (jaar, onderwijsroute, b1_route, z_route, gewijzigd_door, gewijzigd_op)"
                + " values (2028, 10, 70, 20, 'cb', now())");
        sql(c, "insert into rapportage_instroom (jaar, gemeente_id, aantal, gewijzigd_door, gewijzigd_op)"
                + " values (2028, ?, 10, 'cb', now())", b);
        Prognose p = service.prognose(CB, 2028, PEIL);
        Prognose.Regel hogeland = regel(p, b);
        assertEquals(10, hogeland.instroom());
        // 10 x 10 % x 10,000 + 10 x 70 % x 29,040
        assertEquals(bd("213280.00"), hogeland.totaal());
        assertEquals(4, regel(p, a).instroom());
    }

    // ---------------------------------------------------------------- helpers

    private static GemeenteDashboard dashboard(long gemeente) {
        return service.gemeenteDashboard(CB, gemeente, 2026, PEIL);
    }

    private static Prognose.Regel regel(Prognose p, long gemeente) {
        return p.regels().stream().filter(r -> r.gemeenteId() == gemeente).findFirst().orElseThrow();
    }

    private static void assertMaand(GemeenteDashboard.MaandKosten m, String o, String b1, String z, String netto,
            String btw, String totaal) {
        assertEquals(List.of(bd(o), bd(b1), bd(z), bd(netto), bd(btw), bd(totaal)),
                List.of(m.onderwijsroute(), m.b1Route(), m.zRoute(), m.netto(), m.btw(), m.totaal()), m.maand() + "");
    }

    private static List<BigDecimal> maanden(String... eerste) {
        BigDecimal[] m = new BigDecimal[12];
        for (int i = 0; i < 12; i++) {
            m[i] = i < eerste.length ? bd(eerste[i]) : bd("0.00");
        }
        return List.of(m);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    private static long contract(String nummer, long aanbieder, String herkomst, String referentie, String perceel,
            String eind, Integer capaciteit, String btw, String route, long... gemeenten) throws SQLException {
        long id = sql(c, "insert into contract (contract_nummer, aanbieder_id, herkomst, herkomst_referentie, perceel,"
                + " startdatum, einddatum, capaciteit, btw_tarief, status) values (?, ?, ?, ?, ?, date '2025-01-01', ?,"
                + " ?, ?, 'ACTIEF') returning id", nummer, aanbieder, herkomst, referentie, perceel,
                LocalDate.parse(eind), capaciteit, btw);
        sql(c, "insert into contract_leerroute (contract_id, leerroute) values (?, ?)", id, route);
        for (long g : gemeenten) {
            sql(c, "insert into contract_gemeente (contract_id, gemeente_id) values (?, ?)", id, g);
        }
        return id;
    }

    private static long tarief(long contract, String vanaf, String model, String bedrag) throws SQLException {
        return sql(c, "insert into tarief (contract_id, geldig_vanaf, betaalmodel, bedrag) values (?, ?, ?, ?)"
                + " returning id", contract, LocalDate.parse(vanaf), model, bd(bedrag));
    }

    private static long inburgeraar(long gemeente, String ref, String doelgroep, String route, String pip,
            boolean zelfbetaler) throws SQLException {
        return sql(c, "insert into inburgeraar (gemeente_id, klant_referentie, voorletters, achternaam, doelgroep,"
                + " leerroute, pip_datum, zelfbetaler) values (?, ?, 'X.', 'Test', ?, ?, ?, ?) returning id",
                gemeente, ref, doelgroep, route, LocalDate.parse(pip), zelfbetaler);
    }

    private static long plaatsing(long inburgeraar, long gemeente, long contract, String route, String start,
            String uren, boolean zelfbetaler) throws SQLException {
        return sql(c, "insert into plaatsing (inburgeraar_id, gemeente_id, zelfbetaler, contract_id, leerroute, status,"
                + " aangemeld_op, geplande_start, geplande_uren, werkelijke_start) values (?, ?, ?, ?, ?, 'GESTART',"
                + " date '2025-12-01', ?, ?, ?) returning id", inburgeraar, gemeente, zelfbetaler, contract, route,
                LocalDate.parse(start), uren == null ? null : bd(uren), LocalDate.parse(start));
    }

    private static long factuur(long contract, long aanbieder, String maand, String soort, String status,
            String netto, String btw, String goedNetto, String goedBtw) throws SQLException {
        boolean ingediend = !status.equals("CONCEPT");
        boolean beoordeeld = List.of("GOEDGEKEURD", "AFGEKEURD", "BETAALD").contains(status);
        return sql(c, "insert into factuur (contract_id, aanbieder_id, maand, soort, status, btw_tarief, netto, btw,"
                + " goedgekeurd_netto, goedgekeurd_btw, factuurnummer, berekend_op, ingediend_door, ingediend_op,"
                + " beoordeeld_door, beoordeeld_op, betaald_op) values (?, ?, ?, ?, ?, 'EENENTWINTIG', ?, ?, ?, ?, ?,"
                + " now(), ?, case when ? then timestamptz '2026-06-01 10:00+02' end, ?, case when ? then now() end,"
                + " ?) returning id", contract, aanbieder, LocalDate.parse(maand), soort, status, bd(netto), bd(btw),
                goedNetto == null ? null : bd(goedNetto), goedBtw == null ? null : bd(goedBtw),
                ingediend ? "F-" + contract + "-" + maand + "-" + soort : null, ingediend ? "aanbieder" : null,
                ingediend, beoordeeld ? "cb" : null, beoordeeld,
                status.equals("BETAALD") ? LocalDate.of(2026, 3, 15) : null);
    }

    private static void regel(long factuur, int volgnummer, long plaatsing, long gemeente, boolean zelfbetaler,
            String periode, String model, String mijlpaal, String aantal, String prijs, String bedrag,
            String beoordeling) throws SQLException {
        sql(c, "insert into factuurregel (factuur_id, volgnummer, plaatsing_id, gemeente_id, zelfbetaler, periode,"
                + " correctie, betaalmodel, tarief_geldig_vanaf, mijlpaal, aantal, prijs, bedrag, omschrijving,"
                + " beoordeling, afkeurcode) values (?, ?, ?, ?, ?, ?, false, ?, date '2026-01-01', ?, ?, ?, ?, 'regel',"
                + " ?, ?)", factuur, volgnummer, plaatsing, gemeente, zelfbetaler, LocalDate.parse(periode), model,
                mijlpaal, bd(aantal), bd(prijs), bd(bedrag), beoordeling,
                beoordeling.equals("AFGEKEURD") ? "NIET_GELEVERD" : null);
    }

    private static void aandeel(long factuur, long gemeente, String netto, String btw) throws SQLException {
        sql(c, "insert into factuur_aandeel (factuur_id, gemeente_id, netto, btw) values (?, ?, ?, ?)", factuur,
                gemeente, bd(netto), bd(btw));
    }

    private static void presentie(long plaatsing, String datum, String onderdeel, String gepland, String aanwezig,
            String reden) throws SQLException {
        sql(c, "insert into presentie (plaatsing_id, datum, onderdeel, geroosterde_uren, aanwezige_uren, verzuimreden,"
                + " gewijzigd_door, gewijzigd_op) values (?, ?, ?, ?, ?, ?, 'aanbieder', now())", plaatsing,
                LocalDate.parse(datum), onderdeel, bd(gepland), bd(aanwezig), reden);
    }

    private static void resultaat(long plaatsing, String soort, String niveau, String uitslag, String datum)
            throws SQLException {
        sql(c, "insert into resultaat (plaatsing_id, soort, niveau, uitslag, datum, vastgelegd_door, vastgelegd_op)"
                + " values (?, ?, ?, ?, ?, 'aanbieder', now())", plaatsing, soort, niveau, uitslag,
                LocalDate.parse(datum));
    }

    private static void signaal(long plaatsing, long inburgeraar, long gemeente, long contract, String soort,
            String status) throws SQLException {
        sql(c, "insert into signaal (plaatsing_id, inburgeraar_id, gemeente_id, contract_id, soort, periode_van,"
                + " periode_tot, geroosterde_uren, aanwezige_uren, ongeoorloofde_uren, status, aangemaakt_op)"
                + " values (?, ?, ?, ?, ?, date '2026-05-04', date '2026-05-31', 40, 20, 0, ?, now())", plaatsing,
                inburgeraar, gemeente, contract, soort, status);
    }
}
