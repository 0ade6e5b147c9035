package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An International Bank Account Number (ISO 13616): country code, two check digits and the national
 * account number, valid when the ISO 7064 mod-97 check gives 1. Spaces are removed and letters
 * upper-cased; for the SEPA countries a provider is likely to use, the national length is checked
 * too (NL: 18). Canonical form: no spaces ({@code NL91ABNA0417164300}); {@link #formatted()} gives
 * groups of four for display ({@code NL91 ABNA 0417 1643 00}).
 */
public final class Iban implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("NL", 18), Map.entry("BE", 16), Map.entry("DE", 22), Map.entry("LU", 20),
            Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("IE", 22), Map.entry("ES", 24),
            Map.entry("IT", 27), Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("DK", 18),
            Map.entry("SE", 24), Map.entry("NO", 15), Map.entry("FI", 18), Map.entry("PL", 28),
            Map.entry("PT", 25));
    private static final String FIELD = "iban";

    private final String value;

    private Iban(String value) {
        this.value = value;
    }

    public static Iban of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "iban.verplicht", "Vul een IBAN in.");
        }
        String s = text.replaceAll("[\\s\\u00A0]", "").toUpperCase(java.util.Locale.ROOT);
        Integer expected = s.length() >= 2 ? LENGTHS.get(s.substring(0, 2)) : null;
        if (!FORM.matcher(s).matches() || (expected != null && s.length() != expected)) {
            throw InvalidInputException.of(FIELD, "iban.ongeldig",
                    "Dit is geen geldig IBAN; een Nederlands IBAN is bijvoorbeeld NL91 ABNA 0417 1643 00.");
        }
        if (mod97(s) != 1) {
            throw InvalidInputException.of(FIELD, "iban.controlegetal",
                    "Dit IBAN klopt niet: het controlegetal is onjuist. Controleer op tikfouten.");
        }
        return new Iban(s);
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int digitValue = Character.digit(rearranged.charAt(i), 36);
            remainder = digitValue > 9 ? (remainder * 100 + digitValue) % 97 : (remainder * 10 + digitValue) % 97;
        }
        return remainder;
    }

    public String value() {
        return value;
    }

    public String countryCode() {
        return value.substring(0, 2);
    }

    /** Groups of four, for display and print: {@code NL91 ABNA 0417 1643 00}. */
    public String formatted() {
        StringBuilder sb = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(value.charAt(i));
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Iban i && value.equals(i.value);
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
