package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A gemeentecode from the CBS/RvIG table of municipalities (Tabel 33): 4 digits, e.g. {@code 0014}
 * for Groningen. The {@code GM} prefix CBS uses in its data sets ({@code GM0014}) is accepted and
 * dropped. Leading zeros are part of the code. Canonical form: the 4 digits.
 */
public final class CbsCode implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{4}");
    private static final String FIELD = "cbsCode";

    private final String value;

    private CbsCode(String value) {
        this.value = value;
    }

    public static CbsCode of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "cbscode.verplicht", "Vul een CBS-gemeentecode in.");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("GM")) {
            s = s.substring(2);
        }
        if (!FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "cbscode.ongeldig",
                    "Een CBS-gemeentecode bestaat uit 4 cijfers, bijvoorbeeld 0014.");
        }
        return new CbsCode(s);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CbsCode c && value.equals(c.value);
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
