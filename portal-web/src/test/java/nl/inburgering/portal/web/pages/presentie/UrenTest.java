package nl.inburgering.portal.web.pages.presentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UrenTest {

    @Test
    void readsADecimalCommaAndAPoint() {
        assertEquals(0, new BigDecimal("2.5").compareTo(Uren.lees("2,5").orElseThrow()));
        assertEquals(0, new BigDecimal("2.5").compareTo(Uren.lees(" 2.5 ").orElseThrow()));
        assertEquals(0, new BigDecimal("3").compareTo(Uren.lees("3").orElseThrow()));
        assertEquals(0, BigDecimal.ZERO.compareTo(Uren.lees("0").orElseThrow()));
    }

    @Test
    void aBlankFieldIsNoNumber() {
        assertTrue(Uren.lees(null).isEmpty());
        assertTrue(Uren.lees("  ").isEmpty());
    }

    @Test
    void refusesWhatIsNotANumber() {
        assertThrows(NumberFormatException.class, () -> Uren.lees("twee"));
        assertThrows(NumberFormatException.class, () -> Uren.lees("1,2,3"));
        assertThrows(NumberFormatException.class, () -> Uren.lees("1.000,5"));
        assertThrows(NumberFormatException.class, () -> Uren.lees("2,5 uur"));
    }

    @Test
    void showsACommaToDutchUsersAndAPointToEnglishOnes() {
        assertEquals("2,5", Uren.tekst(new BigDecimal("2.50"), Locale.forLanguageTag("nl-NL")));
        assertEquals("2.5", Uren.tekst(new BigDecimal("2.50"), Locale.ENGLISH));
        assertEquals("3", Uren.tekst(new BigDecimal("3.00"), Locale.forLanguageTag("nl")));
        assertEquals("10", Uren.tekst(new BigDecimal("10.00"), null));
        assertEquals(null, Uren.tekst(null, Locale.ENGLISH));
    }
}
