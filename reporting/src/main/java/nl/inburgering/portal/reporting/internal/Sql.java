package nl.inburgering.portal.reporting.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on the caller's connection: one statement, its parameters in order, a row mapper. */
public final class Sql {

    @FunctionalInterface
    public interface Rij<T> {
        T van(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    public Sql(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> lijst(String sql, Rij<T> rij, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(rij.van(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rapportage-query mislukt: " + e.getMessage(), e);
        }
    }

    public <T> T een(String sql, Rij<T> rij, Object... params) {
        List<T> rows = lijst(sql, rij, params);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            bind(st, params);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("rapportage-opslag mislukt: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof LocalDate d) {
                st.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                st.setTimestamp(i + 1, Timestamp.from(t));
            } else {
                st.setObject(i + 1, p);
            }
        }
    }

    public static LocalDate datum(ResultSet rs, String kolom) throws SQLException {
        Date d = rs.getDate(kolom);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant moment(ResultSet rs, String kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : t.toInstant();
    }

    public static BigDecimal bedrag(ResultSet rs, String kolom) throws SQLException {
        BigDecimal b = rs.getBigDecimal(kolom);
        return b == null ? BigDecimal.ZERO : b;
    }

    public static Integer geheelOfNull(ResultSet rs, String kolom) throws SQLException {
        int i = rs.getInt(kolom);
        return rs.wasNull() ? null : i;
    }
}
