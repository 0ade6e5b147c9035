package nl.inburgering.portal.contracts.contract;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;
import org.junit.jupiter.api.Test;

class TariefTest {

    private static final LocalDate JAN_2026 = LocalDate.of(2026, 1, 1);

    private static Map<Mijlpaal, Percentage> mijlpalen(long start, long halverwege, long afronding) {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        m.put(Mijlpaal.START, Percentage.of(start));
        m.put(Mijlpaal.HALVERWEGE, Percentage.of(halverwege));
        m.put(Mijlpaal.AFRONDING, Percentage.of(afronding));
        return m;
    }

    @Test
    void milestonesThatSumToHundredPayTheirShareOfThePrice() {
        Tarief t = Tarief.traject(JAN_2026, Money.of("10000"), mijlpalen(40, 40, 20));
        assertEquals(Money.of("4000"), t.bedragVoorMijlpaal(Mijlpaal.START));
        assertEquals(Money.of("2000"), t.bedragVoorMijlpaal(Mijlpaal.AFRONDING));
        assertEquals(Optional.of(Percentage.of(40)), t.percentageVoor(Mijlpaal.HALVERWEGE));
    }

    @Test
    void milestonesThatDoNotSumToHundredAreRefused() {
        FieldError e = assertRefused("tarief.mijlpalen-som",
                () -> Tarief.traject(JAN_2026, Money.of("10000"), mijlpalen(40, 40, 10)));
        assertEquals("mijlpalen", e.field());
        assertTrue(e.message().contains("90"), e.message());
        assertRefused("tarief.mijlpalen-som", () -> Tarief.traject(JAN_2026, Money.of("10000"), mijlpalen(40, 40, 30)));
    }

    @Test
    void decimalPercentagesMustSumToExactlyHundred() {
        Map<Mijlpaal, Percentage> thirds = new EnumMap<>(Mijlpaal.class);
        thirds.put(Mijlpaal.START, Percentage.of("33.33"));
        thirds.put(Mijlpaal.HALVERWEGE, Percentage.of("33.33"));
        thirds.put(Mijlpaal.AFRONDING, Percentage.of("33.33"));
        assertRefused("tarief.mijlpalen-som", () -> Tarief.traject(JAN_2026, Money.of("1234.57"), thirds));
        thirds.put(Mijlpaal.AFRONDING, Percentage.of("33.34"));
        Tarief t = Tarief.traject(JAN_2026, Money.of("1234.57"), thirds);
        // each milestone rounded half up once: 1234.57 x 33.33 % = 411.482181 -> 411.48
        assertEquals(Money.of("411.48"), t.bedragVoorMijlpaal(Mijlpaal.START));
        assertEquals(Money.of("411.61"), t.bedragVoorMijlpaal(Mijlpaal.AFRONDING));
    }

    @Test
    void twoMilestonesAreEnoughAndAMissingOneEarnsNothing() {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        m.put(Mijlpaal.START, Percentage.of(50));
        m.put(Mijlpaal.AFRONDING, Percentage.of(50));
        Tarief t = Tarief.traject(JAN_2026, Money.of("3000"), m);
        assertEquals(Money.ZERO, t.bedragVoorMijlpaal(Mijlpaal.HALVERWEGE));
        assertEquals(2, t.getMijlpalen().size());
    }

    @Test
    void milestonesAreKeptInTheOrderTheyAreReached() {
        Map<Mijlpaal, Percentage> m = new LinkedHashMap<>();
        m.put(Mijlpaal.AFRONDING, Percentage.of(20));
        m.put(Mijlpaal.START, Percentage.of(40));
        m.put(Mijlpaal.HALVERWEGE, Percentage.of(40));
        Tarief t = Tarief.traject(JAN_2026, Money.of("10000"), m);
        assertEquals(Mijlpaal.START, t.getMijlpalen().get(0).getMijlpaal());
        assertEquals(Mijlpaal.AFRONDING, t.getMijlpalen().get(2).getMijlpaal());
    }

    @Test
    void aTrajectoryNeedsMilestonesAndAZeroShareIsRefused() {
        assertRefused("tarief.mijlpalen-verplicht", () -> Tarief.traject(JAN_2026, Money.of("10000"), Map.of()));
        assertRefused("tarief.mijlpaal-nul", () -> Tarief.traject(JAN_2026, Money.of("10000"), mijlpalen(0, 80, 20)));
    }

    @Test
    void eachModelOnlyHasItsOwnExtras() {
        assertRefused("tarief.mijlpalen-alleen-traject", () -> Tarief.of(JAN_2026, Betaalmodel.PER_UUR,
                Money.of("60"), null, mijlpalen(40, 40, 20), null));
        assertRefused("tarief.max-uren-alleen-per-uur", () -> Tarief.of(JAN_2026, Betaalmodel.PER_MAAND,
                Money.of("900"), new BigDecimal("800"), null, null));
        assertRefused("tarief.max-uren-ongeldig", () -> Tarief.perUur(JAN_2026, Money.of("60"), BigDecimal.ZERO));
    }

    @Test
    void aRateIsPositiveAndEverythingMissingIsReportedAtOnce() {
        assertRefused("tarief.bedrag-positief", () -> Tarief.perMaand(JAN_2026, Money.ZERO));
        assertFieldsRefused(Set.of("geldigVanaf", "betaalmodel", "bedrag"), () -> Tarief.of(null, null, null, null,
                null, null));
    }

    @Test
    void anHourlyRateWithItsCap() {
        Tarief t = Tarief.perUur(JAN_2026, Money.of("62,50"), new BigDecimal("800"));
        assertEquals(Betaalmodel.PER_UUR, t.getBetaalmodel());
        assertEquals(0, new BigDecimal("800").compareTo(t.getMaxUrenPerPlaatsing()));
        assertTrue(t.getMijlpalen().isEmpty());
    }
}
