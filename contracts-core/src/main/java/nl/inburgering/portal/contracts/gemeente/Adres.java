package nl.inburgering.portal.contracts.gemeente;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * A gemeente's postal address (the town hall): street with house number, Dutch post code and place. Needed on
 * the UBL invoice of a statement for both parties (SI-UBL 2.0 / NLCIUS, BR-NL-3 and BR-NL-4). Post code in
 * canonical form {@code 9712 HN}; {@link #of} accepts {@code 9712hn} and {@code 9712 HN}.
 */
public record Adres(String straat, String postcode, String plaats) {

    static final int MAX_STRAAT = 100;
    static final int MAX_PLAATS = 80;
    private static final Pattern POSTCODE = Pattern.compile("([1-9][0-9]{3})\\s?([A-Za-z]{2})");

    public Adres {
        Objects.requireNonNull(straat, "straat");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(plaats, "plaats");
    }

    /**
     * Reads an address as typed, all three parts or none; errors go to {@code checks} under the fields
     * {@code straat}, {@code postcode} and {@code plaats}.
     *
     * @return the address, or null when all three are blank or something is wrong
     */
    public static Adres of(FieldChecks checks, String straat, String postcode, String plaats) {
        if (isBlank(straat) && isBlank(postcode) && isBlank(plaats)) {
            return null;
        }
        String s = checks.requiredText("straat", straat, MAX_STRAAT);
        String p = checks.requiredText("plaats", plaats, MAX_PLAATS);
        String pc = null;
        if (isBlank(postcode)) {
            checks.add("postcode", "verplicht", "Vul de postcode in.");
        } else {
            Matcher m = POSTCODE.matcher(postcode.strip());
            if (checks.check(m.matches(), "postcode", "postcode.ongeldig",
                    "Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 9712 HN.")) {
                pc = m.group(1) + " " + m.group(2).toUpperCase(Locale.ROOT);
            }
        }
        return s == null || p == null || pc == null ? null : new Adres(s, pc, p);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return straat + ", " + postcode + " " + plaats;
    }
}
