package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A correction line (DESIGN.md, "Settlement", Corrections): once a month is settled, its attendance
 * changes only through a correction the contract manager approves; the next settlement adds, for each
 * placement and product of that month, {@code new amount - already billed}, referencing the original
 * month ({@link #periode()}). It goes on the invoice of the month being settled.
 *
 * <p>"Already billed" is everything billed for that placement, month and product so far: the original
 * line plus any earlier corrections of it. The quantities are kept as well as the amounts, so that what
 * is billed in hours (for the cap) and in milestones (billed once) stays right after the correction.
 *
 * @param periode            the original month corrected
 * @param aantalGefactureerd quantity billed so far
 * @param gefactureerd       amount billed so far
 * @param aantalHerberekend  quantity after recomputation
 * @param herberekend        amount after recomputation
 */
public record Correctieregel(long plaatsingId, long gemeenteId, boolean zelfbetaler, YearMonth periode,
        Product product, BigDecimal aantalGefactureerd, Money gefactureerd, BigDecimal aantalHerberekend,
        Money herberekend) implements Factuurregel {

    public Correctieregel {
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(aantalGefactureerd, "aantalGefactureerd");
        Objects.requireNonNull(gefactureerd, "gefactureerd");
        Objects.requireNonNull(aantalHerberekend, "aantalHerberekend");
        Objects.requireNonNull(herberekend, "herberekend");
    }

    /** New minus already billed. */
    @Override
    public Money bedrag() {
        return herberekend.minus(gefactureerd);
    }

    @Override
    public BigDecimal aantal() {
        return aantalHerberekend.subtract(aantalGefactureerd);
    }

    /**
     * The corrections that turn what was billed into what is owed now: for every (placement, month,
     * product) on either side, one line {@code herberekend - gefactureerd}. Where neither the amount nor the
     * quantity differs there is no line (a quantity difference with an equal amount, which a rate of a few
     * cents could give, still gets its line so the billed hours stay right).
     *
     * @param gefactureerd everything billed so far for the months and placements concerned (original lines
     *                     and earlier corrections)
     * @param herberekend  the recomputed lines of the same months and placements
     * @return in the order of {@link Factuurregel#ORDE}
     */
    public static List<Correctieregel> tussen(Collection<? extends Factuurregel> gefactureerd,
            Collection<? extends Factuurregel> herberekend) {
        Map<Sleutel, Stand> standen = new TreeMap<>();
        for (Factuurregel r : gefactureerd) {
            standen.computeIfAbsent(Sleutel.van(r), k -> new Stand(r)).oud(r);
        }
        for (Factuurregel r : herberekend) {
            standen.computeIfAbsent(Sleutel.van(r), k -> new Stand(r)).nieuw(r);
        }
        List<Correctieregel> correcties = new ArrayList<>();
        standen.forEach((k, s) -> {
            if (s.aantalOud.compareTo(s.aantalNieuw) != 0 || !s.bedragOud.equals(s.bedragNieuw)) {
                correcties.add(new Correctieregel(k.plaatsingId(), s.gemeenteId, s.zelfbetaler, k.periode(),
                        k.product(), s.aantalOud, s.bedragOud, s.aantalNieuw, s.bedragNieuw));
            }
        });
        return List.copyOf(correcties);
    }

    private record Sleutel(YearMonth periode, long plaatsingId, Product product) implements Comparable<Sleutel> {

        static Sleutel van(Factuurregel r) {
            return new Sleutel(r.periode(), r.plaatsingId(), r.product());
        }

        @Override
        public int compareTo(Sleutel o) {
            int c = periode.compareTo(o.periode);
            if (c == 0) {
                c = Long.compare(plaatsingId, o.plaatsingId);
            }
            return c == 0 ? product.compareTo(o.product) : c;
        }
    }

    private static final class Stand {
        private final long gemeenteId;
        private final boolean zelfbetaler;
        private BigDecimal aantalOud = BigDecimal.ZERO;
        private BigDecimal aantalNieuw = BigDecimal.ZERO;
        private Money bedragOud = Money.ZERO;
        private Money bedragNieuw = Money.ZERO;

        Stand(Factuurregel eerste) {
            this.gemeenteId = eerste.gemeenteId();
            this.zelfbetaler = eerste.zelfbetaler();
        }

        void oud(Factuurregel r) {
            aantalOud = aantalOud.add(r.aantal());
            bedragOud = bedragOud.plus(r.bedrag());
        }

        void nieuw(Factuurregel r) {
            aantalNieuw = aantalNieuw.add(r.aantal());
            bedragNieuw = bedragNieuw.plus(r.bedrag());
        }
    }
}
