package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * A burgerservicenummer: 9 digits that pass the 11-test (Wet algemene bepalingen
 * burgerservicenummer; Logisch Ontwerp BSN): {@code 9*d1 + 8*d2 + ... + 2*d8 - 1*d9} is divisible by
 * 11, and the number is not all zeros.
 *
 * <p>Spaces, dots and hyphens people type are removed. A BSN of 8 digits is the same number with its
 * leading zero dropped (spreadsheets do that), so it is padded back to 9 before the test.
 *
 * <p>Personal data (DESIGN.md, "Data, privacy, security"): never in URLs, logs or audit lines.
 * Therefore, unlike the other value objects, {@link #toString()} returns the masked form
 * {@code XXXXX6789} (five X's, then the last four digits), so that a BSN logged by accident is not
 * leaked; {@link #value()} gives the 9 digits, for encryption only. The BSN is stored encrypted, never
 * through this class (see {@code inburgeraar.BsnCipher}).
 */
public final class Bsn implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("\\d{8,9}");
    private static final String FIELD = "bsn";

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    public static Bsn of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "bsn.verplicht", "Vul een BSN in.");
        }
        String s = text.replaceAll("[\\s.\\-]", "");
        if (!FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "bsn.ongeldig", "Een BSN bestaat uit 9 cijfers.");
        }
        if (s.length() == 8) {
            s = "0" + s;
        }
        if (!passesElevenTest(s)) {
            throw InvalidInputException.of(FIELD, "bsn.elfproef",
                    "Dit is geen geldig BSN: het voldoet niet aan de elfproef.");
        }
        return new Bsn(s);
    }

    /** The 11-test on 9 digits; false for anything else and for 000000000. */
    public static boolean passesElevenTest(String nineDigits) {
        if (nineDigits == null || nineDigits.length() != 9 || !nineDigits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum % 11 == 0 && !"000000000".equals(nineDigits);
    }

    /** The 9 digits: only for encryption and fingerprinting, never for display. */
    public String value() {
        return value;
    }

    /** For display: {@code XXXXX6789}, only the last four digits shown. */
    public String masked() {
        return mask(value);
    }

    /** Masks any 9-digit BSN text the same way as {@link #masked()}. */
    public static String mask(String nineDigits) {
        return "XXXXX" + nineDigits.substring(nineDigits.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bsn b && value.equals(b.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose, see the class comment. */
    @Override
    public String toString() {
        return masked();
    }
}
