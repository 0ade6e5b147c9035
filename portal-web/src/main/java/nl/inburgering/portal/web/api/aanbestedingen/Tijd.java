package nl.inburgering.portal.web.api.aanbestedingen;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * Moments in the tender API: written to the second as ISO 8601 with the Dutch offset ({@code 2026-03-15T12:00:00+01:00}),
 * read with an offset or as a Dutch local date-time ({@code 2026-03-15T12:00}).
 */
final class Tijd {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Tijd() {
    }

    static OffsetDateTime nl(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.SECONDS).atZone(NEDERLAND).toOffsetDateTime();
    }

    /** A date-time with or without offset, as the Dutch local date-time the domain takes; null stays null. */
    static LocalDateTime lokaal(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        try {
            return OffsetDateTime.parse(s).atZoneSameInstant(NEDERLAND).toLocalDateTime();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(field, "json.tijdstip", "Verwacht een tijdstip als "
                        + "JJJJ-MM-DDTuu:mm:ss met of zonder tijdzone, bijvoorbeeld \"2026-03-15T12:00:00+01:00\"; "
                        + "zonder tijdzone geldt Nederlandse tijd.");
            }
        }
    }
}
