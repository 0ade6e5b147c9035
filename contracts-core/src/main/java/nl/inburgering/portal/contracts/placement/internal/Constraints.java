package nl.inburgering.portal.contracts.placement.internal;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises a PostgreSQL unique violation (SQLSTATE 23505) of a named index in an exception chain. */
public final class Constraints {

    /** The partial unique index that allows one lopende placement per inburgeraar. */
    public static final String EEN_LOPENDE_PLAATSING = "ux_plaatsing_een_lopende_per_inburgeraar";

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    public static boolean isUniqueViolation(Throwable e, String indexName) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (SQLException x = s; x != null; x = x.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(x.getSQLState()) && x.getMessage() != null
                            && x.getMessage().toLowerCase(Locale.ROOT).contains(indexName)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
