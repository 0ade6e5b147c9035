package nl.inburgering.portal.tendering.gunning;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Contract numbers of tendered contracts (DESIGN.md, "Contract": e.g. {@code AB-2026-B1-01}):
 * {@code AB-<year>-<route>-<nn>}, route {@code B1} or {@code Z}, nn counting from 01 per year and
 * route across the region, at least two digits. Plain Java: the caller passes the numbers in use.
 */
public final class ContractNummering {

    private ContractNummering() {
    }

    public static String routeCode(Leerroute route) {
        return switch (route) {
            case B1_ROUTE -> "B1";
            case Z_ROUTE -> "Z";
            case ONDERWIJSROUTE -> throw new IllegalArgumentException("de onderwijsroute wordt niet aanbesteed");
        };
    }

    /** {@code AB-2026-B1-}: what every number of that year and route starts with. */
    public static String prefix(int jaar, Leerroute route) {
        return "AB-" + jaar + "-" + routeCode(route) + "-";
    }

    /** The next free number after the highest in use for that year and route. */
    public static String volgende(int jaar, Leerroute route, Collection<String> inGebruik) {
        String prefix = prefix(jaar, route);
        Pattern vorm = Pattern.compile(Pattern.quote(prefix) + "(\\d+)");
        int hoogste = 0;
        for (String n : inGebruik) {
            Matcher m = vorm.matcher(n.strip().toUpperCase(Locale.ROOT));
            if (m.matches() && m.group(1).length() <= 6) {
                hoogste = Math.max(hoogste, Integer.parseInt(m.group(1)));
            }
        }
        return prefix + String.format(Locale.ROOT, "%02d", hoogste + 1);
    }
}
