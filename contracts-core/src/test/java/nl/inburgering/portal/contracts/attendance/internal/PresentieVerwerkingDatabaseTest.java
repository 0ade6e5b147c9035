package nl.inburgering.portal.contracts.attendance.internal;

import static nl.inburgering.portal.contracts.attendance.internal.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.inburgering.portal.contracts.attendance.IdempotentieConflictException;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.Verwerkingsstatus;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk attendance path against a real PostgreSQL (see {@link TestDatabase}): per-record answers, replace
 * semantics, idempotent retries (also concurrent), settled months and their lock, all-or-nothing.
 * Each test makes its own provider, contract and placements.
 */
class PresentieVerwerkingDatabaseTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 31);
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final String GEBRUIKER = "planner.taalhuis";

    static TestDatabase db;

    long gemeente;
    long aanbieder;
    long contract;
    long plaatsing;
    long anderePlaatsing;

    @BeforeAll
    static void database() {
        db = TestDatabase.fresh();
    }

    @BeforeEach
    void gegevens() throws SQLException {
        try (Connection c = db.connect()) {
            gemeente = db.gemeente(c, "Eemsdelta");
            aanbieder = db.aanbieder(c, "Taalhuis Noord");
            contract = db.contract(c, aanbieder);
            plaatsing = db.plaatsing(c, gemeente, contract, START, null);
            long ander = db.aanbieder(c, "Taalschool Zuid");
            anderePlaatsing = db.plaatsing(c, gemeente, db.contract(c, ander), START, null);
            c.commit();
        }
    }

    @Test
    void answersEveryRecordAndStoresTheAcceptedOnesEvenWhenOthersAreRefused() throws SQLException {
        long nooitGestart;
        try (Connection c = db.connect()) {
            nooitGestart = db.voorgesteld(c, gemeente, contract);
            c.commit();
        }
        List<PresentieInvoer> records = List.of(
                rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                rec(999_999_999L, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                rec(anderePlaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                rec(plaatsing, "2026-04-01", Onderdeel.TAAL, "3", "3", null),
                rec(plaatsing, "2026-01-30", Onderdeel.TAAL, "3", "3", null),
                rec(plaatsing, "2026-03-03", Onderdeel.TAAL, "3.1", "3", null),
                rec(plaatsing, "2026-03-04", Onderdeel.TAAL, "2", "3", null),
                rec(plaatsing, "2026-03-05", Onderdeel.TAAL, "3", "2", null),
                rec(plaatsing, "2026-03-06", Onderdeel.TAAL, "3", "3", Verzuimreden.ZIEK),
                rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "2", "2", null),
                rec(plaatsing, "2026-03-09", Onderdeel.TAAL, "12.25", "12", Verzuimreden.GEOORLOOFD),
                rec(plaatsing, "2026-03-02", Onderdeel.KNM, "2,5".replace(',', '.'), "1.75", Verzuimreden.ZIEK),
                rec(nooitGestart, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                new PresentieInvoer(plaatsing, null, Onderdeel.MAP, new BigDecimal("1"), null, null));

        PresentieAntwoord antwoord = verwerkEnCommit(records, null);

        List<String> codes = antwoord.resultaten().stream()
                .map(r -> r.status() == Verwerkingsstatus.GEWEIGERD ? r.code() : r.status().name()).toList();
        assertEquals(List.of("GEACCEPTEERD", "P01", "P01", "P03", "P04", "P06", "P07", "P09", "P10", "P12", "P08",
                "GEACCEPTEERD", "P04", "P02"), codes);
        // unknown and another provider's placement: the same code and message, nothing revealed
        assertEquals(antwoord.resultaten().get(1).melding(), antwoord.resultaten().get(2).melding());
        assertEquals("Onbekende plaatsing.", antwoord.resultaten().get(2).melding());
        assertEquals(2, antwoord.geaccepteerd());
        assertEquals(12, antwoord.geweigerd());
        // a refusal lists every broken rule
        assertEquals(List.of("datum", "aanwezigeUren"), antwoord.resultaten().get(13).fouten().stream()
                .map(f -> f.field()).toList());
        assertEquals(2, rijen(plaatsing));
        assertEquals(0, rijen(anderePlaatsing));
    }

    @Test
    void aResubmissionReplacesTheRecordAndIsAnsweredReplaced() throws SQLException {
        PresentieAntwoord eerst = verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3",
                null)), null);
        PresentieAntwoord daarna = verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "1.5",
                Verzuimreden.ONGEOORLOOFD), rec(plaatsing, "2026-03-02", Onderdeel.KNM, "1", "1", null)), null);

        assertEquals(Verwerkingsstatus.GEACCEPTEERD, eerst.resultaten().get(0).status());
        assertEquals(Verwerkingsstatus.VERVANGEN, daarna.resultaten().get(0).status());
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, daarna.resultaten().get(1).status());
        try (Connection c = db.connect()) {
            assertEquals(1, count(c, "select count(*) from presentie where plaatsing_id = ? and onderdeel = 'TAAL'",
                    plaatsing));
            assertEquals(150, count(c, "select (aanwezige_uren * 100)::bigint from presentie where plaatsing_id = ?"
                    + " and onderdeel = 'TAAL'", plaatsing));
            assertEquals(1, count(c, "select version from presentie where plaatsing_id = ? and onderdeel = 'TAAL'",
                    plaatsing));
        }
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndStoresNothingAgain() throws SQLException {
        List<PresentieInvoer> records = List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                rec(plaatsing, "2026-03-03", Onderdeel.TAAL, "3", "2", null));
        PresentieAntwoord eerst = verwerkEnCommit(records, "sleutel-1");
        // the same records, written differently (2.50 for 2.5 would be too): the same request
        List<PresentieInvoer> opnieuw = List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3.00", "3.0", null),
                rec(plaatsing, "2026-03-03", Onderdeel.TAAL, "3", "2", null));
        PresentieAntwoord herhaald = verwerkEnCommit(opnieuw, "sleutel-1");

        assertFalse(eerst.herhaald());
        assertTrue(herhaald.herhaald());
        assertEquals(eerst.resultaten(), herhaald.resultaten());
        assertEquals("P09", herhaald.resultaten().get(1).code());
        try (Connection c = db.connect()) {
            assertEquals(0, count(c, "select max(version) from presentie where plaatsing_id = ?", plaatsing));
            assertEquals(1, count(c, "select count(*) from presentie_verzoek where aanbieder_id = ?", aanbieder));
        }
    }

    @Test
    void theSameKeyWithOtherRecordsIsRefusedAndStoresNothing() throws SQLException {
        verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null)), "sleutel-2");

        assertThrows(IdempotentieConflictException.class, () -> verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02",
                Onderdeel.TAAL, "4", "4", null)), "sleutel-2"));
        assertEquals(1, rijen(plaatsing));
        try (Connection c = db.connect()) {
            assertEquals(300, count(c, "select (geroosterde_uren * 100)::bigint from presentie where plaatsing_id = ?",
                    plaatsing));
        }
    }

    @Test
    void keysArePerProvider() throws SQLException {
        verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null)), "gedeeld");
        PresentieAntwoord antwoord;
        try (Connection c = db.connect()) {
            long ander = count(c, "select c.aanbieder_id from plaatsing p join contract c on c.id = p.contract_id"
                    + " where p.id = ?", anderePlaatsing);
            antwoord = new PresentieVerwerking(c).verwerk(ander, "planner.zuid", List.of(rec(anderePlaatsing,
                    "2026-03-02", Onderdeel.TAAL, "2", "2", null)), "gedeeld", VANDAAG);
            c.commit();
        }
        assertFalse(antwoord.herhaald());
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(0).status());
    }

    @Test
    void theSameBatchSentTwiceAtOnceWithOneKeyIsStoredOnce() throws Exception {
        List<PresentieInvoer> records = new ArrayList<>();
        for (int d = 2; d <= 27; d++) {
            records.add(rec(plaatsing, String.format("2026-03-%02d", d), Onderdeel.TAAL, "3", "3", null));
        }
        try (Connection eerste = db.connect(); Connection tweede = db.connect()) {
            PresentieAntwoord a = new PresentieVerwerking(eerste).verwerk(aanbieder, GEBRUIKER, records, "tegelijk",
                    VANDAAG);
            CompletableFuture<PresentieAntwoord> b = CompletableFuture.supplyAsync(() -> {
                try {
                    PresentieAntwoord x = new PresentieVerwerking(tweede).verwerk(aanbieder, GEBRUIKER, records,
                            "tegelijk", VANDAAG);
                    tweede.commit();
                    return x;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // the second waits on the key's unique index while the first is open
            assertThrows(TimeoutException.class, () -> b.get(500, TimeUnit.MILLISECONDS));
            eerste.commit();
            PresentieAntwoord tweedeAntwoord = b.get(10, TimeUnit.SECONDS);

            assertFalse(a.herhaald());
            assertTrue(tweedeAntwoord.herhaald());
            assertEquals(a.resultaten(), tweedeAntwoord.resultaten());
            assertEquals(26, a.geaccepteerd());
        }
        assertEquals(26, rijen(plaatsing));
        try (Connection c = db.connect()) {
            assertEquals(0, count(c, "select max(version) from presentie where plaatsing_id = ?", plaatsing));
        }
    }

    @Test
    void aRequestCutOffHalfWayStoresNothingAndItsRetryIsProcessedAfresh() throws SQLException {
        List<PresentieInvoer> records = List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null),
                rec(plaatsing, "2026-03-03", Onderdeel.TAAL, "3", "3", null));
        try (Connection c = db.connect()) {
            new PresentieVerwerking(c).verwerk(aanbieder, GEBRUIKER, records, "afgebroken", VANDAAG);
            // the connection drops before the commit: the transaction rolls back as a whole
            c.rollback();
        }
        assertEquals(0, rijen(plaatsing));

        PresentieAntwoord opnieuw = verwerkEnCommit(records, "afgebroken");
        assertFalse(opnieuw.herhaald());
        assertEquals(2, opnieuw.geaccepteerd());
        assertEquals(2, rijen(plaatsing));
    }

    @Test
    void aSettledMonthRefusesChangesWithP11() throws SQLException {
        verwerkEnCommit(List.of(rec(plaatsing, "2026-02-27", Onderdeel.TAAL, "3", "3", null)), null);
        try (Connection c = db.connect()) {
            assertTrue(new PresentieVerwerking(c).vergrendel(contract, YearMonth.of(2026, 2), "contractbeheerder"));
            assertFalse(new PresentieVerwerking(c).vergrendel(contract, YearMonth.of(2026, 2), "contractbeheerder"));
            c.commit();
        }
        PresentieAntwoord antwoord = verwerkEnCommit(List.of(rec(plaatsing, "2026-02-27", Onderdeel.TAAL, "3", "2",
                Verzuimreden.ZIEK), rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null)), null);

        assertEquals("P11", antwoord.resultaten().get(0).code());
        assertTrue(antwoord.resultaten().get(0).melding().contains("correctieverzoek"));
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(1).status());
        try (Connection c = db.connect()) {
            assertEquals(300, count(c, "select (aanwezige_uren * 100)::bigint from presentie where plaatsing_id = ?"
                    + " and datum = date '2026-02-27'", plaatsing));
        }
    }

    @Test
    void lockingAMonthWaitsForARequestStillWritingIt() throws Exception {
        try (Connection schrijver = db.connect(); Connection afrekening = db.connect()) {
            PresentieAntwoord bezig = new PresentieVerwerking(schrijver).verwerk(aanbieder, GEBRUIKER,
                    List.of(rec(plaatsing, "2026-02-27", Onderdeel.TAAL, "3", "3", null)), null, VANDAAG);
            CompletableFuture<Boolean> slot = CompletableFuture.supplyAsync(() -> {
                try {
                    boolean nu = new PresentieVerwerking(afrekening).vergrendel(contract, YearMonth.of(2026, 2),
                            "contractbeheerder");
                    // settlement reads the month after the lock: the record written before it is there
                    long gelezen = count(afrekening, "select count(*) from presentie where plaatsing_id = ?",
                            plaatsing);
                    afrekening.commit();
                    return nu && gelezen == 1;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> slot.get(500, TimeUnit.MILLISECONDS));
            schrijver.commit();
            assertTrue(slot.get(10, TimeUnit.SECONDS));
            assertEquals(Verwerkingsstatus.GEACCEPTEERD, bezig.resultaten().get(0).status());
        }
        PresentieAntwoord daarna = verwerkEnCommit(List.of(rec(plaatsing, "2026-02-26", Onderdeel.TAAL, "3", "3",
                null)), null);
        assertEquals("P11", daarna.resultaten().get(0).code());
    }

    @Test
    void twelveHoursADayCountsTheStoredOtherComponents() throws SQLException {
        verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "8", "8", null)), null);
        PresentieAntwoord antwoord = verwerkEnCommit(List.of(
                rec(plaatsing, "2026-03-02", Onderdeel.KNM, "4.25", "4.25", null),
                rec(plaatsing, "2026-03-02", Onderdeel.MAP, "4", "4", null),
                // TAAL replaced by 8.25: with MAP's 4 that is 12.25
                rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "8.25", "8", Verzuimreden.ZIEK)), null);

        assertEquals("P08", antwoord.resultaten().get(0).code());
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(1).status());
        assertEquals("P08", antwoord.resultaten().get(2).code());
    }

    @Test
    void onAPauseDayOnlyZeroHoursAreAccepted() throws SQLException {
        try (Connection c = db.connect()) {
            db.pauze(c, plaatsing, LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13));
            c.commit();
        }
        PresentieAntwoord antwoord = verwerkEnCommit(List.of(
                rec(plaatsing, "2026-03-10", Onderdeel.TAAL, "3", "0", Verzuimreden.ONGEOORLOOFD),
                rec(plaatsing, "2026-03-11", Onderdeel.TAAL, "0", "0", null),
                rec(plaatsing, "2026-03-16", Onderdeel.TAAL, "3", "3", null)), null);

        assertEquals("P05", antwoord.resultaten().get(0).code());
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(1).status());
        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(2).status());
    }

    @Test
    void afterTheEndDateNothingIsAccepted() throws SQLException {
        long afgerond;
        try (Connection c = db.connect()) {
            afgerond = db.plaatsing(c, gemeente, contract, START, LocalDate.of(2026, 3, 13));
            c.commit();
        }
        PresentieAntwoord antwoord = verwerkEnCommit(List.of(rec(afgerond, "2026-03-13", Onderdeel.TAAL, "3", "3",
                null), rec(afgerond, "2026-03-16", Onderdeel.TAAL, "3", "3", null)), null);

        assertEquals(Verwerkingsstatus.GEACCEPTEERD, antwoord.resultaten().get(0).status());
        assertEquals("P04", antwoord.resultaten().get(1).code());
    }

    @Test
    void moreThan5000RecordsAreRefusedAsAWholeAndNothingIsStored() throws SQLException {
        List<PresentieInvoer> records = new ArrayList<>(Collections.nCopies(5_001, rec(plaatsing, "2026-03-02",
                Onderdeel.TAAL, "3", "3", null)));

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> verwerkEnCommit(records, "groot"));
        assertEquals("te-veel", e.errors().get(0).code());
        assertEquals(0, rijen(plaatsing));
    }

    @Test
    void aCorrectionIsWrittenWithItsRequest() throws SQLException {
        long verzoek;
        try (Connection c = db.connect()) {
            verzoek = count(c, "insert into correctieverzoek (plaatsing_id, contract_id, datum, onderdeel, maand,"
                    + " nieuw_geroosterd, nieuw_aanwezig, reden, status, ingediend_door, ingediend_op, beoordeeld_door,"
                    + " beoordeeld_op, te_verrekenen) values (?, ?, date '2026-02-27', 'TAAL', date '2026-02-01', 3, 3,"
                    + " 'vergeten', 'GOEDGEKEURD', 'x', now(), 'y', now(), true) returning id", plaatsing, contract);
            var ingevoegd = new PresentieVerwerking(c).schrijf(List.of(rec(plaatsing, "2026-02-27", Onderdeel.TAAL,
                    "3", "3", null)), "contractbeheerder", verzoek);
            c.commit();
            assertEquals(Boolean.TRUE, ingevoegd.values().iterator().next());
            assertEquals(verzoek, count(c, "select correctieverzoek_id from presentie where plaatsing_id = ?",
                    plaatsing));
        }
    }

    @Test
    void aKeyStoredMeanwhileByAnotherRequestIsReplacedNotRefused() throws SQLException {
        verwerkEnCommit(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL, "3", "3", null)), null);
        try (Connection c = db.connect()) {
            // as if the days were read before the other request committed: the key is taken for new
            var opgeslagen = new PresentieVerwerking(c).schrijf(List.of(rec(plaatsing, "2026-03-02", Onderdeel.TAAL,
                    "2", "2", null), rec(plaatsing, "2026-03-03", Onderdeel.TAAL, "3", "3", null)), GEBRUIKER, null,
                    java.util.Set.of());
            c.commit();
            assertEquals(Boolean.FALSE, opgeslagen.get(new PresentieVerwerking.Sleutel(plaatsing,
                    LocalDate.of(2026, 3, 2), Onderdeel.TAAL)));
            assertEquals(Boolean.TRUE, opgeslagen.get(new PresentieVerwerking.Sleutel(plaatsing,
                    LocalDate.of(2026, 3, 3), Onderdeel.TAAL)));
        }
        assertEquals(2, rijen(plaatsing));
        try (Connection c = db.connect()) {
            assertEquals(200, count(c, "select (geroosterde_uren * 100)::bigint from presentie where plaatsing_id = ?"
                    + " and datum = date '2026-03-02'", plaatsing));
        }
    }

    // ---------------------------------------------------------------- helpers

    private PresentieAntwoord verwerkEnCommit(List<PresentieInvoer> records, String sleutel) throws SQLException {
        try (Connection c = db.connect()) {
            try {
                PresentieAntwoord a = new PresentieVerwerking(c).verwerk(aanbieder, GEBRUIKER, records, sleutel,
                        VANDAAG);
                c.commit();
                return a;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private long rijen(long plaatsingId) throws SQLException {
        try (Connection c = db.connect()) {
            return count(c, "select count(*) from presentie where plaatsing_id = ?", plaatsingId);
        }
    }

    static PresentieInvoer rec(long plaatsingId, String datum, Onderdeel onderdeel, String geroosterd,
            String aanwezig, Verzuimreden reden) {
        return new PresentieInvoer(plaatsingId, LocalDate.parse(datum), onderdeel, new BigDecimal(geroosterd),
                new BigDecimal(aanwezig), reden);
    }
}
