package nl.inburgering.portal.tendering.aanbesteding;

import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.BEOORDEELD;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.CONCEPT;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.GEGUND;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.GEPUBLICEERD;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.GESLOTEN;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus.INGETROKKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AanbestedingStatusTest {

    /** The whole machine: from each status, exactly these. */
    private static final Map<AanbestedingStatus, Set<AanbestedingStatus>> TOEGESTAAN = Map.of(
            CONCEPT, EnumSet.of(GEPUBLICEERD, INGETROKKEN),
            GEPUBLICEERD, EnumSet.of(GESLOTEN, INGETROKKEN),
            GESLOTEN, EnumSet.of(BEOORDEELD, INGETROKKEN),
            BEOORDEELD, EnumSet.of(GESLOTEN, GUNNINGSVOORNEMEN_VERZONDEN, INGETROKKEN),
            GUNNINGSVOORNEMEN_VERZONDEN, EnumSet.of(GESLOTEN, GEGUND, INGETROKKEN),
            GEGUND, EnumSet.noneOf(AanbestedingStatus.class),
            INGETROKKEN, EnumSet.noneOf(AanbestedingStatus.class));

    @ParameterizedTest
    @EnumSource(AanbestedingStatus.class)
    void exactlyTheAllowedTransitionsAreAllowedAndEveryOtherIsRefused(AanbestedingStatus van) {
        for (AanbestedingStatus naar : AanbestedingStatus.values()) {
            boolean mag = TOEGESTAAN.get(van).contains(naar);
            assertEquals(mag, van.kanNaar(naar), van + " -> " + naar);
            if (mag) {
                assertEquals(naar, van.naar(naar, "test"));
            } else {
                StateConflictException e = assertThrows(StateConflictException.class, () -> van.naar(naar, "worden getest"));
                assertTrue(e.getMessage().contains("'" + van.omschrijving() + "'"), e.getMessage());
            }
        }
    }

    @Test
    void awardedAndCancelledAreFinal() {
        assertTrue(GEGUND.isEindstatus());
        assertTrue(INGETROKKEN.isEindstatus());
        assertFalse(GUNNINGSVOORNEMEN_VERZONDEN.isEindstatus());
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> GEGUND.naar(INGETROKKEN, "worden ingetrokken"));
        assertTrue(e.getMessage().contains("eindstatus"), e.getMessage());
    }

    @Test
    void onlyTheDraftIsNotPublic() {
        for (AanbestedingStatus s : AanbestedingStatus.values()) {
            assertEquals(s != CONCEPT, s.isPubliek(), s.name());
        }
    }

    @Test
    void aRefusalNamesWhatIsPossible() {
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> GEPUBLICEERD.naar(GEGUND, "definitief worden gegund"));
        assertEquals("Een aanbesteding met status 'gepubliceerd' kan niet definitief worden gegund (mogelijk vanuit "
                + "deze status: gesloten, ingetrokken).", e.getMessage());
    }
}
