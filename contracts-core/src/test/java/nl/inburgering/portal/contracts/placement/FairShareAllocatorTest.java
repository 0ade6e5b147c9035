package nl.inburgering.portal.contracts.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Kandidaat;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Verwijzing;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Voorstel;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FairShareAllocatorTest {

    private static final LocalDate DAG = LocalDate.of(2026, 2, 2);

    private static Kandidaat contract(long id, String nummer, String gewicht, Integer capaciteit) {
        return new Kandidaat(id, ContractNumber.of(nummer), new BigDecimal(gewicht), capaciteit, 0, 0);
    }

    /** n referrals, one a day in id order, each eligible everywhere. */
    private static List<Verwijzing> verwijzingen(int n) {
        List<Verwijzing> v = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            v.add(Verwijzing.overal(i, DAG.plusDays(i)));
        }
        return v;
    }

    /** Contract number to how many referrals it got; "-" for none. */
    private static Map<String, Long> telling(List<Voorstel> voorstellen) {
        return voorstellen.stream().collect(Collectors.groupingBy(
                v -> v.contractNummer() == null ? "-" : v.contractNummer().value(), TreeMap::new,
                Collectors.counting()));
    }

    private static String reeks(List<Voorstel> voorstellen) {
        return voorstellen.stream().map(v -> v.contractNummer() == null ? "-"
                : v.contractNummer().value().substring(v.contractNummer().value().length() - 1))
                .collect(Collectors.joining());
    }

    @Nested
    class WorkedExample {

        /** Target shares 50/30/20 over contracts A (AB-..-1), B (-2) and C (-3). */
        private final List<Kandidaat> abc = List.of(
                contract(1, "AB-2026-B1-1", "50", 60),
                contract(2, "AB-2026-B1-2", "30", 40),
                contract(3, "AB-2026-B1-3", "20", 30));

        /**
         * By hand, with capacities that never bind (60/40/30 for 50/30/20): for the k-th referral
         * (n = k - 1 already placed) deficit_i = share_i x k - count_i.
         *
         * <pre>
         *  k  deficits A, B, C                 to   counts
         *  1  0.5      0.3      0.2            A    1 0 0
         *  2  1.0-1=0  0.6      0.4            B    1 1 0
         *  3  0.5      0.9-1=-.1 0.6           C    1 1 1
         *  4  1.0      0.2      -0.2           A    2 1 1
         *  5  0.5      0.5      0.0            A    3 1 1   (tie A/B: the lower number, A)
         *  6  0.0      0.8      0.2            B    3 2 1
         *  7  0.5      0.1      0.4            A    4 2 1
         *  8  0.0      0.4      0.6            C    4 2 2
         *  9  0.5      0.7      -0.2           B    4 3 2
         * 10  1.0      0.0      0.0            A    5 3 2
         * </pre>
         * After 10 referrals the counts are exactly 5/3/2 and the deficits for the 11th are again
         * 0.5/0.3/0.2, as for the 1st: the pattern ABCAABACBA repeats. 100 referrals are 10 rounds:
         * exactly 50/30/20.
         */
        @Test
        void hundredReferralsWithRoomyCapacitiesFollowTheSharesExactly() {
            List<Voorstel> v = FairShareAllocator.verdeel(verwijzingen(100), abc);
            assertEquals(Map.of("AB-2026-B1-1", 50L, "AB-2026-B1-2", 30L, "AB-2026-B1-3", 20L), telling(v));
            assertEquals("ABCAABACBA".repeat(10).replace('A', '1').replace('B', '2').replace('C', '3'), reeks(v));
        }

        /**
         * Capacity binds: C takes at most 15. The first 70 referrals are 7 rounds of the pattern above
         * (35/21/14); referrals 71 to 73 go A, B, C as in any round, and C is full at 36/22/15. From
         * then on only A and B compete: A is chosen while 0.5k - a &gt;= 0.3k - b, which keeps
         * a - b close to 0.2k. Before the 100th referral the counts are 52/32/15; the deficits are
         * A: 0.5 x 100 - 52 = -2.0 and B: 0.3 x 100 - 32 = -2.0, a tie that goes to the lower contract
         * number. Result: 53/32/15. C's unused share is spread over A and B, and nobody exceeds a
         * capacity.
         */
        @Test
        void aBindingCapacityPassesTheRestToTheOthers() {
            List<Kandidaat> metGrens = List.of(
                    contract(1, "AB-2026-B1-1", "50", 60),
                    contract(2, "AB-2026-B1-2", "30", 40),
                    contract(3, "AB-2026-B1-3", "20", 15));
            List<Voorstel> v = FairShareAllocator.verdeel(verwijzingen(100), metGrens);
            assertEquals(Map.of("AB-2026-B1-1", 53L, "AB-2026-B1-2", 32L, "AB-2026-B1-3", 15L), telling(v));
            assertEquals("AB-2026-B1-3", v.get(72).contractNummer().value(), "C's fifteenth and last at referral 73");
            assertTrue(v.subList(73, 100).stream().noneMatch(x -> x.contractNummer().value().endsWith("3")));
            Voorstel laatste = v.get(99);
            assertEquals("AB-2026-B1-1", laatste.contractNummer().value());
            assertTrue(laatste.uitleg().contains("gelijk tekort met AB-2026-B1-2"), laatste.uitleg());
            assertTrue(laatste.uitleg().contains("AB-2026-B1-3 (capaciteit vol: 15 van 15)"), laatste.uitleg());
        }

        @Test
        void whenEveryContractIsFullTheRestGetsNoProposalWithTheReason() {
            List<Kandidaat> klein = List.of(
                    contract(1, "AB-2026-B1-1", "50", 5),
                    contract(2, "AB-2026-B1-2", "30", 3),
                    contract(3, "AB-2026-B1-3", "20", 2));
            List<Voorstel> v = FairShareAllocator.verdeel(verwijzingen(12), klein);
            assertEquals(Map.of("AB-2026-B1-1", 5L, "AB-2026-B1-2", 3L, "AB-2026-B1-3", 2L, "-", 2L), telling(v));
            Voorstel geen = v.get(11);
            assertFalse(geen.heeftContract());
            assertNull(geen.contractId());
            assertEquals("Geen voorstel: geen geschikt contract met vrije capaciteit (AB-2026-B1-1 (capaciteit vol: 5"
                    + " van 5); AB-2026-B1-2 (capaciteit vol: 3 van 3); AB-2026-B1-3 (capaciteit vol: 2 van 2)).",
                    geen.uitleg());
        }

        @Test
        void explainsEachChoiceInOneDutchLine() {
            List<Voorstel> v = FairShareAllocator.verdeel(verwijzingen(2), abc);
            assertEquals("AB-2026-B1-1: grootste tekort 0,50 (doelaandeel 50,0 % van 1 plaatsing in het perceel"
                    + " = 0,50; heeft er 0).", v.get(0).uitleg());
            assertEquals("AB-2026-B1-2: grootste tekort 0,60 (doelaandeel 30,0 % van 2 plaatsingen in het perceel"
                    + " = 0,60; heeft er 0).", v.get(1).uitleg());
            assertTrue(v.stream().noneMatch(x -> x.uitleg().contains("\n")));
        }
    }

    @Nested
    class Ties {

        @Test
        void equalSharesAndEqualDeficitsGoToTheLowerContractNumberWhateverTheIdsOrListOrder() {
            // the contract with the lowest number has the highest id and comes last in the list
            List<Kandidaat> k = new ArrayList<>(List.of(
                    contract(30, "AB-2026-Z-03", "1", null),
                    contract(20, "AB-2026-Z-02", "1", null),
                    contract(90, "AB-2026-Z-01", "1", null)));
            List<Voorstel> v = FairShareAllocator.verdeel(verwijzingen(10), k);
            assertEquals("1231231231", reeks(v));
            assertEquals(90L, v.get(0).contractId());
            assertTrue(v.get(0).uitleg().contains("gelijk tekort met AB-2026-Z-02, het lagere contractnummer gaat"
                    + " voor"), v.get(0).uitleg());
        }

        @Test
        void weightsAreRelative() {
            List<Kandidaat> procenten = List.of(contract(1, "AB-1", "50", null), contract(2, "AB-2", "30", null),
                    contract(3, "AB-3", "20", null));
            List<Kandidaat> verhouding = List.of(contract(1, "AB-1", "5", null), contract(2, "AB-2", "3", null),
                    contract(3, "AB-3", "2.0", null));
            List<Kandidaat> breuken = List.of(contract(1, "AB-1", "0.5", null), contract(2, "AB-2", "0.3", null),
                    contract(3, "AB-3", "0.2", null));
            List<Voorstel> a = FairShareAllocator.verdeel(verwijzingen(37), procenten);
            assertEquals(a, FairShareAllocator.verdeel(verwijzingen(37), verhouding));
            assertEquals(a, FairShareAllocator.verdeel(verwijzingen(37), breuken));
        }
    }

    @Nested
    class Determinism {

        @Test
        void theOrderIsTheReferralDateNotTheInputOrder() {
            List<Verwijzing> v = new ArrayList<>(List.of(
                    Verwijzing.overal(1, DAG.plusDays(5)),
                    Verwijzing.overal(2, DAG.plusDays(1)),
                    Verwijzing.overal(3, DAG.plusDays(1))));
            List<Voorstel> uit = FairShareAllocator.verdeel(v, List.of(contract(1, "AB-1", "1", null),
                    contract(2, "AB-2", "1", null)));
            // same day: lower id first
            assertEquals(List.of(2L, 3L, 1L), uit.stream().map(Voorstel::verwijzingId).toList());
            assertEquals(List.of(1L, 2L, 1L), uit.stream().map(Voorstel::contractId).toList());
        }

        @Test
        void shufflingTheInputChangesNothing() {
            List<Kandidaat> k = new ArrayList<>();
            for (int c = 1; c <= 7; c++) {
                k.add(new Kandidaat(c, ContractNumber.of("AB-2026-" + c), BigDecimal.valueOf(c % 3 + 1),
                        c == 4 ? 9 : null, c == 2 ? 3 : 0, c * 2L));
            }
            Random random = new Random(42);
            List<Verwijzing> v = new ArrayList<>();
            for (int i = 1; i <= 300; i++) {
                v.add(Verwijzing.overal(i, DAG.plusDays(random.nextInt(20))));
            }
            List<Voorstel> eerste = FairShareAllocator.verdeel(v, k);
            for (int run = 0; run < 5; run++) {
                Collections.shuffle(v, random);
                Collections.shuffle(k, random);
                assertEquals(eerste, FairShareAllocator.verdeel(v, k));
            }
        }
    }

    @Nested
    class EligibilityAndHistory {

        @Test
        void aReferralOnlyGoesToContractsItIsEligibleFor() {
            Afwijzing gemeente = new Afwijzing(PlaatsingsRegel.GEMEENTE_NEEMT_NIET_DEEL, "niet");
            List<Verwijzing> v = List.of(
                    new Verwijzing(1, DAG, Map.of(1L, List.of(gemeente))),
                    new Verwijzing(2, DAG.plusDays(1), Map.of(1L, List.of(gemeente), 2L, List.of(gemeente))));
            List<Voorstel> uit = FairShareAllocator.verdeel(v, List.of(contract(1, "AB-1", "1", null),
                    contract(2, "AB-2", "1", null)));
            assertEquals(2L, uit.get(0).contractId());
            assertEquals("AB-2: grootste tekort 0,50 (doelaandeel 50,0 % van 1 plaatsing in het perceel = 0,50;"
                    + " heeft er 0); niet in aanmerking: AB-1 (gemeente neemt niet deel).", uit.get(0).uitleg());
            assertNull(uit.get(1).contractId());
            assertEquals("Geen voorstel: geen geschikt contract met vrije capaciteit (AB-1 (gemeente neemt niet deel);"
                    + " AB-2 (gemeente neemt niet deel)).", uit.get(1).uitleg());
        }

        @Test
        void placementsSoFarAndPlacesTakenCount() {
            // A already has 6 of the lot's 10 placements, B 4: with equal shares B is behind
            List<Kandidaat> k = List.of(
                    new Kandidaat(1, ContractNumber.of("AB-1"), BigDecimal.ONE, 8, 6, 6),
                    new Kandidaat(2, ContractNumber.of("AB-2"), BigDecimal.ONE, 5, 4, 4));
            List<Voorstel> uit = FairShareAllocator.verdeel(verwijzingen(4), k);
            // k=11: A 5.5-6=-0.5, B 5.5-4=1.5 -> B (5 of 5: full); then only A: A, A (8 of 8), then none
            assertEquals(List.of(2L, 1L, 1L), uit.subList(0, 3).stream().map(Voorstel::contractId).toList());
            assertNull(uit.get(3).contractId());
        }

        @Test
        void aLotWithoutContractsProposesNothing() {
            List<Voorstel> uit = FairShareAllocator.verdeel(verwijzingen(1), List.of());
            assertEquals("Geen voorstel: het perceel heeft geen contracten.", uit.get(0).uitleg());
        }

        @Test
        void refusesDuplicatesAndBadWeights() {
            assertThrows(IllegalArgumentException.class, () -> FairShareAllocator.verdeel(
                    List.of(Verwijzing.overal(1, DAG), Verwijzing.overal(1, DAG)), List.of()));
            assertThrows(IllegalArgumentException.class, () -> FairShareAllocator.verdeel(verwijzingen(1),
                    List.of(contract(1, "AB-1", "1", null), contract(1, "AB-2", "1", null))));
            assertThrows(IllegalArgumentException.class, () -> contract(1, "AB-1", "0", null));
        }
    }
}
