package nl.inburgering.portal.web.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * Path and query parameters, taken as text and parsed here, so a malformed value answers 400 naming
 * the parameter (JAX-RS itself would answer 404 for a path or query parameter it cannot convert).
 * Each parser throws {@link InvalidInputException} for its parameter; combine several with
 * {@link FieldChecks} to report them all at once.
 */
public final class Params {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;
    public static final int MAX_SEARCH_TEXT = 200;
    /** The region's time zone: "today" is a Dutch day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private Params() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** A resource id from the path: a positive whole number. */
    public static long id(String name, String raw) {
        if (raw != null && raw.length() <= 18 && raw.chars().allMatch(c -> c >= '0' && c <= '9') && !raw.isEmpty()) {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return id;
            }
        }
        throw InvalidInputException.of(name, "id.ongeldig", "Een id is een positief geheel getal.");
    }

    /** A whole number from {@code min} to {@code max}; blank is {@code dflt}. */
    public static int number(String name, String raw, int min, int max, int dflt) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        String s = raw.strip();
        if (s.length() <= 9 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int n = Integer.parseInt(s);
            if (n >= min && n <= max) {
                return n;
            }
        }
        throw InvalidInputException.of(name, "bereik",
                "Verwacht een geheel getal van " + min + " tot en met " + max + ".");
    }

    /** A search text of at most {@link #MAX_SEARCH_TEXT} characters; blank is null. */
    public static String text(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.strip().length() > MAX_SEARCH_TEXT) {
            throw InvalidInputException.of(name, "te-lang", "Hoogstens " + MAX_SEARCH_TEXT + " tekens.");
        }
        return raw.strip();
    }

    /** An enum constant by name; blank is null. */
    public static <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "keuze", "Kies uit: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** A month {@code JJJJ-MM}; blank is null. */
    public static YearMonth month(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "maand", "Verwacht een maand als JJJJ-MM, bijvoorbeeld 2026-10.");
        }
    }

    /** A date {@code JJJJ-MM-DD}; blank is null. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(name, "datum",
                    "Verwacht een datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-31.");
        }
    }

    /**
     * The {@code sorteer} parameter: a field name, descending with a leading {@code -}
     * ({@code sorteer=-naam}); blank is the default order.
     */
    public record Sort(String field, boolean ascending) {

        public static Sort parse(String name, String raw, List<String> fields, String dflt) {
            if (raw == null || raw.isBlank()) {
                return new Sort(dflt, true);
            }
            String s = raw.strip();
            boolean descending = s.startsWith("-");
            String field = descending ? s.substring(1) : s;
            if (!fields.contains(field)) {
                throw InvalidInputException.of(name, "sortering.ongeldig", "Sorteren kan op: "
                        + fields.stream().flatMap(f -> List.of(f, "-" + f).stream()).collect(Collectors.joining(", "))
                        + ".");
            }
            return new Sort(field, !descending);
        }
    }

    /** The {@code pagina} (from 1) and {@code paginaGrootte} parameters. */
    public record Page(int pagina, int paginaGrootte) {

        public static Page parse(FieldChecks checks, String pagina, String paginaGrootte) {
            Integer p = checks.optional("pagina", pagina,
                    raw -> number("pagina", raw, 1, MAX_PAGE, 1));
            Integer g = checks.optional("paginaGrootte", paginaGrootte,
                    raw -> number("paginaGrootte", raw, 1, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE));
            return new Page(p == null ? 1 : p, g == null ? DEFAULT_PAGE_SIZE : g);
        }

        /** The index of the first row of this page. */
        public int first() {
            return (pagina - 1) * paginaGrootte;
        }
    }
}
