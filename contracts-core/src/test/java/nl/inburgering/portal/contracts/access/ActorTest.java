package nl.inburgering.portal.contracts.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void aGemeenteUserIsBoundToExactlyOneGemeente() {
        assertDoesNotThrow(() -> new Actor("consulent", Role.GEMEENTE, 2L, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("consulent", Role.GEMEENTE, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("consulent", Role.GEMEENTE, 2L, 5L));
    }

    @Test
    void aProviderUserIsBoundToExactlyOneProvider() {
        assertDoesNotThrow(() -> new Actor("docent", Role.AANBIEDER, null, 5L));
        assertThrows(IllegalArgumentException.class, () -> new Actor("docent", Role.AANBIEDER, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("docent", Role.AANBIEDER, 2L, 5L));
    }

    @Test
    void regionWideRolesAreBoundToNeither() {
        assertDoesNotThrow(() -> new Actor("cb", Role.CONTRACTBEHEERDER, null, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("cb", Role.CONTRACTBEHEERDER, 2L, null));
        assertThrows(IllegalArgumentException.class, () -> new Actor("admin", Role.BEHEERDER, null, 5L));
    }

    @Test
    void usernameAndRoleAreRequired() {
        assertThrows(NullPointerException.class, () -> new Actor(null, Role.BEHEERDER, null, null));
        assertThrows(NullPointerException.class, () -> new Actor("x", null, null, null));
    }

    @Test
    void onlyContractManagersSeeTheWholeRegion() {
        assertTrue(new Actor("cb", Role.CONTRACTBEHEERDER, null, null).seesWholeRegion());
        assertFalse(new Actor("g", Role.GEMEENTE, 1L, null).seesWholeRegion());
        assertFalse(Actor.system().seesWholeRegion());
        assertEquals(Role.BEHEERDER, Actor.system().role());
        assertTrue(Actor.system().is(Role.BEHEERDER));
    }
}
