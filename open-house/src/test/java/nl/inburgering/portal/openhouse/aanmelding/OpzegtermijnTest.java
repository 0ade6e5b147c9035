package nl.inburgering.portal.openhouse.aanmelding;

import static nl.inburgering.portal.openhouse.InvalidInput.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpzegtermijnTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate EINDE = LocalDate.of(2027, 12, 31);

    @Test
    void theContractEndsWhenTheNoticePeriodInCalendarMonthsHasRun() {
        assertEquals(LocalDate.of(2026, 9, 15), Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 3, null, START, EINDE));
        assertEquals(LocalDate.of(2026, 6, 15), Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 0, null, START, EINDE));
    }

    @Test
    void fromTheThirtyFirstTheShorterMonthEndsOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 2, 28), Opzegtermijn.vroegsteEinddatum(LocalDate.of(2026, 1, 31), 1));
    }

    @Test
    void theProviderMayChooseALaterDateButNotAnEarlierOne() {
        assertEquals(LocalDate.of(2026, 12, 31),
                Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 3, LocalDate.of(2026, 12, 31), START, EINDE));
        assertEquals("Met een opzegtermijn van 3 maanden eindigt het contract op zijn vroegst op 15 september 2026.",
                assertRefused("opzegging.te-vroeg", () -> Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 3,
                        LocalDate.of(2026, 9, 14), START, EINDE)).message());
    }

    @Test
    void notAfterTheContractsOwnEnd() {
        assertRefused("opzegging.na-einde", () -> Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 3,
                EINDE.plusDays(1), START, EINDE));
    }

    @Test
    void aNoticePeriodRunningPastTheEndLetsTheContractRunOut() {
        LocalDate laat = LocalDate.of(2027, 11, 1);
        assertEquals(EINDE, Opzegtermijn.einddatum(laat, 3, null, START, EINDE));
        assertEquals(EINDE, Opzegtermijn.einddatum(laat, 3, EINDE, START, EINDE));
        assertRefused("opzegging.te-vroeg", () -> Opzegtermijn.einddatum(laat, 3, EINDE.minusDays(1), START, EINDE));
    }

    @Test
    void aContractThatHasNotStartedEndsNoEarlierThanItsStart() {
        LocalDate start = LocalDate.of(2026, 9, 1);
        assertEquals(start, Opzegtermijn.einddatum(LocalDate.of(2026, 6, 15), 1, null, start, EINDE));
    }
}
