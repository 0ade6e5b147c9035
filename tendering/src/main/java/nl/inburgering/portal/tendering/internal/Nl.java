package nl.inburgering.portal.tendering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, times and numbers as Dutch messages write them ("28 februari 2028", "75,33"). */
public final class Nl {

    public static final Locale LOCALE = Locale.forLanguageTag("nl-NL");
    /** Dutch time: deadlines are moments, the keurmerk check and the standstill are dates here. */
    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("HH:mm:ss", LOCALE);

    private Nl() {
    }

    public static String datum(LocalDate d) {
        return DATUM.format(d);
    }

    /** "15 maart 2026 om 12:00:00" in Dutch time. */
    public static String tijdstip(Instant t) {
        var z = t.atZone(TIJDZONE);
        return DATUM.format(z) + " om " + TIJD.format(z);
    }

    /** A number with a decimal comma, as given (no rounding): 75,33. */
    public static String getal(BigDecimal n) {
        return n.toPlainString().replace('.', ',');
    }

    /** 1e, 2e, 3e: Dutch ordinals. */
    public static String rang(int r) {
        return r + "e";
    }
}
