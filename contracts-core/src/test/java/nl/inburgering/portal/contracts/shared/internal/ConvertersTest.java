package nl.inburgering.portal.contracts.shared.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import nl.inburgering.portal.contracts.shared.CbsCode;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;
import org.junit.jupiter.api.Test;

class ConvertersTest {

    @Test
    void moneyIsStoredWithTwoDecimals() {
        MoneyConverter c = new MoneyConverter();
        assertEquals(new BigDecimal("12.50"), c.convertToDatabaseColumn(Money.of("12,5")));
        assertEquals(Money.of("12.50"), c.convertToEntityAttribute(new BigDecimal("12.50")));
        assertNull(c.convertToDatabaseColumn(null));
        assertNull(c.convertToEntityAttribute(null));
    }

    @Test
    void identifiersAreStoredInCanonicalForm() {
        assertEquals("NL91ABNA0417164300", new IbanConverter().convertToDatabaseColumn(Iban.of("nl91 abna 0417 1643 00")));
        assertEquals(CbsCode.of("0014"), new CbsCodeConverter().convertToEntityAttribute("0014"));
        assertEquals(new BigDecimal("40.00"), new PercentageConverter().convertToDatabaseColumn(Percentage.of(40)));
        assertNull(new KvkNumberConverter().convertToEntityAttribute(null));
    }

    @Test
    void instantsSurviveTheRoundTrip() {
        Instant now = Instant.parse("2026-03-29T01:30:00.123456Z");
        InstantConverter c = new InstantConverter();
        Timestamp ts = c.convertToDatabaseColumn(now);
        assertEquals(now, c.convertToEntityAttribute(ts));
    }

    @Test
    void sortingIsWhitelistedAndAlwaysStable() {
        java.util.Map<String, String> cols = java.util.Map.of("naam", "a.naam");
        assertEquals(" order by a.naam desc, a.id desc", Listing.orderBy(null, false, cols, "naam", "a"));
        org.junit.jupiter.api.Assertions.assertThrows(
                nl.inburgering.portal.contracts.shared.InvalidInputException.class,
                () -> Listing.orderBy("naam; drop table aanbieder", true, cols, "naam", "a"));
    }

    @Test
    void likeWildcardsInSearchTextAreEscaped() {
        assertEquals("%50!%!_off!!%", Listing.containsPattern(" 50%_OFF! "));
    }
}
