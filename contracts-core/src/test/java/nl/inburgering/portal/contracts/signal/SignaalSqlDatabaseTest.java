package nl.inburgering.portal.contracts.signal;

import static nl.inburgering.portal.contracts.attendance.internal.TestDatabase.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking;
import nl.inburgering.portal.contracts.attendance.internal.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The two statements of {@link SignaalService#bereken} against a real PostgreSQL: the totals of the 4 weeks per
 * placement (only the records in the period count) and the insert that never raises a signal twice.
 */
class SignaalSqlDatabaseTest {

    static final LocalDate PEILDATUM = LocalDate.of(2026, 4, 1);

    @Test
    void totalsOfThePeriodAndNoSecondSignalForTheSamePeriod() throws SQLException {
        TestDatabase db = TestDatabase.fresh();
        try (Connection c = db.connect()) {
            long gemeente = db.gemeente(c, "Eemsdelta");
            long aanbieder = db.aanbieder(c, "Taalhuis Noord");
            long contract = db.contract(c, aanbieder);
            long p = db.plaatsing(c, gemeente, contract, LocalDate.of(2026, 2, 2), null);
            List<PresentieInvoer> records = new ArrayList<>();
            // the week before the period: not counted
            records.add(new PresentieInvoer(p, LocalDate.of(2026, 2, 27), Onderdeel.TAAL, new BigDecimal("3"),
                    BigDecimal.ZERO, Verzuimreden.ONGEOORLOOFD));
            // 20 weekdays of 3 hours in March; on the 4 Mondays 1 hour attended, 2 hours ONGEOORLOOFD (8 hours)
            for (LocalDate d = LocalDate.of(2026, 3, 2); !d.isAfter(LocalDate.of(2026, 3, 29)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    boolean maandag = d.getDayOfWeek().getValue() == 1;
                    records.add(new PresentieInvoer(p, d, Onderdeel.TAAL, new BigDecimal("3"),
                            maandag ? BigDecimal.ONE : new BigDecimal("3"), maandag ? Verzuimreden.ONGEOORLOOFD : null));
                }
            }
            // the running week: not counted either
            records.add(new PresentieInvoer(p, LocalDate.of(2026, 3, 30), Onderdeel.TAAL, new BigDecimal("3"),
                    BigDecimal.ZERO, Verzuimreden.ONGEOORLOOFD));
            new PresentieVerwerking(c).verwerk(aanbieder, "planner", records, null, PEILDATUM);

            SignaalRegels.Periode periode = SignaalRegels.periode(PEILDATUM);
            Aanwezigheid a;
            try (PreparedStatement st = c.prepareStatement(jdbc(SignaalService.TOTALEN))) {
                st.setObject(1, periode.tot());
                st.setObject(2, periode.van());
                st.setObject(3, periode.van());
                st.setObject(4, periode.tot());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    assertEquals(p, rs.getLong(1));
                    a = new Aanwezigheid(rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7));
                }
            }
            assertEquals(0, new BigDecimal("60").compareTo(a.geroosterd()));
            assertEquals(0, new BigDecimal("52").compareTo(a.aanwezig()));
            assertEquals(0, new BigDecimal("8").compareTo(a.ongeoorloofd()));
            // 86.67 % attended and exactly 8 hours unexcused: no signal
            assertEquals(Set.of(), SignaalRegels.beoordeel(a));

            for (int keer = 0; keer < 2; keer++) {
                try (PreparedStatement st = c.prepareStatement(jdbc(SignaalService.NIEUW))) {
                    Object[] waarden = {p, count(c, "select inburgeraar_id from plaatsing where id = " + p), gemeente,
                        contract, Signaalsoort.AANWEZIGHEID_ONDER_80.name(), periode.van(), periode.tot(),
                        a.geroosterd(), a.aanwezig(), a.ongeoorloofd()};
                    for (int i = 0; i < waarden.length; i++) {
                        st.setObject(i + 1, waarden[i]);
                    }
                    assertEquals(keer == 0 ? 1 : 0, st.executeUpdate());
                }
            }
            assertEquals(1, count(c, "select count(*) from signaal"));
            c.rollback();
        }
    }

    /** The native query's numbered parameters ({@code ?1}, in order) as JDBC's. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }
}
