package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * The fair-share proposal for a tendered lot (DESIGN.md, "Rules", "Allocation"), as a pure function.
 *
 * <p>The referrals are taken in order of referral date (then id, so the order is total). Each goes to
 * the eligible contract of the lot with free capacity that has the largest deficit
 * <pre>    deficit = targetShare x (placementsInLot + 1) - placementsOfContract</pre>
 * where targetShare is the contract's weight divided by the sum of the weights of all the lot's
 * contracts (equal weights: equal shares), placementsInLot counts the lot's placements so far and
 * placementsOfContract the contract's, both including the referrals already proposed in this batch.
 * A tie goes to the lower contract number. A referral with no eligible contract with free capacity gets
 * no proposal. Every referral gets a one-line Dutch explanation.
 *
 * <p>The result depends only on the input values: not on the order of the lists, not on a clock or a
 * random source. The arithmetic is exact: deficits are compared multiplied by the sum of the weights,
 * in {@code long}, with the weights as integers at their common decimal scale.
 *
 * <p>Eligibility other than capacity (rules 1, 2, 3 and 5, and the Open House choice) is decided before,
 * per referral and contract, by {@link Eligibility}; capacity (rule 4) is tracked here as the batch
 * fills the contracts.
 */
public final class FairShareAllocator {

    private static final int MAX_SCALE = 6;

    private FairShareAllocator() {
    }

    /**
     * A contract of the lot.
     *
     * @param gewicht    its weight for the target share (&gt; 0); equal weights give equal shares
     * @param capaciteit maximum places taken at once; null is unlimited
     * @param bezet      places taken now (see {@link PlaatsingStatus#BEZET_CAPACITEIT})
     * @param geplaatst  its placements so far that count for the fair share
     */
    public record Kandidaat(long contractId, ContractNumber contractNummer, BigDecimal gewicht, Integer capaciteit,
            long bezet, long geplaatst) {

        public Kandidaat {
            Objects.requireNonNull(contractNummer, "contractNummer");
            Objects.requireNonNull(gewicht, "gewicht");
            if (gewicht.signum() <= 0) {
                throw new IllegalArgumentException("a weight is positive: " + gewicht);
            }
            if (gewicht.stripTrailingZeros().scale() > MAX_SCALE) {
                throw new IllegalArgumentException("a weight has at most " + MAX_SCALE + " decimals: " + gewicht);
            }
            if (capaciteit != null && capaciteit < 0 || bezet < 0 || geplaatst < 0) {
                throw new IllegalArgumentException("capacity and counts are not negative");
            }
        }
    }

    /**
     * A referral waiting for a contract.
     *
     * @param afwijzingen per contract id, the rules the referral fails on that contract (not capacity);
     *                    a contract without an entry, or with an empty list, is eligible
     */
    public record Verwijzing(long id, LocalDate aangemeldOp, Map<Long, List<Afwijzing>> afwijzingen) {

        public Verwijzing {
            Objects.requireNonNull(aangemeldOp, "aangemeldOp");
            afwijzingen = afwijzingen == null ? Map.of() : Map.copyOf(afwijzingen);
        }

        /** Eligible for every contract (apart from capacity). */
        public static Verwijzing overal(long id, LocalDate aangemeldOp) {
            return new Verwijzing(id, aangemeldOp, Map.of());
        }

        public boolean geschiktVoor(long contractId) {
            List<Afwijzing> a = afwijzingen.get(contractId);
            return a == null || a.isEmpty();
        }
    }

    /**
     * The proposal for one referral.
     *
     * @param contractId null when no contract could be proposed
     * @param uitleg     one line of Dutch: why this contract, or why none
     */
    public record Voorstel(long verwijzingId, Long contractId, ContractNumber contractNummer, String uitleg) {

        public boolean heeftContract() {
            return contractId != null;
        }
    }

