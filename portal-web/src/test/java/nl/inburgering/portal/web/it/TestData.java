package nl.inburgering.portal.web.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What several container tests need besides the API: valid BSNs, and a look at (or a change to) the database of
 * the deployment under test ({@link Deployments#database()}) for what only time changes or only the tables show.
 */
final class TestData {

    private TestData() {
    }

    /** The first number from {@code seed} on that passes the BSN 11-test, as nine digits. */
    static String bsn(int seed) {
        for (int n = seed; ; n++) {
            String eight = String.format("%08d", n);
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (eight.charAt(i) - '0');
            }
            if (sum % 11 <= 9) {
                return eight + (sum % 11);
            }
        }
    }

    /** The first column of the first row of a query on the deployment's database, as a number. */
    static long sql(String query, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, query, params);
                ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + query);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An update on the deployment's database; returns the rows changed. */
    static int update(String query, Object... params) {
        try (Connection c = connect(); PreparedStatement s = prepare(c, query, params)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase.Connection db = Deployments.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    private static PreparedStatement prepare(Connection c, String query, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(query);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
