package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A Kamer van Koophandel number: exactly 8 digits (Handelsregisterwet 2007; the KvK issues no check
 * digit, so only the form is checked). Spaces and dots people type are removed; leading zeros are
 * kept. Canonical form: the 8 digits.
 */
public final class KvkNumber implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{8}");
    private static final String FIELD = "kvkNummer";

    private final String value;

    private KvkNumber(String value) {
        this.value = value;
    }

    public static KvkNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "kvk.verplicht", "Vul een KvK-nummer in.");
        }
        String s = text.replaceAll("[\\s.]", "");
        if (!FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "kvk.ongeldig", "Een KvK-nummer bestaat uit 8 cijfers.");
        }
        return new KvkNumber(s);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvkNumber k && value.equals(k.value);
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
