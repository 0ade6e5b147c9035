package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

/** The VAT split by largest remainder (DESIGN.md, "Settlement"): the shares sum exactly to the invoice's VAT. */
class BtwVerdelingTest {

    private static Map<Long, Money> netto(Object... gemeenteEnBedrag) {
        Map<Long, Money> m = new LinkedHashMap<>();
        for (int i = 0; i < gemeenteEnBedrag.length; i += 2) {
            m.put((Long) gemeenteEnBedrag[i], euro((String) gemeenteEnBedrag[i + 1]));
        }
        return m;
    }

    private static Map<Long, Money> verwacht(Object... gemeenteEnBedrag) {
        return new TreeMap<>(netto(gemeenteEnBedrag));
    }

    @Test
    void threeGemeentenAt21PercentShareTheRemainderCents() {
        Map<Long, Money> n = netto(1966L, "33.33", 1969L, "33.33", 1979L, "33.34");
        Money btw = BtwTarief.EENENTWINTIG.btwOver(euro("100.00"));
        assertEquals(euro("21.00"), btw);

        // quotas in cents: 2100 x 3333 / 10000 = 699.93 (twice) and 2100 x 3334 / 10000 = 700.14;
        // rounded down 699 + 699 + 700 = 2098: the 2 cents left go to the two largest remainders (.93, .93)
        assertEquals(verwacht(1966L, "7.00", 1969L, "7.00", 1979L, "7.00"), BtwVerdeling.verdeel(btw, n));
    }

    @Test
    void equalRemaindersGiveTheCentToTheLowerGemeenteId() {
        // given in another order than by id, so the order of the map cannot decide
        Map<Long, Money> n = netto(1979L, "10.01", 14L, "10.01", 1966L, "10.01");
        // 30.03 x 21 % = 6.3063 -> 6.31; per gemeente 10.01 x 21 % = 2.1021 would give 2.10 x 3 = 6.30
        Money btw = BtwTarief.EENENTWINTIG.btwOver(euro("30.03"));
        assertEquals(euro("6.31"), btw);

        // quotas 210.333.. cents each: 210 each, one cent left, remainders equal: the lowest id (14) gets it
        assertEquals(verwacht(14L, "2.11", 1966L, "2.10", 1979L, "2.10"), BtwVerdeling.verdeel(btw, n));
    }

    @Test
    void aCreditIsSplitAsTheMirrorImageOfTheSamePositiveAmount() {
        Map<Long, Money> n = netto(1979L, "-10.01", 14L, "-10.01", 1966L, "-10.01");
        Money btw = BtwTarief.EENENTWINTIG.btwOver(euro("-30.03"));
        assertEquals(euro("-6.31"), btw);

        assertEquals(verwacht(14L, "-2.11", 1966L, "-2.10", 1979L, "-2.10"), BtwVerdeling.verdeel(btw, n));
    }

    @Test
    void aGemeenteWithNegativeLinesCarriesANegativeShare() {
        // corrections: Eemsdelta 100.00, Het Hogeland -33.33; 66.67 x 21 % = 14.0007 -> 14.00
        Map<Long, Money> n = netto(1979L, "100.00", 1966L, "-33.33");
        Money btw = BtwTarief.EENENTWINTIG.btwOver(euro("66.67"));

        // quotas in cents: 1400 x 10000 / 6667 = 2099.895.. and 1400 x -3333 / 6667 = -699.895..;
        // rounded down (towards minus infinity) 2099 and -700, remainders .895 and .105: 1 cent left -> 1979
        assertEquals(verwacht(1966L, "-7.00", 1979L, "21.00"), BtwVerdeling.verdeel(btw, n));
    }

    @Test
    void noVatGivesEveryGemeenteZero() {
        assertEquals(verwacht(14L, "0.00", 1979L, "0.00"),
                BtwVerdeling.verdeel(Money.ZERO, netto(14L, "10.00", 1979L, "-10.00")));
        assertTrue(BtwVerdeling.verdeel(Money.ZERO, Map.of()).isEmpty());
    }

    @Test
    void vatOverNothingIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> BtwVerdeling.verdeel(euro("1.00"), netto(14L, "10.00", 1979L, "-10.00")));
    }

    @Property
    void sharesSumToTheVatAndEachLiesWithinACentOfItsQuota(
            @ForAll @Size(min = 1, max = 12) List<@LongRange(min = -2_000_000, max = 5_000_000) Long> centen,
            @ForAll boolean eenentwintig) {
        Map<Long, Money> n = new LinkedHashMap<>();
        for (int i = 0; i < centen.size(); i++) {
            n.put((long) (centen.size() - i) * 7, Money.of(BigDecimal.valueOf(centen.get(i), 2)));
        }
        Money totaal = Money.sum(n.values());
        Money btw = (eenentwintig ? BtwTarief.EENENTWINTIG : BtwTarief.NUL).btwOver(totaal);

        SortedMap<Long, Money> aandelen = BtwVerdeling.verdeel(btw, n);

        assertEquals(n.keySet(), aandelen.keySet());
        assertEquals(btw, Money.sum(aandelen.values()));
        if (!btw.isZero()) {
            for (Map.Entry<Long, Money> e : n.entrySet()) {
                BigDecimal quotum = btw.amount().multiply(e.getValue().amount())
                        .divide(totaal.amount(), MathContext.DECIMAL128);
                BigDecimal afstand = aandelen.get(e.getKey()).amount().subtract(quotum).abs();
                assertTrue(afstand.compareTo(new BigDecimal("0.01")) < 0,
                        e.getKey() + ": " + aandelen.get(e.getKey()) + " vs quota " + quotum);
            }
        }
    }
}
