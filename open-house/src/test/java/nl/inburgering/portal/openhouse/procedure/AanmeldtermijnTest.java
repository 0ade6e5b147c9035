package nl.inburgering.portal.openhouse.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;

class AanmeldtermijnTest {

    private static final LocalDate EINDE = LocalDate.of(2027, 12, 31);

    @Test
    void theDefaultDeadlineIsThirtyDaysBeforeTheEnd() {
        assertEquals(LocalDate.of(2027, 12, 1), Aanmeldtermijn.standaard(EINDE, 30));
        assertEquals(LocalDate.of(2026, 2, 27), Aanmeldtermijn.standaard(LocalDate.of(2026, 3, 29), 30));
    }

    @Test
    void theNumberOfDaysIsConfigurable() {
        assertEquals(LocalDate.of(2027, 11, 16), Aanmeldtermijn.standaard(EINDE, 45));
        assertEquals(EINDE, Aanmeldtermijn.standaard(EINDE, 0));
    }

    @Test
    void aChosenDeadlineWinsOverTheDefault() {
        LocalDate gekozen = LocalDate.of(2027, 6, 30);
        assertEquals(gekozen, Aanmeldtermijn.ofStandaard(gekozen, EINDE, 30));
        assertEquals(LocalDate.of(2027, 12, 1), Aanmeldtermijn.ofStandaard(null, EINDE, 30));
    }

    @Test
    void applyingIsOpenUpToAndIncludingTheDeadline() {
        LocalDate deadline = LocalDate.of(2027, 12, 1);
        assertTrue(Aanmeldtermijn.isOpen(deadline, LocalDate.of(2026, 1, 1)));
        assertTrue(Aanmeldtermijn.isOpen(deadline, deadline));
        assertFalse(Aanmeldtermijn.isOpen(deadline, deadline.plusDays(1)));
    }

    @Test
    void aLateApplicationIsRefusedWithTheDateInDutch() {
        LocalDate deadline = LocalDate.of(2027, 12, 1);
        Aanmeldtermijn.eisOpen(deadline, deadline);
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> Aanmeldtermijn.eisOpen(deadline, deadline.plusDays(1)));
        assertEquals("De aanmeldtermijn van deze procedure is verstreken: aanmelden kon tot en met 1 december 2027.",
                e.getMessage());
    }
}