    /**
     * The proposal for each referral, in the order they were considered (referral date, then id).
     *
     * @throws IllegalArgumentException on two referrals or two contracts with the same id
     */
    public static List<Voorstel> verdeel(Collection<Verwijzing> verwijzingen, Collection<Kandidaat> kandidaten) {
        List<Verwijzing> volgorde = new ArrayList<>(verwijzingen);
        volgorde.sort(Comparator.comparing(Verwijzing::aangemeldOp).thenComparingLong(Verwijzing::id));
        Set<Long> ids = new HashSet<>();
        for (Verwijzing v : volgorde) {
            if (!ids.add(v.id())) {
                throw new IllegalArgumentException("referral " + v.id() + " twice");
            }
        }
        // in contract-number order: the first of equal deficits is the lower number
        List<Kandidaat> k = new ArrayList<>(kandidaten);
        k.sort(Comparator.comparing(Kandidaat::contractNummer).thenComparingLong(Kandidaat::contractId));
        Set<Long> contractIds = new HashSet<>();
        for (Kandidaat c : k) {
            if (!contractIds.add(c.contractId())) {
                throw new IllegalArgumentException("contract " + c.contractId() + " twice");
            }
        }
        int n = k.size();
        int scale = k.stream().mapToInt(c -> Math.max(0, c.gewicht().stripTrailingZeros().scale())).max().orElse(0);
        long[] gewicht = new long[n];
        long[] bezet = new long[n];
        long[] geplaatst = new long[n];
        long totaalGewicht = 0;
        long inPerceel = 0;
        for (int i = 0; i < n; i++) {
            Kandidaat c = k.get(i);
            gewicht[i] = c.gewicht().movePointRight(scale).longValueExact();
            totaalGewicht = Math.addExact(totaalGewicht, gewicht[i]);
            bezet[i] = c.bezet();
            geplaatst[i] = c.geplaatst();
            inPerceel = Math.addExact(inPerceel, c.geplaatst());
        }

        List<Voorstel> uit = new ArrayList<>(volgorde.size());
        for (Verwijzing v : volgorde) {
            int beste = -1;
            long besteScore = 0;
            int gelijkMet = -1;
            long volgende = inPerceel + 1;
            for (int i = 0; i < n; i++) {
                if (!v.geschiktVoor(k.get(i).contractId()) || vol(k.get(i), bezet[i])) {
                    continue;
                }
                // deficit x totaalGewicht, exact
                long score = Math.subtractExact(Math.multiplyExact(gewicht[i], volgende),
                        Math.multiplyExact(geplaatst[i], totaalGewicht));
                if (beste < 0 || score > besteScore) {
                    beste = i;
                    besteScore = score;
                    gelijkMet = -1;
                } else if (score == besteScore && gelijkMet < 0) {
                    gelijkMet = i;
                }
            }
            if (beste < 0) {
                uit.add(new Voorstel(v.id(), null, null, geenVoorstel(v, k, bezet)));
                continue;
            }
            Kandidaat gekozen = k.get(beste);
            String uitleg = uitleg(v, k, bezet, beste, gelijkMet, gewicht[beste], totaalGewicht, volgende,
                    geplaatst[beste]);
            uit.add(new Voorstel(v.id(), gekozen.contractId(), gekozen.contractNummer(), uitleg));
            bezet[beste]++;
            geplaatst[beste]++;
            inPerceel++;
        }
        return uit;
    }

    private static boolean vol(Kandidaat c, long bezet) {
        return c.capaciteit() != null && bezet >= c.capaciteit();
    }

    private static String uitleg(Verwijzing v, List<Kandidaat> k, long[] bezet, int beste, int gelijkMet,
            long gewicht, long totaalGewicht, long volgende, long heeft) {
        BigDecimal doel = BigDecimal.valueOf(gewicht).multiply(BigDecimal.valueOf(volgende))
                .divide(BigDecimal.valueOf(totaalGewicht), 2, RoundingMode.HALF_UP);
        BigDecimal tekort = doel.subtract(BigDecimal.valueOf(heeft));
        BigDecimal aandeel = BigDecimal.valueOf(gewicht).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(totaalGewicht), 1, RoundingMode.HALF_UP);
        StringBuilder sb = new StringBuilder()
                .append(k.get(beste).contractNummer())
                .append(": grootste tekort ").append(getal(tekort))
                .append(" (doelaandeel ").append(getal(aandeel)).append(" % van ").append(volgende)
                .append(volgende == 1 ? " plaatsing" : " plaatsingen").append(" in het perceel = ").append(getal(doel))
                .append("; heeft er ").append(heeft).append(')');
        if (gelijkMet >= 0) {
            sb.append("; gelijk tekort met ").append(k.get(gelijkMet).contractNummer())
                    .append(", het lagere contractnummer gaat voor");
        }
        String overgeslagen = overgeslagen(v, k, bezet);
        if (!overgeslagen.isEmpty()) {
            sb.append("; niet in aanmerking: ").append(overgeslagen);
        }
        return sb.append('.').toString();
    }

    private static String geenVoorstel(Verwijzing v, List<Kandidaat> k, long[] bezet) {
        if (k.isEmpty()) {
            return "Geen voorstel: het perceel heeft geen contracten.";
        }
        return "Geen voorstel: geen geschikt contract met vrije capaciteit (" + overgeslagen(v, k, bezet) + ").";
    }

    /**
     * The contracts passed over and why, e.g.
     * {@code AB-01 (capaciteit vol: 40 van 40); AB-02 (gemeente neemt niet deel)}.
     */
    private static String overgeslagen(Verwijzing v, List<Kandidaat> k, long[] bezet) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k.size(); i++) {
            Kandidaat c = k.get(i);
            List<Afwijzing> a = v.afwijzingen().get(c.contractId());
            boolean vol = vol(c, bezet[i]);
            if ((a == null || a.isEmpty()) && !vol) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(c.contractNummer()).append(" (");
            int lengte = sb.length();
            if (a != null) {
                EnumSet<PlaatsingsRegel> gezien = EnumSet.noneOf(PlaatsingsRegel.class);
                for (Afwijzing x : a) {
                    if (gezien.add(x.regel())) {
                        sb.append(sb.length() == lengte ? "" : ", ").append(x.regel().kort());
                    }
                }
            }
            if (vol) {
                sb.append(sb.length() == lengte ? "" : ", ").append(PlaatsingsRegel.CAPACITEIT_VOL.kort()).append(": ")
                        .append(bezet[i]).append(" van ").append(c.capaciteit());
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** Dutch decimal comma, e.g. {@code 12,30}. */
    private static String getal(BigDecimal b) {
        return b.toPlainString().replace('.', ',');
    }
}
