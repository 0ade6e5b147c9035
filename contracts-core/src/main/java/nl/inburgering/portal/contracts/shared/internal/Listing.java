package nl.inburgering.portal.contracts.shared.internal;

import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/** Paging, sorting and text matching for the lazy lists (DESIGN.md, "Pages": server-side). */
public final class Listing {

    public static final int MAX_PAGE_SIZE = 1000;
    /** The escape character of {@link #containsPattern}; use as {@code like :p escape '!'}. */
    public static final char LIKE_ESCAPE = '!';

    private Listing() {
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

    /**
     * An ORDER BY over a whitelist of sort fields (never user text in the query); null or blank
     * sorts by the default. The id is always the final tie-breaker, so pages are stable.
     *
     * @param columns sort field name as the page or API knows it, to the JPQL path
     */
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

    /** {@code %text%} in lower case, with the LIKE wildcards in the text escaped. */
    public static String containsPattern(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder("%");
        for (char c : lower.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                sb.append(LIKE_ESCAPE);
            }
            sb.append(c);
        }
        return sb.append('%').toString();
    }

    /**
     * Loads the named collections of a page of results in one extra query each (EclipseLink batch
     * fetch, type IN, which works with paging), instead of one query per row. Other providers
     * ignore these hints.
     */
    public static <T> TypedQuery<T> batchFetch(TypedQuery<T> query, String... paths) {
        if (paths.length > 0) {
            query.setHint("eclipselink.batch.type", "IN");
            for (String path : paths) {
                query.setHint("eclipselink.batch", path);
            }
        }
        return query;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
