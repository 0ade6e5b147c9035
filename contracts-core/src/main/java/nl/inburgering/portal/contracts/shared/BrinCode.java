package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code of an education institution: a BRIN number (4 characters, two digits and two letters or
 * digits, e.g. {@code 25LP}) or its successor in the Registratie Instellingen en Opleidingen (RIO).
 * Deliberately lenient so both fit: 4 to 8 letters and digits, upper-cased, spaces removed.
 * Canonical form: that text.
 */
public final class BrinCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{4,8}");
    private static final String FIELD = "brinCode";

    private final String value;

    private BrinCode(String value) {
        this.value = value;
    }

    public static BrinCode of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "brin.verplicht", "Vul een BRIN- of RIO-code in.");
        }
        String s = text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "brin.ongeldig",
                    "Een BRIN- of RIO-code bestaat uit 4 tot 8 letters en cijfers, bijvoorbeeld 25LP.");
        }
        return new BrinCode(s);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BrinCode b && value.equals(b.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
