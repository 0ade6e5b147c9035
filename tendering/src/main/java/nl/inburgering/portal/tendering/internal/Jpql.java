package nl.inburgering.portal.tendering.internal;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * The WHERE clause of a list query, built from the filter and the actor's tenancy, with its
 * parameters: the tenancy condition is always part of the query, never a filter applied in Java.
 * Also paging and sorting over a whitelist (never user text in the query).
 */
public final class Jpql {

    public static final int MAX_PAGE_SIZE = 1000;

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public Jpql and(String clause) {
        clauses.add(clause);
        return this;
    }

    public Jpql and(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
        return this;
    }

    /** A condition that matches nothing: for an actor that may see none of these rows. */
    public Jpql none() {
        clauses.add("1 = 0");
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

    public static void checkPage(int first, int pageSize) {
        if (first < 0) {
            throw InvalidInputException.of("first", "pagina.ongeldig", "De eerste rij kan niet negatief zijn.");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw InvalidInputException.of("pageSize", "pagina.ongeldig",
                    "Een pagina heeft 1 tot " + MAX_PAGE_SIZE + " rijen.");
        }
    }

    /** An ORDER BY over a whitelist of sort fields; the id is the final tie-breaker, so pages are stable. */
    public static String orderBy(String sortField, boolean ascending, Map<String, String> columns,
            String defaultField, String alias) {
        String field = sortField == null || sortField.isBlank() ? defaultField : sortField;
        String path = columns.get(field);
        if (path == null) {
            throw InvalidInputException.of("sortField", "sortering.ongeldig",
                    "Sorteren kan op: " + String.join(", ", columns.keySet()) + ".");
        }
        String direction = ascending ? " asc" : " desc";
        return " order by " + path + direction + ", " + alias + ".id" + direction;
    }

    /** {@code %text%} in lower case, with the LIKE wildcards escaped by '!'. */
    public static String containsPattern(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("%");
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == '!') {
                sb.append('!');
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
