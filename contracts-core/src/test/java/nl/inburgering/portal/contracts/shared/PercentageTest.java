package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentageTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"40;40.00", "40%;40.00", "12,5 %;12.50", "12.5;12.50", "0;0.00", "100;100.00"})
    void readsWhatPeopleType(String typed, String canonical) {
        assertEquals(canonical, Percentage.of(typed).toString());
    }

    @Test
    void refusesOutsideZeroToHundredAndTooPrecise() {
        assertRefused("percentage.bereik", () -> Percentage.of("100.01"));
        assertRefused("percentage.bereik", () -> Percentage.of(new BigDecimal("-1")));
        assertRefused("percentage.ongeldig", () -> Percentage.of("-1"));
        assertRefused("percentage.decimalen", () -> Percentage.of("33.333"));
        assertRefused("percentage.ongeldig", () -> Percentage.of("veertig"));
        assertRefused("percentage.verplicht", () -> Percentage.of(" "));
    }

    @Test
    void appliesToMoneyRoundingHalfUpOnce() {
        assertEquals(Money.of("4000.00"), Percentage.of(40).applyTo(Money.of("10000")));
        // 1234.57 x 33.33 % = 411.482181 -> 411.48
        assertEquals(Money.of("411.48"), Percentage.of("33.33").applyTo(Money.of("1234.57")));
        // 0.05 x 50 % = 0.025 -> 0.03
        assertEquals(Money.of("0.03"), Percentage.of(50).applyTo(Money.of("0.05")));
    }

    @Test
    void fractionAndFlags() {
        assertEquals(new BigDecimal("0.4000"), Percentage.of(40).fraction());
        assertTrue(Percentage.ZERO.isZero());
        assertTrue(Percentage.of("100,00").isHundred());
        assertEquals(Percentage.of("40"), Percentage.of(new BigDecimal("40.0")));
    }
}
