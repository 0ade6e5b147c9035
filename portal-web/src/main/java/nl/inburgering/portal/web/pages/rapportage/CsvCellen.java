package nl.inburgering.portal.web.pages.rapportage;

import java.util.regex.Pattern;

/**
 * Formula injection in CSV exports (OWASP, "CSV Injection"; DESIGN.md, "CSV exports neutralise formula injection"):
 * a cell that a spreadsheet would read as a formula, one that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return), gets a single quote in front, so it is shown as text. A signed number
 * ({@code -1.234,56}, {@code +3}) is a number, not a formula, and stays as it is (as the attendance CSV upload decides,
 * {@code PresentieCsv}).
 */
public final class CsvCellen {

    private static final Pattern GETAL = Pattern.compile("[+-]?\\d[\\d.,]*");

    private CsvCellen() {
    }

    public static String neutraliseer(String cel) {
        if (cel == null || cel.isEmpty()) {
            return cel;
        }
        char eerste = cel.charAt(0);
        if (eerste == '\t' || eerste == '\r') {
            return "'" + cel;
        }
        String s = cel.stripLeading();
        if (s.isEmpty()) {
            return cel;
        }
        return switch (s.charAt(0)) {
            case '=', '@' -> "'" + cel;
            case '+', '-' -> GETAL.matcher(s.strip()).matches() ? cel : "'" + cel;
            default -> cel;
        };
    }
}
