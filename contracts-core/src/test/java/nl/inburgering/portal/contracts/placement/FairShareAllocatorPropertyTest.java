package nl.inburgering.portal.contracts.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Kandidaat;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Verwijzing;
import nl.inburgering.portal.contracts.placement.FairShareAllocator.Voorstel;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * Properties of the fair-share proposal over random lots: up to 8 contracts with random weights,
 * capacities (some unlimited, some already full) and history, and up to 80 referrals on random dates,
 * each ineligible for a random set of contracts.
 */
class FairShareAllocatorPropertyTest {

    private static final LocalDate DAG = LocalDate.of(2026, 1, 5);
    private static final Afwijzing NIET = new Afwijzing(PlaatsingsRegel.GEMEENTE_NEEMT_NIET_DEEL, "niet");

    /** A lot and a batch of referrals; one generated value, so shrinking keeps the two together. */
    record Partij(List<Kandidaat> k, List<Verwijzing> v) {
    }

    /** One contract: weight, capacity (-1: unlimited), places taken, extra placements in its history. */
    record ContractSpec(int gewicht, int capaciteit, int bezet, int extra) {
    }

    /** One referral: day of referral, and the contracts (1..8) it is not eligible for. */
    record VerwijzingSpec(int dag, Set<Long> ongeschikt) {
    }

    @Provide
    Arbitrary<Partij> partijen() {
        Arbitrary<List<ContractSpec>> contracten = Combinators.combine(
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(-1, 15),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(0, 40))
                .as(ContractSpec::new)
                .list().ofMaxSize(8);
        Arbitrary<List<VerwijzingSpec>> verwijzingen = Combinators.combine(
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.longs().between(1, 8).set().ofMaxSize(8))
                .as(VerwijzingSpec::new)
                .list().ofMaxSize(80);
        return Combinators.combine(contracten, verwijzingen).as(FairShareAllocatorPropertyTest::partij);
    }

    private static Partij partij(List<ContractSpec> contracten, List<VerwijzingSpec> verwijzingen) {
        List<Kandidaat> k = new ArrayList<>();
        for (int i = 0; i < contracten.size(); i++) {
            ContractSpec s = contracten.get(i);
            // numbers in another order than the ids: (i x 5) mod 8 is a permutation of 0..7
            k.add(new Kandidaat(i + 1, ContractNumber.of("AB-2026-" + ((i * 5) % 8)),
                    BigDecimal.valueOf(s.gewicht(), s.gewicht() % 3), s.capaciteit() < 0 ? null : s.capaciteit(),
                    s.bezet(), s.bezet() + (long) s.extra()));
        }
        List<Verwijzing> v = new ArrayList<>();
        for (int i = 0; i < verwijzingen.size(); i++) {
            VerwijzingSpec s = verwijzingen.get(i);
            v.add(new Verwijzing(i + 1, DAG.plusDays(s.dag()), s.ongeschikt().stream()
                    .collect(Collectors.toMap(c -> c, c -> List.of(NIET)))));
        }
        return new Partij(k, v);
    }

    @Property(tries = 500)
    void neverExceedsACapacity(@ForAll("partijen") Partij partij) {
        List<Kandidaat> k = partij.k();
        List<Verwijzing> v = partij.v();
        Map<Long, Long> erbij = toegewezen(FairShareAllocator.verdeel(v, k));
        for (Kandidaat c : k) {
            long nieuw = erbij.getOrDefault(c.contractId(), 0L);
            if (c.capaciteit() != null) {
                assertTrue(nieuw == 0 || c.bezet() + nieuw <= c.capaciteit(),
                        () -> c + " got " + nieuw + " more");
            }
        }
    }

    @Property(tries = 500)
    void everyReferralGetsExactlyOneLineWithAtMostOneEligibleContract(@ForAll("partijen") Partij partij) {
        List<Kandidaat> k = partij.k();
        List<Verwijzing> v = partij.v();
        List<Voorstel> uit = FairShareAllocator.verdeel(v, k);
        assertEquals(v.size(), uit.size());
        assertEquals(v.stream().map(Verwijzing::id).collect(Collectors.toSet()),
                uit.stream().map(Voorstel::verwijzingId).collect(Collectors.toSet()));
        Map<Long, Verwijzing> perId = v.stream().collect(Collectors.toMap(Verwijzing::id, x -> x));
        Set<Long> contracten = k.stream().map(Kandidaat::contractId).collect(Collectors.toSet());
        for (Voorstel p : uit) {
            assertTrue(!p.uitleg().isBlank() && !p.uitleg().contains("\n"));
            if (p.heeftContract()) {
                assertTrue(contracten.contains(p.contractId()));
                assertTrue(perId.get(p.verwijzingId()).geschiktVoor(p.contractId()), p::toString);
            }
        }
    }

    @Property(tries = 300)
    void aReferralGoesWithoutOnlyWhenEveryContractItFitsIsFull(@ForAll("partijen") Partij partij) {
        List<Kandidaat> k = partij.k();
        List<Verwijzing> v = partij.v();
        List<Voorstel> uit = FairShareAllocator.verdeel(v, k);
        Map<Long, Long> erbij = toegewezen(uit);
        Map<Long, Verwijzing> perId = v.stream().collect(Collectors.toMap(Verwijzing::id, x -> x));
        for (Voorstel p : uit) {
            if (!p.heeftContract()) {
                for (Kandidaat c : k) {
                    if (perId.get(p.verwijzingId()).geschiktVoor(c.contractId())) {
                        assertTrue(c.capaciteit() != null
                                && c.bezet() + erbij.getOrDefault(c.contractId(), 0L) >= c.capaciteit(),
                                () -> "left " + p + " while " + c + " had room");
                    }
                }
            }
        }
    }

    @Property(tries = 200)
    void theOrderOfTheInputDoesNotMatter(@ForAll("partijen") Partij partij, @ForAll long seed) {
        List<Kandidaat> k = partij.k();
        List<Verwijzing> v = partij.v();
        List<Voorstel> eerste = FairShareAllocator.verdeel(v, k);
        List<Kandidaat> k2 = new ArrayList<>(k);
        List<Verwijzing> v2 = new ArrayList<>(v);
        Collections.shuffle(k2, new Random(seed));
        Collections.shuffle(v2, new Random(seed + 1));
        assertEquals(eerste, FairShareAllocator.verdeel(v2, k2));
    }

    private static Map<Long, Long> toegewezen(List<Voorstel> uit) {
        Map<Long, Long> m = new HashMap<>();
        uit.stream().filter(Voorstel::heeftContract).forEach(p -> m.merge(p.contractId(), 1L, Long::sum));
        return m;
    }
}
