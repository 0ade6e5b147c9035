package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "012345672"})
    void acceptsNumbersThatPassTheElevenTest(String bsn) {
        assertEquals(bsn, Bsn.of(bsn).value());
    }

    @Test
    void elevenTestByHand() {
        // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66 = 6 x 11
        assertTrue(Bsn.passesElevenTest("111222333"));
        assertFalse(Bsn.passesElevenTest("111222334"));
    }

    @Test
    void refusesNumbersThatFailTheElevenTestAndAllZeros() {
        assertRefused("bsn.elfproef", () -> Bsn.of("111222334"));
        assertRefused("bsn.elfproef", () -> Bsn.of("123456789"));
        assertRefused("bsn.elfproef", () -> Bsn.of("000000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1112223", "1112223333", "11122233a", "BSN111222333"})
    void refusesAnythingButNineDigits(String typed) {
        assertRefused("bsn.ongeldig", () -> Bsn.of(typed));
    }

    @Test
    void normalisesSeparatorsAndRestoresADroppedLeadingZero() {
        assertEquals(Bsn.of("111222333"), Bsn.of("1112.22.333"));
        assertEquals(Bsn.of("111222333"), Bsn.of(" 111 222 333 "));
        assertEquals(Bsn.of("111222333"), Bsn.of("111-222-333"));
        assertEquals("012345672", Bsn.of("12345672").value());
    }

    @Test
    void showsOnlyTheLastFourDigitsAndNeverTheNumberInToString() {
        Bsn bsn = Bsn.of("111222333");
        assertEquals("XXXXX2333", bsn.masked());
        assertEquals("XXXXX2333", bsn.toString());
        assertFalse(String.valueOf(bsn).contains("111222333"));
        assertEquals("XXXXX5672", Bsn.of("012345672").masked());
    }

    @Property
    void everyEightDigitPrefixHasAtMostOneValidLastDigit(@ForAll @IntRange(min = 0, max = 99_999_999) int prefix) {
        String p = String.format("%08d", prefix);
        int valid = 0;
        for (int d = 0; d <= 9; d++) {
            if (Bsn.passesElevenTest(p + d)) {
                valid++;
            }
        }
        assertTrue(valid <= 1, p + " has " + valid + " valid last digits");
    }

    @Property
    void swappingTwoDifferentNeighbouringDigitsIsDetected(@ForAll @IntRange(min = 0, max = 7) int position) {
        String valid = "123456782";
        char[] c = valid.toCharArray();
        char t = c[position];
        c[position] = c[position + 1];
        c[position + 1] = t;
        assertFalse(Bsn.passesElevenTest(new String(c)));
    }
}
