package nl.inburgering.portal.tendering.beoordeling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer.Criterium;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer.Kandidaat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BpkvScorerTest {

    private static final BigDecimal PRIJS = new BigDecimal("40");
    private static final List<Criterium> CRITERIA = List.of(
            new Criterium(1, "Plan van aanpak", new BigDecimal("35"), 10),
            new Criterium(2, "Kwaliteit docenten", new BigDecimal("25"), 10));

    private static final long A = 1;
    private static final long B = 2;
    private static final long C = 3;
    private static final long D = 4;
    private static final long E = 5;
    private static final long F = 6;

    /**
     * The worked example. Price weight 40; "Plan van aanpak" weight 35 and "Kwaliteit docenten"
     * weight 25, both max 10; 2 winners. Six bids:
     *
     * <pre>
     * bid                     evaluation price  scores  (D is excluded: no valid keurmerk)
     * A Taalhuis Groningen       100,000.00      8, 6
     * B Noorderlicht Taal         80,000.00      6, 6
     * C Lingua Noord              96,000.00      7, 7
     * D Taalpunt Delfzijl         70,000.00      -      excluded: its lower price must not count
     * E Spreekuur                100,000.00      9, 5
     * F Woordwijs                 96,001.00      7, 7
     * </pre>
     *
     * By hand. Lowest valid evaluation price = 80,000 (B; D's 70,000 does not count).
     * <pre>
     *    price points = 40 x 80,000 / price       quality = s1/10 x 35 + s2/10 x 25    total (2 dec)
     * A  40 x 80,000/100,000 = 32.00               28.00 + 15.00 = 43.00                75.00
     * B  40 x 80,000/ 80,000 = 40.00               21.00 + 15.00 = 36.00                76.00
     * C  40 x 80,000/ 96,000 = 33.3333...          24.50 + 17.50 = 42.00                75.3333... -> 75.33
     * E  40 x 80,000/100,000 = 32.00               31.50 + 12.50 = 44.00                76.00
     * F  40 x 80,000/ 96,001 = 33.332986...        24.50 + 17.50 = 42.00                75.332986... -> 75.33
     * </pre>
     * Ranking: E and B tie at 76.00; E has more quality points (44.00 > 36.00): E 1st, B 2nd. C and F
     * tie at 75.33 with equal quality points 42.00 (though their exact price points differ): only a
     * draw decides them, 3rd and 4th. A 5th. Winners: E and B. D has no points and no rank.
     */
    private static List<Kandidaat> voorbeeld() {
        return List.of(
                bid(A, "Taalhuis Groningen", "100000.00", 8, 6),
                bid(B, "Noorderlicht Taal", "80000.00", 6, 6),
                bid(C, "Lingua Noord", "96000.00", 7, 7),
                new Kandidaat(D, "Taalpunt Delfzijl", Money.of("70000.00"), "Geen geldig keurmerk op de sluitingsdatum.",
                        Map.of()),
                bid(E, "Spreekuur", "100000.00", 9, 5),
                bid(F, "Woordwijs", "96001.00", 7, 7));
    }

    private static Kandidaat bid(long id, String naam, String prijs, int s1, int s2) {
        return new Kandidaat(id, naam, Money.of(prijs), null, Map.of(1, BigDecimal.valueOf(s1), 2, BigDecimal.valueOf(s2)));
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Nested
    class WorkedExample {

        private final BpkvUitslag zonderLoting = BpkvScorer.bereken(PRIJS, CRITERIA, 2, voorbeeld(), List.of());
        private final BpkvUitslag metLoting = BpkvScorer.bereken(PRIJS, CRITERIA, 2, voorbeeld(), List.of(List.of(F, C)));

        @Test
        void theLowestValidPriceIgnoresTheExcludedBid() {
            assertEquals(Money.of("80000.00"), metLoting.laagsteGeldigePrijs());
            assertEquals(d("40.00"), regel(metLoting, B).prijspunten());
        }

        @Test
        void pointsAndTotalsAreAsComputedByHand() {
            assertPunten(metLoting, A, "32.00", "43.00", "75.00");
            assertPunten(metLoting, B, "40.00", "36.00", "76.00");
            assertPunten(metLoting, C, "33.33", "42.00", "75.33");
            assertPunten(metLoting, E, "32.00", "44.00", "76.00");
            assertPunten(metLoting, F, "33.33", "42.00", "75.33");
            List<CriteriumPunten> e = regel(metLoting, E).criteria();
            assertEquals(d("31.50"), e.get(0).punten());
            assertEquals(d("12.50"), e.get(1).punten());
        }

        @Test
        void aTieOnTotalIsDecidedByQualityPoints() {
            assertEquals(1, regel(metLoting, E).rang());
            assertEquals(2, regel(metLoting, B).rang());
            assertFalse(regel(metLoting, E).lotingNodig());
        }

        @Test
        void aRemainingTieNeedsADrawAndTheTableIsNotFinalWithoutOne() {
            assertEquals(List.of(List.of(C, F)), zonderLoting.onbeslisteGelijkspelen());
            assertTrue(regel(zonderLoting, C).lotingNodig());
            assertTrue(regel(zonderLoting, F).lotingNodig());
            assertFalse(regel(zonderLoting, A).lotingNodig());
            assertFalse(zonderLoting.isCompleet());
        }

        @Test
        void theRecordedDrawDecidesTheRemainingTie() {
            assertEquals(List.of(E, B, F, C, A, D), metLoting.regels().stream().map(BpkvRegel::inschrijvingId).toList());
            assertEquals(3, regel(metLoting, F).rang());
            assertEquals(4, regel(metLoting, C).rang());
            assertTrue(regel(metLoting, F).doorLotingBeslist());
            assertTrue(regel(metLoting, C).doorLotingBeslist());
            assertEquals(5, regel(metLoting, A).rang());
            assertTrue(metLoting.isCompleet());
        }

        @Test
        void aDrawThatDoesNotHoldTheWholeTieDecidesNothing() {
            BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 2, voorbeeld(), List.of(List.of(F, A)));
            assertEquals(List.of(List.of(C, F)), u.onbeslisteGelijkspelen());
        }

        @Test
        void theLatestDrawCounts() {
            BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 2, voorbeeld(), List.of(List.of(F, C), List.of(C, F)));
            assertEquals(3, regel(u, C).rang());
        }

        @Test
        void theWinnersAreTheTopRankedUpToTheNumberOfWinners() {
            assertEquals(List.of(E, B), metLoting.winnaars().stream().map(BpkvRegel::inschrijvingId).toList());
        }

        @Test
        void theExcludedBidIsListedLastWithItsReasonAndWithoutPointsOrRank() {
            BpkvRegel d = regel(metLoting, D);
            assertTrue(d.isUitgesloten());
            assertEquals("Geen geldig keurmerk op de sluitingsdatum.", d.uitsluitingsreden());
            assertNull(d.rang());
            assertNull(d.prijspunten());
            assertNull(d.totaal());
            assertFalse(d.winnaar());
            assertEquals(List.of(D), metLoting.uitgesloten().stream().map(BpkvRegel::inschrijvingId).toList());
        }

        private void assertPunten(BpkvUitslag u, long id, String prijs, String kwaliteit, String totaal) {
            BpkvRegel r = regel(u, id);
            assertEquals(d(prijs), r.prijspunten(), "price points of " + r.naam());
            assertEquals(d(kwaliteit), r.kwaliteitspunten(), "quality points of " + r.naam());
            assertEquals(d(totaal), r.totaal(), "total of " + r.naam());
        }
    }

    @Test
    void theTotalIsRoundedOnceFromTheExactSumNotFromTheShownParts() {
        // price weight 50, one criterion weight 50 max 3. Lowest price 30,000.
        // X: price 35,000 -> 50 x 30,000/35,000 = 42.857142...; score 1 -> 1/3 x 50 = 16.666666...
        //    shown 42.86 + 16.67 = 59.53, but the exact total 59.523809... rounds to 59.52.
        List<Criterium> criteria = List.of(new Criterium(1, "Plan", d("50"), 3));
        BpkvUitslag u = BpkvScorer.bereken(d("50"), criteria, 1, List.of(
                new Kandidaat(1, "Laagste", Money.of("30000.00"), null, Map.of(1, d("3"))),
                new Kandidaat(2, "X", Money.of("35000.00"), null, Map.of(1, d("1")))), List.of());
        BpkvRegel x = regel(u, 2);
        assertEquals(d("42.86"), x.prijspunten());
        assertEquals(d("16.67"), x.kwaliteitspunten());
        assertEquals(d("59.52"), x.totaal());
    }

    @Test
    void aMissingScoreCountsAsZeroAndKeepsTheTableOpen() {
        BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 1, List.of(
                new Kandidaat(1, "Half", Money.of("1000.00"), null, Map.of(1, d("10")))), List.of());
        BpkvRegel r = regel(u, 1);
        assertFalse(r.volledigGescoord());
        assertNull(r.criteria().get(1).score());
        assertEquals(d("75.00"), r.totaal()); // 40 + 35 + 0
        assertFalse(u.isCompleet());
    }

    @Test
    void aLotWithoutValidBidsHasNoWinners() {
        BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 2, List.of(
                new Kandidaat(1, "Weg", Money.of("1000.00"), "uitgesloten", Map.of())), List.of());
        assertNull(u.laagsteGeldigePrijs());
        assertTrue(u.winnaars().isEmpty());
        assertTrue(u.isCompleet());
    }

    // ---- properties ----

    @Property
    void ranksOfTheValidBidsAreAPermutation(@ForAll("kandidaten") List<Kandidaat> kandidaten) {
        BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 2, kandidaten, List.of());
        List<Integer> rangen = u.geldige().stream().map(BpkvRegel::rang).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, rangen.size()).boxed().toList(), rangen);
        assertTrue(u.uitgesloten().stream().allMatch(r -> r.rang() == null));
    }

    @Property
    void theLowestValidPriceGetsFullPricePoints(@ForAll("kandidaten") List<Kandidaat> kandidaten) {
        BpkvUitslag u = BpkvScorer.bereken(PRIJS, CRITERIA, 2, kandidaten, List.of());
        for (BpkvRegel r : u.geldige()) {
            int c = r.evaluatieprijs().compareTo(u.laagsteGeldigePrijs());
            assertTrue(c >= 0);
            if (c == 0) {
                assertEquals(d("40.00"), r.prijspunten());
            } else {
                assertTrue(r.prijspunten().compareTo(d("40.00")) <= 0);
            }
            assertTrue(r.totaal().compareTo(d("100.00")) <= 0);
        }
    }

    @Property
    void aRankIsNeverBetterThanThatOfAHigherTotal(@ForAll("kandidaten") List<Kandidaat> kandidaten) {
        List<BpkvRegel> geldig = BpkvScorer.bereken(PRIJS, CRITERIA, 2, kandidaten, List.of()).geldige();
        for (int i = 1; i < geldig.size(); i++) {
            BpkvRegel hoger = geldig.get(i - 1);
            BpkvRegel lager = geldig.get(i);
            int t = hoger.totaal().compareTo(lager.totaal());
            assertTrue(t > 0 || t == 0 && hoger.kwaliteitspunten().compareTo(lager.kwaliteitspunten()) >= 0);
        }
    }

    @Property
    void drawingEveryRemainingTieMakesTheTableFinal(@ForAll("kandidaten") List<Kandidaat> kandidaten) {
        BpkvUitslag eerst = BpkvScorer.bereken(PRIJS, CRITERIA, 2, kandidaten, List.of());
        List<List<Long>> lotingen = new ArrayList<>();
        for (List<Long> g : eerst.onbeslisteGelijkspelen()) {
            List<Long> omgekeerd = new ArrayList<>(g);
            java.util.Collections.reverse(omgekeerd);
            lotingen.add(omgekeerd);
        }
        BpkvUitslag daarna = BpkvScorer.bereken(PRIJS, CRITERIA, 2, kandidaten, lotingen);
        assertTrue(daarna.isCompleet());
        for (List<Long> loting : lotingen) {
            for (int i = 1; i < loting.size(); i++) {
                assertTrue(regel(daarna, loting.get(i - 1)).rang() < regel(daarna, loting.get(i)).rang());
            }
        }
    }

    @Provide
    Arbitrary<List<Kandidaat>> kandidaten() {
        // prices from a small set of values so that ties happen often
        Arbitrary<Kandidaat> kandidaat = Combinators.combine(
                Arbitraries.of("50000.00", "60000.00", "75000.00", "80000.00", "99999.99", "100000.00"),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 10),
                Arbitraries.integers().between(0, 5))
                .as((prijs, s1, s2, uit) -> new Kandidaat(0, "x", Money.of(prijs), uit == 0 ? "uitgesloten" : null,
                        Map.of(1, BigDecimal.valueOf(s1), 2, BigDecimal.valueOf(s2))));
        return kandidaat.list().ofMinSize(1).ofMaxSize(12).map(BpkvScorerTest::genummerd)
                .filter(l -> l.stream().anyMatch(k -> k.uitsluitingsreden() == null));
    }

    private static List<Kandidaat> genummerd(List<Kandidaat> l) {
        List<Kandidaat> uit = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            Kandidaat k = l.get(i);
            uit.add(new Kandidaat(i + 1, "Inschrijver " + (i + 1), k.evaluatieprijs(), k.uitsluitingsreden(), k.scores()));
        }
        return uit;
    }

    private static BpkvRegel regel(BpkvUitslag u, long id) {
        return u.regel(id).orElseThrow();
    }
}
