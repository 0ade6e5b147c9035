package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * The monthly settlement of a contract (DESIGN.md, "Settlement (monthly, per contract)") as a pure
 * function: {@link ContractMaand} in, {@link Maandafrekening} out. No clock, no database: the same input
 * gives the same lines, so a re-run recomputes the CONCEPT and never duplicates.
 *
 * <h2>The lines</h2>
 * One line per placement and {@link Product} for the month, tagged with the placement's gemeente; every
 * line rounded to cents half up once, at the line. Only active days count (see {@link PlaatsingFeiten}).
 * <ul>
 * <li>{@code PER_UUR}: {@code round(billable hours x rate)}, per rate: a contract may price a component's hours
 * at a rate of its own (then that component's hours are a product of their own, and hours of a component the
 * contract has no rate for are not billed). Billable: the attended hours, plus the
 * excused-absence ({@code GEOORLOOFD}) hours when the contract says so. The cap
 * ({@code maxUrenPerPlaatsing}) counts over all months: the hours billed in earlier months, then this
 * month's attendance in date order; the record that reaches the cap bills only the hours up to it.</li>
 * <li>{@code PER_MAAND}: {@code round(rate x activeDays / daysInMonth)}, active days from the actual
 * start to the end (inclusive) minus the days {@code ONDERBROKEN}.</li>
 * <li>{@code TRAJECT}: a milestone's line {@code round(price x percentage / 100)} in the month it is
 * reached: START on the actual start date; HALVERWEGE on the date the cumulative attended hours (all
 * months, excused absence not included) reach half the planned hours; AFRONDING on the end date of a
 * placement that becomes {@code AFGEROND}. A placement ended early earns no later milestone. A milestone
 * billed in an earlier month is never billed again.</li>
 * </ul>
 *
 * <h2>Where DESIGN.md is silent</h2>
 * <ul>
 * <li><b>Tariff versions.</b> Each hour and each day is billed at the version in force on its date:
 * {@code PER_UUR} at the version on the attendance date, {@code PER_MAAND} at the version on each active
 * day. A version starting within the month therefore gives two lines (two products), each still
 * {@code round(quantity x one rate)}. The cap is the one of the version in force on the attendance date.
 * A {@code TRAJECT} is one product sold at one price: all its milestones are priced by the version in
 * force on the actual start date, so the milestones of a trajectory always add up to its price.</li>
 * <li><b>A completed trajectory is paid in full.</b> When a placement becomes AFGEROND before its attended
 * hours reach half the planned hours, HALVERWEGE is reached on the end date too (outcome financing pays
 * for the result, not for the hours). An early end ({@code VOORTIJDIG_BEEINDIGD}) gets neither.</li>
 * <li><b>Zero lines.</b> A product with no hours, days or milestone in the month has no line.</li>
 * </ul>
 *
 * <h2>Corrections</h2>
 * For every placement with a {@link Correctieverzoek}, each month from the earliest corrected month up to
 * the month before this one is recomputed in order from the attendance as it is now, and the difference
 * with what was billed for that month becomes correction lines ({@link Correctieregel#tussen}). The later
 * months are recomputed too because a correction can move the cap or a milestone into another month; each
 * recomputation counts what was billed before it including the corrections just made, so in the end every
 * (placement, month, product) has billed exactly what a fresh computation on today's attendance gives,
 * and no hour or milestone is billed twice. This month is then computed on top of the corrected state.
 *
 * <h2>The invoices</h2>
 * Lines of zelfbetaler placements (own and correction) form the separate zelfbetaler invoice; the others
 * the gemeenten's invoice, with VAT and per-gemeente shares by {@link Factuur#bereken}.
 */
public final class Afrekening {

    private static final BigDecimal TWEE = BigDecimal.valueOf(2);

    private Afrekening() {
    }

    /** Settles one contract for one month: its own lines, the corrections, and the two invoices. */
    public static Maandafrekening bereken(ContractMaand opdracht) {
        YearMonth maand = opdracht.maand();
        Contractvoorwaarden contract = opdracht.contract();
        Map<Long, YearMonth> gecorrigeerdVanaf = new HashMap<>();
        for (Correctieverzoek c : opdracht.correcties()) {
            if (c.maand().isBefore(maand)) {
                gecorrigeerdVanaf.merge(c.plaatsingId(), c.maand(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        List<Afrekenregel> regels = new ArrayList<>();
        List<Correctieregel> correcties = new ArrayList<>();
        for (PlaatsingFeiten p : opdracht.plaatsingen()) {
            List<Factuurregel> gefactureerd = new ArrayList<>(opdracht.reedsGefactureerd().allesVan(p.plaatsingId()));
            YearMonth vanaf = gecorrigeerdVanaf.get(p.plaatsingId());
            for (YearMonth m = vanaf; m != null && m.isBefore(maand); m = m.plusMonths(1)) {
                YearMonth eerder = m;
                List<Factuurregel> toenGefactureerd = gefactureerd.stream().filter(r -> r.periode().equals(eerder))
                        .toList();
                List<Correctieregel> c = Correctieregel.tussen(toenGefactureerd, regels(m, contract, p, gefactureerd));
                correcties.addAll(c);
                gefactureerd.addAll(c);
            }
            regels.addAll(regels(maand, contract, p, gefactureerd));
        }
        correcties.sort(Factuurregel.ORDE);
        List<Factuurregel> voorGemeenten = new ArrayList<>();
        List<Factuurregel> voorZelfbetalers = new ArrayList<>();
        for (Factuurregel r : concat(regels, correcties)) {
            (r.zelfbetaler() ? voorZelfbetalers : voorGemeenten).add(r);
        }
        return new Maandafrekening(maand, contract.contractId(), regels, correcties,
                Factuur.bereken(Factuursoort.GEMEENTEN, contract.btwTarief(), voorGemeenten),
                Factuur.bereken(Factuursoort.ZELFBETALERS, contract.btwTarief(), voorZelfbetalers));
    }

    /**
     * One placement's own lines for one month, by product.
     *
     * @param reedsGefactureerd what was billed before; only the months before {@code maand} count
     */
    public static List<Afrekenregel> regels(YearMonth maand, Contractvoorwaarden contract, PlaatsingFeiten plaatsing,
            ReedsGefactureerd reedsGefactureerd) {
        return regels(maand, contract, plaatsing, reedsGefactureerd.allesVan(plaatsing.plaatsingId()));
    }

    static List<Afrekenregel> regels(YearMonth maand, Contractvoorwaarden contract, PlaatsingFeiten p,
            List<? extends Factuurregel> gefactureerd) {
        if (p.werkelijkeStart() == null || p.werkelijkeStart().isAfter(maand.atEndOfMonth())) {
            return List.of();
        }
        return switch (contract.betaalmodel()) {
            case PER_UUR -> perUur(maand, contract, p, ReedsGefactureerd.urenVoor(gefactureerd, maand));
            case PER_MAAND -> perMaand(maand, contract, p);
            case TRAJECT -> traject(maand, contract, p, gefactureerd);
        };
    }

    private static List<Afrekenregel> perUur(YearMonth maand, Contractvoorwaarden contract, PlaatsingFeiten p,
            Uren eerderGefactureerd) {
        Uren gefactureerd = eerderGefactureerd;
        SortedMap<Product, Uren> perVersie = new TreeMap<>();
        Map<Product, Tariefversie> versies = new HashMap<>();
        for (PresentieFeit presentie : p.presenties()) {
            if (!YearMonth.from(presentie.datum()).equals(maand) || !p.isActiefOp(presentie.datum())) {
                continue;
            }
            Tariefversie v = contract.tariefVoor(presentie.datum(), presentie.onderdeel());
            if (v == null) {
                continue;       // a component the contract does not buy
            }
            Uren uren = presentie.declarabel(contract.geoorloofdVerzuimDeclarabel());
            if (v.maxUrenPerPlaatsing() != null) {
                uren = uren.hoogstens(v.maxUrenPerPlaatsing().minus(gefactureerd).nietNegatief());
            }
            if (uren.isPositief()) {
                Product product = new Product(Betaalmodel.PER_UUR, v.geldigVanaf(), null, v.onderdeel());
                perVersie.merge(product, uren, Uren::plus);
                versies.put(product, v);
                gefactureerd = gefactureerd.plus(uren);
            }
        }
        List<Afrekenregel> regels = new ArrayList<>();
        perVersie.forEach((product, uren) -> regels.add(regel(p, maand, product.tariefGeldigVanaf(),
                new Uurgrondslag(uren, versies.get(product).bedrag(), product.onderdeel()))));
        return regels;
    }

    private static List<Afrekenregel> perMaand(YearMonth maand, Contractvoorwaarden contract, PlaatsingFeiten p) {
        SortedMap<LocalDate, Integer> dagenPerVersie = new TreeMap<>();
        Map<LocalDate, Tariefversie> versies = new HashMap<>();
        for (LocalDate dag : p.actieveDagenIn(maand)) {
            Tariefversie v = contract.tariefOp(dag);
            dagenPerVersie.merge(v.geldigVanaf(), 1, Integer::sum);
            versies.put(v.geldigVanaf(), v);
        }
        List<Afrekenregel> regels = new ArrayList<>();
        dagenPerVersie.forEach((vanaf, dagen) -> regels.add(regel(p, maand, vanaf,
                new Maandgrondslag(dagen, maand.lengthOfMonth(), versies.get(vanaf).bedrag()))));
        return regels;
    }

    private static List<Afrekenregel> traject(YearMonth maand, Contractvoorwaarden contract, PlaatsingFeiten p,
            List<? extends Factuurregel> gefactureerd) {
        Tariefversie v = contract.tariefOp(p.werkelijkeStart());
        Map<Mijlpaal, LocalDate> bereikt = mijlpalenBereikt(p, v, maand.atEndOfMonth());
        List<Afrekenregel> regels = new ArrayList<>();
        for (Map.Entry<Mijlpaal, Percentage> aandeel : v.mijlpalen().entrySet()) {
            Mijlpaal m = aandeel.getKey();
            LocalDate op = bereikt.get(m);
            if (op != null && YearMonth.from(op).equals(maand)
                    && !ReedsGefactureerd.mijlpaalVoor(gefactureerd, m, maand)) {
                regels.add(regel(p, maand, v.geldigVanaf(), new Mijlpaalgrondslag(m, op, aandeel.getValue(), v.bedrag())));
            }
        }
        return regels;
    }

    /** The date each milestone of the tariff was reached, on or before {@code tot}; absent if not (yet). */
    static Map<Mijlpaal, LocalDate> mijlpalenBereikt(PlaatsingFeiten p, Tariefversie v, LocalDate tot) {
        Map<Mijlpaal, LocalDate> bereikt = new EnumMap<>(Mijlpaal.class);
        if (p.werkelijkeStart() == null || p.werkelijkeStart().isAfter(tot)) {
            return bereikt;
        }
        bereikt.put(Mijlpaal.START, p.werkelijkeStart());
        LocalDate afgerond = p.isAfgerond() && !p.beeindiging().laatsteDag().isAfter(tot)
                ? p.beeindiging().laatsteDag() : null;
        if (v.mijlpalen().containsKey(Mijlpaal.HALVERWEGE)) {
            BigDecimal helft = p.geplandeUrenVoorTraject().waarde().divide(TWEE);
            BigDecimal aanwezig = BigDecimal.ZERO;
            for (PresentieFeit presentie : p.geldigePresentiesTot(tot)) {
                aanwezig = aanwezig.add(presentie.aanwezig().waarde());
                if (aanwezig.compareTo(helft) >= 0) {
                    bereikt.put(Mijlpaal.HALVERWEGE, presentie.datum());
                    break;
                }
            }
            if (afgerond != null) {
                bereikt.putIfAbsent(Mijlpaal.HALVERWEGE, afgerond);
            }
        }
        if (afgerond != null) {
            bereikt.put(Mijlpaal.AFRONDING, afgerond);
        }
        return bereikt;
    }

    private static Afrekenregel regel(PlaatsingFeiten p, YearMonth maand, LocalDate tariefVanaf, Grondslag g) {
        return new Afrekenregel(p.plaatsingId(), p.gemeenteId(), p.zelfbetaler(), maand, tariefVanaf, g);
    }

    private static List<Factuurregel> concat(Collection<? extends Factuurregel> a,
            Collection<? extends Factuurregel> b) {
        List<Factuurregel> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

}
