package nl.inburgering.portal.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BudgetTest {

    @Test
    void budgetIsNormTimesAsielmigrantenAndRoomIsWhatSpendingAndCommitmentsLeave() {
        Budget b = Budget.van(1, "Eemsdelta", 2026, 12, new BigDecimal("10000"), new BigDecimal("31000.10"),
                new BigDecimal("50000.456"));
        assertEquals(new BigDecimal("120000.00"), b.budget());
        assertEquals(new BigDecimal("50000.46"), b.verplicht());
        assertEquals(new BigDecimal("38999.44"), b.ruimte());
    }

    @Test
    void nothingSpentOrCommittedIsZeroAndOverspendingIsNegative() {
        assertEquals(new BigDecimal("0.00"), Budget.van(1, "X", 2026, 0, new BigDecimal("10000"), null, null).ruimte());
        assertEquals(new BigDecimal("-5.00"), Budget.van(1, "X", 2026, 1, new BigDecimal("10"), new BigDecimal("15"),
                null).ruimte());
    }

    @Test
    void percentagesHaveOneDecimalAndNoneWithoutABasis() {
        assertEquals(new BigDecimal("66.7"), Bedragen.percentage(2, 3));
        assertEquals(new BigDecimal("33.3"), Bedragen.percentage(1, 3));
        assertEquals(new BigDecimal("0.0"), Bedragen.percentage(0, 3));
        assertNull(Bedragen.percentage(1, 0));
        assertEquals(new BigDecimal("87.5"), Bedragen.percentage(new BigDecimal("10.50"), new BigDecimal("12.00")));
    }

    @Test
    void aYearOfEveryMonthAddsUp() {
        BigDecimal[] m = new BigDecimal[12];
        m[0] = new BigDecimal("1.005");
        m[11] = new BigDecimal("2");
        RegioOverzicht.Maandreeks r = RapportageService.reeks(null, "totaal", m);
        assertEquals(12, r.bedragen().size());
        assertEquals(new BigDecimal("1.01"), r.bedragen().get(0));
        assertEquals(new BigDecimal("0.00"), r.bedragen().get(5));
        assertEquals(new BigDecimal("3.01"), r.totaal());
    }
}
