package nl.inburgering.portal.openhouse.aanmelding;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * Numbers for Open House contracts (DESIGN.md, "Contract": e.g. {@code OH-2026-003}):
 * {@code OH-<year of the decision>-<nnn>}, the next number after the highest one of that year in
 * use, at least three digits. Numbers are never reused, also not when a gap exists. Pure.
 */
public final class ContractNummering {

    private static final Pattern OH = Pattern.compile("OH-(\\d{4})-(\\d+)");

    private ContractNummering() {
    }

    /** The prefix of the numbers of one year: {@code OH-2026-}. */
    public static String voorvoegsel(int jaar) {
        return "OH-" + jaar + "-";
    }

    /** The next free number of the year, given the contract numbers in use (any kind; others are ignored). */
    public static ContractNumber volgende(int jaar, Collection<String> inGebruik) {
        long hoogste = 0;
        for (String nummer : inGebruik) {
            Matcher m = OH.matcher(nummer);
            if (m.matches() && Integer.parseInt(m.group(1)) == jaar) {
                String volg = m.group(2);
                // a number too long for a long cannot be followed: skip it rather than overflow
                if (volg.length() < 18) {
                    hoogste = Math.max(hoogste, Long.parseLong(volg));
                }
            }
        }
        return ContractNumber.of(voorvoegsel(jaar) + String.format("%03d", hoogste + 1));
    }
}
