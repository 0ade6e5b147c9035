package nl.inburgering.portal.openhouse.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in the Dutch messages people read: {@code 1 december 2026}. */
public final class Datums {

    private static final DateTimeFormatter LANG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Datums() {
    }

    public static String tekst(LocalDate d) {
        return d == null ? "" : LANG.format(d);
    }
}
