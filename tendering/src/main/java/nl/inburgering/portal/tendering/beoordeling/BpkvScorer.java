package nl.inburgering.portal.tendering.beoordeling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * The BPKV scoring of one lot (beste prijs-kwaliteitverhouding, Aanbestedingswet 2012, art. 2.114),
 * exactly as DESIGN.md ("Rules", Tender) says:
 * <ul>
 * <li>price points = priceWeight x lowestValidPrice / bidPrice, where the prices are the evaluation
 * prices and only valid (not excluded) bids count for the lowest;</li>
 * <li>quality points = sum over the criteria of score / maxScore x weight;</li>
 * <li>total = price points + quality points, rounded half up to 2 decimals;</li>
 * <li>rank by total (highest first), ties by quality points (highest first); a tie that remains is
 * decided by a recorded draw.</li>
 * </ul>
 * Intermediate results are kept at {@value #SCALE} decimals; price and quality points are shown
 * rounded half up to 2 decimals, and the tie on quality points compares those shown values, so a
 * bidder can verify the ranking from the table. An excluded bid gets no points and no rank. Plain
 * Java, no state.
 */
public final class BpkvScorer {

    /** Decimals of the intermediate results. */
    public static final int SCALE = 10;
    private static final int TOON = 2;

    private BpkvScorer() {
    }

    /** A published quality criterion. */
    public record Criterium(int nummer, String naam, BigDecimal weging, int maxScore) {

        public Criterium {
            Objects.requireNonNull(weging, "weging");
            if (maxScore < 1) {
                throw new IllegalArgumentException("maxScore < 1");
            }
        }
    }

    /**
     * A bid to rank.
     *
     * @param uitsluitingsreden null for a valid bid
     * @param scores            score per criterion number; a missing one counts as 0 and makes the
     *                          row incomplete
     */
    public record Kandidaat(long id, String naam, Money evaluatieprijs, String uitsluitingsreden,
            Map<Integer, BigDecimal> scores) {

        public Kandidaat {
            Objects.requireNonNull(evaluatieprijs, "evaluatieprijs");
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            if (uitsluitingsreden == null && !evaluatieprijs.isPositive()) {
                throw new IllegalArgumentException("a valid bid has an evaluation price above zero");
            }
        }
    }

    /**
     * The table of one lot.
     *
     * @param lotingen the recorded draws of the lot, oldest first, each the bid ids in drawn order
     *                 (first drawn ranks highest); a tie is decided by the latest draw that contains
     *                 all its bids
     */
    public static BpkvUitslag bereken(BigDecimal prijsWeging, List<Criterium> criteria, int aantalWinnaars,
            List<Kandidaat> kandidaten, List<List<Long>> lotingen) {
        Objects.requireNonNull(prijsWeging, "prijsWeging");
        List<Kandidaat> geldig = kandidaten.stream().filter(k -> k.uitsluitingsreden() == null).toList();
        Money laagste = geldig.stream().map(Kandidaat::evaluatieprijs).min(Comparator.naturalOrder()).orElse(null);

        List<Tussen> rijen = new ArrayList<>();
        for (Kandidaat k : geldig) {
            rijen.add(reken(k, prijsWeging, criteria, laagste));
        }
        rijen.sort(Comparator.comparing(Tussen::totaal).reversed()
                .thenComparing(Comparator.comparing(Tussen::kwaliteitGetoond).reversed())
                .thenComparingLong(t -> t.kandidaat.id()));

        List<BpkvRegel> regels = new ArrayList<>();
        List<List<Long>> onbeslist = new ArrayList<>();
        int i = 0;
        while (i < rijen.size()) {
            int j = i + 1;
            while (j < rijen.size() && rijen.get(j).gelijkAan(rijen.get(i))) {
                j++;
            }
            List<Tussen> groep = new ArrayList<>(rijen.subList(i, j));
            boolean gelijk = groep.size() > 1;
            List<Long> loting = gelijk ? loting(groep, lotingen) : null;
            if (loting != null) {
                groep.sort(Comparator.comparingInt(t -> loting.indexOf(t.kandidaat.id())));
            } else if (gelijk) {
                onbeslist.add(groep.stream().map(t -> t.kandidaat.id()).toList());
            }
            for (Tussen t : groep) {
                int rang = regels.size() + 1;
                regels.add(t.regel(rang, rang <= aantalWinnaars, gelijk && loting != null, gelijk && loting == null));
            }
            i = j;
        }
        kandidaten.stream()
                .filter(k -> k.uitsluitingsreden() != null)
                .sorted(Comparator.comparing(Kandidaat::naam).thenComparingLong(Kandidaat::id))
                .forEach(k -> regels.add(new BpkvRegel(k.id(), k.naam(), k.evaluatieprijs(), null, null, List.of(), null,
                        null, false, false, false, false, k.uitsluitingsreden())));
        return new BpkvUitslag(aantalWinnaars, laagste, regels, onbeslist);
    }

    /** The latest draw that holds every bid of the group, or null. */
    private static List<Long> loting(List<Tussen> groep, List<List<Long>> lotingen) {
        Set<Long> ids = new HashSet<>();
        groep.forEach(t -> ids.add(t.kandidaat.id()));
        for (int k = lotingen.size() - 1; k >= 0; k--) {
            if (new HashSet<>(lotingen.get(k)).containsAll(ids)) {
                return lotingen.get(k);
            }
        }
        return null;
    }

    private static Tussen reken(Kandidaat k, BigDecimal prijsWeging, List<Criterium> criteria, Money laagste) {
        BigDecimal prijs = prijsWeging.multiply(laagste.amount())
                .divide(k.evaluatieprijs().amount(), SCALE, RoundingMode.HALF_UP);
        BigDecimal kwaliteit = BigDecimal.ZERO;
        boolean volledig = true;
        List<CriteriumPunten> punten = new ArrayList<>();
        Map<Integer, BigDecimal> scores = new HashMap<>(k.scores());
        for (Criterium c : criteria) {
            BigDecimal score = scores.get(c.nummer());
            volledig &= score != null;
            BigDecimal p = score == null ? BigDecimal.ZERO
                    : score.multiply(c.weging()).divide(BigDecimal.valueOf(c.maxScore()), SCALE, RoundingMode.HALF_UP);
            kwaliteit = kwaliteit.add(p);
            punten.add(new CriteriumPunten(c.nummer(), c.naam(), score, c.maxScore(), c.weging(), toon(p)));
        }
        BigDecimal totaal = prijs.add(kwaliteit).setScale(TOON, RoundingMode.HALF_UP);
        return new Tussen(k, prijs, kwaliteit, totaal, punten, volledig);
    }

    private static BigDecimal toon(BigDecimal exact) {
        return exact.setScale(TOON, RoundingMode.HALF_UP);
    }

    /** A valid bid's points before ranking. */
    private record Tussen(Kandidaat kandidaat, BigDecimal prijs, BigDecimal kwaliteit, BigDecimal totaal,
            List<CriteriumPunten> punten, boolean volledig) {

        BigDecimal kwaliteitGetoond() {
            return toon(kwaliteit);
        }

        boolean gelijkAan(Tussen o) {
            return totaal.compareTo(o.totaal) == 0 && kwaliteitGetoond().compareTo(o.kwaliteitGetoond()) == 0;
        }

        BpkvRegel regel(int rang, boolean winnaar, boolean doorLoting, boolean lotingNodig) {
            return new BpkvRegel(kandidaat.id(), kandidaat.naam(), kandidaat.evaluatieprijs(), toon(prijs),
                    kwaliteitGetoond(), punten, totaal, rang, winnaar, volledig, doorLoting, lotingNodig, null);
        }
    }
}
