package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IbanTest {

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "NL20INGB0001234567", "BE68539007547034", "DE89370400440532013000",
        "GB82WEST12345698765432"})
    void acceptsValidIbans(String iban) {
        assertEquals(iban, Iban.of(iban).value());
    }

    @Test
    void normalisesSpacesAndCase() {
        Iban iban = Iban.of(" nl91 abna 0417 1643 00 ");
        assertEquals("NL91ABNA0417164300", iban.toString());
        assertEquals("NL", iban.countryCode());
    }

    @Test
    void formatsInGroupsOfFour() {
        assertEquals("NL91 ABNA 0417 1643 00", Iban.of("NL91ABNA0417164300").formatted());
        assertEquals("DE89 3704 0044 0532 0130 00", Iban.of("DE89370400440532013000").formatted());
    }

    @Test
    void refusesAWrongCheckNumber() {
        assertRefused("iban.controlegetal", () -> Iban.of("NL92ABNA0417164300"));
        assertRefused("iban.controlegetal", () -> Iban.of("NL91ABNA0417164301"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA041716430", "NL91ABNA04171643000", "1291ABNA0417164300", "NLXXABNA0417164300",
        "NL91-ABNA-0417-1643-00", "NL91"})
    void refusesTheWrongForm(String typed) {
        assertRefused("iban.ongeldig", () -> Iban.of(typed));
    }

    @Test
    void emptyIsRequired() {
        assertRefused("iban.verplicht", () -> Iban.of(""));
    }

    @Property
    void detectsEveryChangedDigit(@ForAll @IntRange(min = 8, max = 17) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] c = "NL91ABNA0417164300".toCharArray();
        c[position] = (char) ('0' + (c[position] - '0' + shift) % 10);
        String typo = new String(c);
        assertThrows(InvalidInputException.class, () -> Iban.of(typo));
    }
}
