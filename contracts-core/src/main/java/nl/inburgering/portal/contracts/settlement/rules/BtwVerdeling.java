package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * Splits an invoice's VAT over the gemeenten in proportion to their lines by the largest-remainder
 * method, so the shares sum exactly to the invoice's VAT (DESIGN.md, "Settlement").
 *
 * <p>In cents: each gemeente's exact quota is {@code vat x itsLines / allLines}. Each gets its quota
 * rounded down, and the cents left over go one each to the gemeenten with the largest remainders.
 * <b>Equal remainders</b>: the lower gemeente id first. The arithmetic is exact (integers), so the
 * outcome never depends on a division's precision. Every share lies less than one cent from its quota.
 *
 * <p><b>Negative amounts</b> (corrections): a gemeente whose lines sum to less than zero gets a negative
 * quota, and the method works unchanged, since "rounded down" and "remainder" are taken in the
 * mathematical sense (down is towards minus infinity, a remainder is never negative). An invoice whose
 * VAT is negative (a credit, when corrections outweigh the month) is split as the mirror image of the
 * same positive amount: the split of {@code -vat} negated, with the same tie-break. VAT of zero gives every
 * gemeente zero.
 */
public final class BtwVerdeling {

    private BtwVerdeling() {
    }

    /**
     * @param btw               the invoice's VAT
     * @param nettoPerGemeente  the sum of each gemeente's lines on the invoice
     * @return each gemeente's VAT share, by gemeente id; the shares sum to {@code btw}
     * @throws IllegalArgumentException for VAT other than zero over lines that sum to zero
     */
    public static SortedMap<Long, Money> verdeel(Money btw, Map<Long, Money> nettoPerGemeente) {
        Objects.requireNonNull(btw, "btw");
        SortedMap<Long, Money> aandelen = new TreeMap<>();
        if (btw.isZero()) {
            nettoPerGemeente.keySet().forEach(g -> aandelen.put(g, Money.ZERO));
            return Collections.unmodifiableSortedMap(aandelen);
        }
        BigInteger totaal = nettoPerGemeente.values().stream().map(BtwVerdeling::centen)
                .reduce(BigInteger.ZERO, BigInteger::add);
        if (totaal.signum() == 0) {
            throw new IllegalArgumentException("VAT of " + btw + " over lines that sum to zero");
        }
        BigInteger teVerdelen = centen(btw).abs();
        BigInteger noemer = totaal.abs();
        List<Quotum> quota = new ArrayList<>();
        BigInteger verdeeld = BigInteger.ZERO;
        for (Map.Entry<Long, Money> e : new TreeMap<>(nettoPerGemeente).entrySet()) {
            BigInteger teller = teVerdelen.multiply(centen(e.getValue())).multiply(BigInteger.valueOf(totaal.signum()));
            BigInteger[] qr = teller.divideAndRemainder(noemer);
            BigInteger omlaag = qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
            BigInteger rest = qr[1].signum() < 0 ? qr[1].add(noemer) : qr[1];
            quota.add(new Quotum(e.getKey(), omlaag, rest));
            verdeeld = verdeeld.add(omlaag);
        }
        int over = teVerdelen.subtract(verdeeld).intValueExact();
        List<Quotum> opRest = new ArrayList<>(quota);
        opRest.sort(Comparator.comparing(Quotum::rest).reversed().thenComparingLong(Quotum::gemeenteId));
        for (int i = 0; i < quota.size(); i++) {
            Quotum q = opRest.get(i);
            BigInteger centen = i < over ? q.omlaag().add(BigInteger.ONE) : q.omlaag();
            Money aandeel = Money.of(new BigDecimal(centen, Money.SCALE));
            aandelen.put(q.gemeenteId(), btw.isNegative() ? aandeel.negate() : aandeel);
        }
        return Collections.unmodifiableSortedMap(aandelen);
    }

    private static BigInteger centen(Money m) {
        return m.amount().unscaledValue();
    }

    private record Quotum(long gemeenteId, BigInteger omlaag, BigInteger rest) {
    }
}
