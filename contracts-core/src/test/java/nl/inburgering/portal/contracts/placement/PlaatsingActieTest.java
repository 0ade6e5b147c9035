package nl.inburgering.portal.contracts.placement;

import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.AANGEMELD;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.AFGEROND;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.GEACCEPTEERD;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.GESTART;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.ONDERBROKEN;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.VOORGESTELD;
import static nl.inburgering.portal.contracts.placement.PlaatsingStatus.VOORTIJDIG_BEEINDIGD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The placement state machine, every (action, status) pair: the legal ones lead where the table below
 * says, every other one is refused with a message naming the current status. The table is written out
 * here, not derived from the code under test.
 */
class PlaatsingActieTest {

    /** DESIGN.md's life cycle, plus the withdrawal and route switch before or during the course. */
    private static final Map<PlaatsingActie, Map<PlaatsingStatus, PlaatsingStatus>> LEGAAL =
            new EnumMap<>(PlaatsingActie.class);

    static {
        legaal(PlaatsingActie.VOORSTELLEN, AANGEMELD, VOORGESTELD);
        legaal(PlaatsingActie.ACCEPTEREN, VOORGESTELD, GEACCEPTEERD);
        legaal(PlaatsingActie.WEIGEREN, VOORGESTELD, AANGEMELD);
        legaal(PlaatsingActie.STARTEN, GEACCEPTEERD, GESTART);
        legaal(PlaatsingActie.ONDERBREKEN, GESTART, ONDERBROKEN);
        legaal(PlaatsingActie.HERVATTEN, ONDERBROKEN, GESTART);
        legaal(PlaatsingActie.AFRONDEN, GESTART, AFGEROND);
        legaal(PlaatsingActie.AFRONDEN, ONDERBROKEN, AFGEROND);
        for (PlaatsingStatus s : List.of(GEACCEPTEERD, GESTART, ONDERBROKEN)) {
            legaal(PlaatsingActie.BEEINDIGEN, s, VOORTIJDIG_BEEINDIGD);
        }
        for (PlaatsingStatus s : List.of(AANGEMELD, VOORGESTELD, GEACCEPTEERD)) {
            legaal(PlaatsingActie.INTREKKEN, s, VOORTIJDIG_BEEINDIGD);
        }
        for (PlaatsingStatus s : List.of(AANGEMELD, VOORGESTELD, GEACCEPTEERD, GESTART, ONDERBROKEN)) {
            legaal(PlaatsingActie.OVERSTAPPEN, s, VOORTIJDIG_BEEINDIGD);
        }
    }

    private static void legaal(PlaatsingActie actie, PlaatsingStatus van, PlaatsingStatus naar) {
        LEGAAL.computeIfAbsent(actie, a -> new EnumMap<>(PlaatsingStatus.class)).put(van, naar);
    }

    static Stream<Arguments> everyActionInEveryStatus() {
        List<Arguments> all = new ArrayList<>();
        for (PlaatsingActie a : PlaatsingActie.values()) {
            for (PlaatsingStatus s : PlaatsingStatus.values()) {
                all.add(Arguments.of(a, s));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} vanuit {1}")
    @MethodSource("everyActionInEveryStatus")
    void legalTransitionsLeadWhereTheLifeCycleSaysAndAllOthersAreRefused(PlaatsingActie actie, PlaatsingStatus van) {
        PlaatsingStatus verwacht = LEGAAL.getOrDefault(actie, Map.of()).get(van);
        if (verwacht != null) {
            assertEquals(verwacht, actie.vanuit(van));
            assertTrue(actie.magVanuit(van));
        } else {
            StateConflictException e = assertThrows(StateConflictException.class, () -> actie.vanuit(van));
            assertTrue(e.getMessage().contains("status " + van + " "), e.getMessage());
            assertTrue(e.getMessage().contains("kan alleen bij status"), e.getMessage());
        }
    }

    @Test
    void finalStatusesHaveNoWayOut() {
        for (PlaatsingActie a : PlaatsingActie.values()) {
            assertThrows(StateConflictException.class, () -> a.vanuit(AFGEROND));
            assertThrows(StateConflictException.class, () -> a.vanuit(VOORTIJDIG_BEEINDIGD));
        }
    }

    @Test
    void theMessageNamesTheCurrentAndTheAllowedStatus() {
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> PlaatsingActie.ACCEPTEREN.vanuit(GESTART));
        assertEquals("Deze plaatsing heeft status GESTART en kan niet worden geaccepteerd; dat kan alleen bij status"
                + " VOORGESTELD.", e.getMessage());
    }

    @Test
    void statusGroupsFollowTheRules() {
        assertEquals(EnumSet.of(AANGEMELD, VOORGESTELD, GEACCEPTEERD, GESTART, ONDERBROKEN),
                EnumSet.copyOf(PlaatsingStatus.LOPEND));
        // rule 4 counts GEACCEPTEERD, GESTART, ONDERBROKEN; a proposal reserves its place too
        assertEquals(EnumSet.of(GEACCEPTEERD, GESTART, ONDERBROKEN), EnumSet.copyOf(PlaatsingStatus.OPEN));
        assertEquals(EnumSet.of(VOORGESTELD, GEACCEPTEERD, GESTART, ONDERBROKEN),
                EnumSet.copyOf(PlaatsingStatus.BEZET_CAPACITEIT));
    }
}
