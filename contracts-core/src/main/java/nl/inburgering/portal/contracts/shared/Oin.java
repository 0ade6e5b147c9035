package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * An Organisatie-identificatienummer (OIN, Logius): 20 digits, e.g. {@code 00000001001234567000}.
 * It identifies the parties of the UBL invoice between gemeenten (DESIGN.md, "Verrekenstaat").
 * Spaces are removed. Canonical form: the 20 digits.
 */
public final class Oin implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{20}");
    private static final String FIELD = "oin";

    private final String value;

    private Oin(String value) {
        this.value = value;
    }

    public static Oin of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "oin.verplicht", "Vul een OIN in.");
        }
        String s = text.replaceAll("\\s", "");
        if (!FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "oin.ongeldig", "Een OIN bestaat uit 20 cijfers.");
        }
        return new Oin(s);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Oin i && value.equals(i.value);
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
