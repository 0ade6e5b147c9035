package nl.inburgering.portal.contracts.shared;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = ';', value = {
        "12.50;12.50",
        "12,50;12.50",
        "12,5;12.50",
        "12;12.00",
        "€ 12,-;12.00",
        "1.234,56;1234.56",
        "1.234.567,8;1234567.80",
        "1 234,56;1234.56",
        "-3,5;-3.50",
        "0,00;0.00",
        "'  7,05 ';7.05",
        "EUR 99;99.00"})
    void readsWhatPeopleType(String typed, String canonical) {
        assertEquals(canonical, Money.of(typed).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,50,1", "1,2.3", "12.50.", "--1", "1e3", "€"})
    void refusesWhatIsNoAmount(String typed) {
        assertRefused("bedrag.ongeldig", () -> Money.of(typed));
    }

    @Test
    void aSingleDotBeforeThreeDigitsIsAmbiguousAndRefusedRatherThanGuessed() {
        assertRefused("bedrag.dubbelzinnig", () -> Money.of("1.234"));
        assertRefused("bedrag.dubbelzinnig", () -> Money.of("€ 12.500"));
        assertEquals("1234567.00", Money.of("1.234.567").toString());
        assertEquals("12500.00", Money.of("12.500,00").toString());
    }

    @Test
    void moreThanTwoDecimalsAreRefused() {
        assertRefused("bedrag.decimalen", () -> Money.of("12,345"));
        assertRefused("bedrag.decimalen", () -> Money.of("12.3456"));
        assertRefused("bedrag.decimalen", () -> Money.of(new BigDecimal("0.001")));
    }

    @Test
    void emptyIsRequired() {
        assertRefused("bedrag.verplicht", () -> Money.of(""));
        assertRefused("bedrag.verplicht", () -> Money.of((String) null));
        assertRefused("bedrag.verplicht", () -> Money.of((BigDecimal) null));
    }

    @Test
    void trailingZerosBeyondCentsAreExactAndAccepted() {
        assertEquals(Money.of("12.50"), Money.of(new BigDecimal("12.500000")));
    }

    @Test
    void equalAmountsAreEqualWhateverTheInputScale() {
        assertEquals(Money.of(new BigDecimal("12.5")), Money.of("12,50"));
        assertEquals(Money.of(new BigDecimal("12.5")).hashCode(), Money.of("12,50").hashCode());
        assertEquals(Money.ZERO, Money.of("-0,00"));
        assertEquals(2, Money.of("7").amount().scale());
    }

    @Test
    void roundingIsHalfUpToCentsAndOnlyWhereAsked() {
        assertEquals(Money.of("0.03"), Money.rounded(new BigDecimal("0.025")));
        assertEquals(Money.of("0.02"), Money.rounded(new BigDecimal("0.0249")));
        assertEquals(Money.of("-0.03"), Money.rounded(new BigDecimal("-0.025")));
        // 62.50 an hour x 12.75 hours = 796.875 -> 796.88
        assertEquals(Money.of("796.88"), Money.of("62.50").times(new BigDecimal("12.75")));
        // 950 a month x 17/31 days, rounded once
        assertEquals(Money.of("520.97"), Money.of("950").times(new BigDecimal("17").divide(new BigDecimal("31"),
                10, java.math.RoundingMode.HALF_UP)));
    }

    @Test
    void arithmetic() {
        Money a = Money.of("10.10");
        Money b = Money.of("0.95");
        assertEquals(Money.of("11.05"), a.plus(b));
        assertEquals(Money.of("9.15"), a.minus(b));
        assertEquals(Money.of("-9.15"), b.minus(a));
        assertTrue(b.minus(a).isNegative());
        assertEquals(Money.of("-10.10"), a.negate());
        assertTrue(a.minus(a).isZero());
        assertTrue(a.compareTo(b) > 0);
        assertTrue(a.isPositive());
        assertFalse(Money.ZERO.isPositive());
        assertEquals(Money.of("21.05"), Money.sum(List.of(a, b, Money.euros(10))));
        assertEquals(Money.ZERO, Money.sum(List.of()));
    }

    @Test
    void refusesMoreThanNumeric19Scale2Holds() {
        assertRefused("bedrag.te-groot", () -> Money.of("100000000000000000"));
        assertEquals("99999999999999999.99", Money.of("99999999999999999.99").toString());
    }

    @Property
    void canonicalFormReadsBackToTheSameAmount(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents) {
        Money m = Money.of(BigDecimal.valueOf(cents, 2));
        assertEquals(m, Money.of(m.toString()));
        assertEquals(m, Money.of(m.toString().replace('.', ',')));
    }

    @Property
    void plusThenMinusGivesTheOriginal(@ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long b) {
        Money x = Money.of(BigDecimal.valueOf(a, 2));
        Money y = Money.of(BigDecimal.valueOf(b, 2));
        assertEquals(x, x.plus(y).minus(y));
        assertEquals(x.plus(y), y.plus(x));
    }
}
