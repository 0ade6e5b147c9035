package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KvkNumberTest {

    @Test
    void eightDigitsKeepingLeadingZeros() {
        assertEquals("12345678", KvkNumber.of("12345678").toString());
        assertEquals("01234567", KvkNumber.of("01234567").value());
    }

    @Test
    void removesSpacesAndDotsPeopleType() {
        assertEquals(KvkNumber.of("12345678"), KvkNumber.of(" 1234 5678 "));
        assertEquals(KvkNumber.of("12345678"), KvkNumber.of("12.34.56.78"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "KVK12345678", "12-345678"})
    void refusesAnythingButEightDigits(String typed) {
        FieldError e = assertRefused("kvk.ongeldig", () -> KvkNumber.of(typed));
        assertEquals("kvkNummer", e.field());
    }

    @Test
    void emptyIsRequired() {
        assertRefused("kvk.verplicht", () -> KvkNumber.of(null));
    }
}
