import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.placement.Afwijzing;
import nl.inburgering.portal.contracts.placement.Eligibility;
import nl.inburgering.portal.contracts.placement.FairShareAllocator;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * Benchmark: a fair-share proposal for 5,000 referrals over the 30 contracts of one lot, as
 * ToewijzingService.stelVoor computes it in memory once the data is loaded: the eligibility of every
 * (referral, contract) pair (rules 1, 2, 3 and 5: 150,000 checks) and then the allocation with its
 * explanations. The database reads before it are not measured.
 *
 * <p>Run from the repository root (see bench/README.md):
 * <pre>
 * mvn -q -pl contracts-core compile exec:exec -Dexec.executable=java -Dexec.classpathScope=compile \
 *     -Dexec.args="-cp %classpath ../bench/FairShareBench.java [runs] [referrals] [contracts]"
 * </pre>
 * A single-file program: no build of its own, only the contracts-core jar. Deterministic data (fixed seed).
 */
public class FairShareBench {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int aantalVerwijzingen = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int aantalContracten = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Random random = new Random(2026);

        // 30 contracts of one B1 lot with 10 providers; weights 1..5; capacity 80..250 or unlimited;
        // each with a few existing placements; 10 gemeenten, each contract open to 6 to 10 of them
        List<Aanbieder> aanbieders = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            Aanbieder x = new Aanbieder("Taalaanbieder " + a, KvkNumber.of(String.format("%08d", 10_000_000 + a)),
                    AanbiederSoort.TAALAANBIEDER, null, false, null, Iban.of("NL91ABNA0417164300"), null);
            x.registreerKeurmerk(a == 9 ? KeurmerkStatus.ASPIRANT : KeurmerkStatus.GELDIG, LocalDate.of(2025, 1, 1),
                    LocalDate.of(2028, 12, 31));
            aanbieders.add(x);
        }
        List<Contract> contracten = new ArrayList<>();
        List<FairShareAllocator.Kandidaat> kandidaten = new ArrayList<>();
        for (int c = 0; c < aantalContracten; c++) {
            Set<Long> gemeenten = new LinkedHashSet<>();
            int deelnemers = 6 + random.nextInt(5);
            while (gemeenten.size() < deelnemers) {
                gemeenten.add(1L + random.nextInt(10));
            }
            Integer capaciteit = c % 4 == 0 ? null : 80 + random.nextInt(171);
            Contract contract = new Contract(ContractNumber.of(String.format("AB-2026-B1-%02d", c + 1)), c % 10,
                    ContractHerkomst.AANBESTEDING, "AB-2026-01", "Perceel 1", EnumSet.of(Leerroute.B1_ROUTE), gemeenten,
                    START, LocalDate.of(2029, 12, 31), 2, capaciteit, BtwTarief.NUL, false,
                    List.of(Tarief.perUur(START, Money.of("62.50"), null)));
            contracten.add(contract);
            long bezet = random.nextInt(30);
            kandidaten.add(new FairShareAllocator.Kandidaat(c + 1, contract.getContractNummer(),
                    BigDecimal.valueOf(1 + random.nextInt(5)), capaciteit, bezet, bezet + random.nextInt(40)));
        }
        long[] verwijzingGemeente = new long[aantalVerwijzingen];
        LocalDate[] aangemeld = new LocalDate[aantalVerwijzingen];
        LocalDate[] geplandeStart = new LocalDate[aantalVerwijzingen];
        for (int i = 0; i < aantalVerwijzingen; i++) {
            verwijzingGemeente[i] = 1L + random.nextInt(10);
            aangemeld[i] = START.plusDays(random.nextInt(365));
            geplandeStart[i] = aangemeld[i].plusDays(14 + random.nextInt(60));
        }

        long[] eligibility = new long[runs];
        long[] allocation = new long[runs];
        long[] total = new long[runs];
        long checksum = 0;
        int warmup = 5;
        for (int run = -warmup; run < runs; run++) {
            long t0 = System.nanoTime();
            List<FairShareAllocator.Verwijzing> verwijzingen = new ArrayList<>(aantalVerwijzingen);
            for (int i = 0; i < aantalVerwijzingen; i++) {
                Eligibility.Aanvraag aanvraag = new Eligibility.Aanvraag(Leerroute.B1_ROUTE, verwijzingGemeente[i],
                        geplandeStart[i], null, false);
                Map<Long, List<Afwijzing>> afwijzingen = new HashMap<>();
                for (int c = 0; c < contracten.size(); c++) {
                    Contract contract = contracten.get(c);
                    List<Afwijzing> a = Eligibility.toetsZonderCapaciteit(aanvraag, contract,
                            aanbieders.get((int) (long) contract.getAanbiederId()));
                    if (!a.isEmpty()) {
                        afwijzingen.put(c + 1L, a);
                    }
                }
                verwijzingen.add(new FairShareAllocator.Verwijzing(i + 1, aangemeld[i], afwijzingen));
            }
            long t1 = System.nanoTime();
            List<FairShareAllocator.Voorstel> voorstellen = FairShareAllocator.verdeel(verwijzingen, kandidaten);
            long t2 = System.nanoTime();
            checksum += voorstellen.stream().filter(FairShareAllocator.Voorstel::heeftContract).count()
                    + voorstellen.get(voorstellen.size() - 1).uitleg().length();
            if (run == -warmup) {
                long toegewezen = voorstellen.stream().filter(FairShareAllocator.Voorstel::heeftContract).count();
                System.out.printf("data: %,d referrals, %d contracts; proposed %,d, no proposal %,d (eligibility or"
                        + " capacity)%n", aantalVerwijzingen, contracten.size(), toegewezen,
                        aantalVerwijzingen - toegewezen);
                System.out.printf("cold (first) run: eligibility %.1f ms + allocation %.1f ms = %.1f ms%n",
                        ms(t1 - t0), ms(t2 - t1), ms(t2 - t0));
                System.out.println("example: " + voorstellen.get(aantalVerwijzingen / 2).uitleg());
            }
            if (run >= 0) {
                eligibility[run] = t1 - t0;
                allocation[run] = t2 - t1;
                total[run] = t2 - t0;
            }
        }
        System.out.printf("warm, median of %d runs (after %d warm-up): eligibility %.1f ms, allocation %.1f ms,"
                + " total %.1f ms (min %.1f, max %.1f) [checksum %d]%n", runs, warmup, ms(median(eligibility)),
                ms(median(allocation)), ms(median(total)), ms(Arrays.stream(total).min().orElse(0)),
                ms(Arrays.stream(total).max().orElse(0)), checksum);
    }

    static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
