package nl.inburgering.portal.openhouse.internal;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * The WHERE clause of a list query with its parameters, and the paging check: the tenancy condition
 * is always part of the query, never a filter applied in Java.
 */
public final class Voorwaarden {

    public static final int MAX_PAGINA = 1000;

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Voorwaarden en(String clause) {
        clauses.add(clause);
        return this;
    }

    public Voorwaarden en(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
        return this;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /** {@code " where a and b"}, or the empty string. */
    @Override
    public String toString() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public static void controleerPagina(int first, int pageSize) {
        if (first < 0) {
            throw InvalidInputException.of("first", "pagina.ongeldig", "De eerste rij kan niet negatief zijn.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGINA) {
            throw InvalidInputException.of("pageSize", "pagina.ongeldig",
                    "Een pagina heeft 1 tot " + MAX_PAGINA + " rijen.");
        }
    }
}
