package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list query, built from the filter and the actor's tenancy, with its
 * parameters: the tenancy condition is always part of the query, never a filter applied in Java.
 */
public final class JpqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    public JpqlWhere and(String clause) {
        clauses.add(clause);
        return this;
    }

    public JpqlWhere and(String clause, String param, Object value) {
        clauses.add(clause);
        params.put(param, value);
        return this;
    }

    public JpqlWhere param(String param, Object value) {
        params.put(param, value);
        return this;
    }

    /** A condition that matches nothing: for an actor that may see none of these rows. */
    public JpqlWhere none() {
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
}
