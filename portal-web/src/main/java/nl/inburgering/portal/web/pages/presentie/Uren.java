package nl.inburgering.portal.web.pages.presentie;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Hours as typed in the attendance pages and shown there: Dutch users type and read a decimal comma
 * ({@code 2,5}), English users a point; both are accepted on input, as in the CSV (issue 6, "Dutch decimal
 * comma accepted"). Whether the number is allowed (quarter hours, at most 12) is the service's rule, not
 * this parser's.
 */
final class Uren {

    private Uren() {
    }

    /**
     * The number typed, or empty for a blank field.
     *
     * @throws NumberFormatException not a number ({@code "twee"}, {@code "1,2,3"}, {@code "1.000,5"})
     */
    static Optional<BigDecimal> lees(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return Optional.empty();
        }
        String t = tekst.strip();
        if (t.chars().filter(c -> c == ',' || c == '.').count() > 1) {
            throw new NumberFormatException("more than one decimal separator: " + tekst);
        }
        BigDecimal uren = new BigDecimal(t.replace(',', '.'));
        return Optional.of(uren);
    }

    /** The hours as a field shows them: no trailing zeros, decimal comma unless the language is English. */
    static String tekst(BigDecimal uren, Locale locale) {
        if (uren == null) {
            return null;
        }
        String plain = uren.stripTrailingZeros().toPlainString();
        boolean engels = locale != null && "en".equals(locale.getLanguage());
        return engels ? plain : plain.replace('.', ',');
    }
}
