package nl.inburgering.portal.openhouse.bericht;

import static nl.inburgering.portal.openhouse.InvalidInput.assertFieldsRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BerichtTest {

    private static final Instant VERSTUURD = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aMessageIsUnreadUntilReadAndReadOnce() {
        Bericht b = new Bericht(11L, "Besluit: toegelaten", "U bent toegelaten.", VERSTUURD);
        assertFalse(b.isGelezen());
        Instant gelezen = VERSTUURD.plusSeconds(3600);
        assertTrue(b.markeerGelezen(gelezen));
        assertFalse(b.markeerGelezen(gelezen.plusSeconds(60)));
        assertEquals(gelezen, b.getGelezenOp());
    }

    @Test
    void itHasASubjectAndAText() {
        assertFieldsRefused(Set.of("onderwerp", "tekst"), () -> new Bericht(11L, " ", null, VERSTUURD));
    }
}
