package nl.inburgering.portal.contracts.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

class BtwTariefTest {

    @Test
    void vatIsRoundedHalfUpToCents() {
        assertEquals(Money.of("21.00"), BtwTarief.EENENTWINTIG.btwOver(Money.of("100.01")));
        // 0.05 x 21 % = 0.0105 -> 0.01; 0.50 x 21 % = 0.105 -> 0.11
        assertEquals(Money.of("0.01"), BtwTarief.EENENTWINTIG.btwOver(Money.of("0.05")));
        assertEquals(Money.of("0.11"), BtwTarief.EENENTWINTIG.btwOver(Money.of("0.50")));
        assertEquals(Money.ZERO, BtwTarief.NUL.btwOver(Money.of("12345.67")));
    }
}
