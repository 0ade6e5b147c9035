package nl.inburgering.portal.contracts.settlement.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * Properties of settlement over random contracts (any payment model, one or two tariff versions, with or
 * without a cap, 0 or 21 % VAT), up to 8 placements (random gemeenten, zelfbetalers, starts, pauses, ends)
 * and up to 40 attendance records each, settled month by month from January to April 2027, and random
 * approved corrections of the attendance of January to March.
 *
 * <p>Edge cases are off: jqwik's edge cases of these generators (no attendance, placements that never start)
 * would fill most of the tries with months that bill nothing.
 *
 * <p>The expectations are computed here independently from the generated numbers (day offsets and
 * quarter hours), not with the code under test.
 */
class AfrekeningPropertyTest {

    private static final LocalDate EERSTE_DAG = LocalDate.of(2027, 1, 1);
    /** January to April 2027: 31 + 28 + 31 + 30 days. */
    private static final int DAGEN = 120;
    /** Attendance of January to March (day offsets below 90) can be corrected. */
    private static final int GECORRIGEERD_TOT = 90;
    private static final YearMonth JAN = YearMonth.of(2027, 1);
    private static final YearMonth MRT = YearMonth.of(2027, 3);
    private static final YearMonth APR = YearMonth.of(2027, 4);
    private static final long[] GEMEENTEN = {14L, 1966L, 1969L, 1979L};

    /**
     * @param tweedeVersieDag day offset a second tariff version starts, or -1
     * @param capUren         0: no cap
     * @param vlaggen         bit 0: excused absence billable; bit 1: 21 % VAT
     */
    record ContractSpec(int model, int tariefCenten, int tweedeVersieDag, int tweedeTariefCenten, int capUren,
            int startPct, int halverwegeRuw, int vlaggen) {
    }

    /**
     * @param startDag   day offset of the actual start, or -1 for never started
     * @param pauzeNa    days after the start a pause begins, or -1
     * @param pauzeDuur  its length in days minus one, or -1 for still paused
     * @param einde      -1 running; otherwise the end is einde / 2 days after the start, AFGEROND when even
     */
    record PlaatsingSpec(int gemeente, boolean zelfbetaler, int startDag, int geplandKwartieren, int pauzeNa,
            int pauzeDuur, int einde, List<PresentieSpec> presenties) {
    }

    /** @param correctie -1, or the attended quarter hours after an approved correction (Jan to March only) */
    record PresentieSpec(int dag, int onderdeel, int geroosterd, int aanwezig, int reden, int correctie) {
    }

    record Scenario(ContractSpec contract, List<PlaatsingSpec> plaatsingen) {

        Contractvoorwaarden voorwaarden() {
            ContractSpec c = contract;
            Betaalmodel model = Betaalmodel.values()[c.model()];
            List<Tariefversie> versies = new ArrayList<>();
            versies.add(versie(model, EERSTE_DAG, c.tariefCenten()));
            if (c.tweedeVersieDag() > 0) {
                versies.add(versie(model, EERSTE_DAG.plusDays(c.tweedeVersieDag()), c.tweedeTariefCenten()));
            }
            return new Contractvoorwaarden(7, (c.vlaggen() & 2) == 0 ? BtwTarief.NUL : BtwTarief.EENENTWINTIG,
                    (c.vlaggen() & 1) == 1, versies);
        }

        private Tariefversie versie(Betaalmodel model, LocalDate vanaf, int centen) {
            Money bedrag = Money.of(BigDecimal.valueOf(centen, 2));
            return switch (model) {
                case PER_UUR -> Tariefversie.perUur(vanaf, bedrag, contract.capUren() == 0 ? null
                        : Uren.of(contract.capUren()));
                case PER_MAAND -> Tariefversie.perMaand(vanaf, bedrag.times(BigDecimal.valueOf(30)));
                case TRAJECT -> Tariefversie.traject(vanaf, bedrag.times(BigDecimal.valueOf(100)), mijlpalen());
            };
        }

        private Map<Mijlpaal, Percentage> mijlpalen() {
            int start = contract.startPct();
            int halverwege = 1 + contract.halverwegeRuw() % (99 - start);
            Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
            m.put(Mijlpaal.START, Percentage.of(start));
            m.put(Mijlpaal.HALVERWEGE, Percentage.of(halverwege));
            m.put(Mijlpaal.AFRONDING, Percentage.of(100 - start - halverwege));
            return m;
        }

        Betaalmodel model() {
            return Betaalmodel.values()[contract.model()];
        }

        boolean geoorloofdDeclarabel() {
            return (contract.vlaggen() & 1) == 1;
        }

        List<PlaatsingFeiten> feiten(boolean gecorrigeerd) {
            List<PlaatsingFeiten> l = new ArrayList<>();
            for (int i = 0; i < plaatsingen.size(); i++) {
                l.add(AfrekeningPropertyTest.feiten(i + 1L, plaatsingen.get(i), gecorrigeerd));
            }
            return l;
        }

        List<Correctieverzoek> verzoeken() {
            List<Correctieverzoek> l = new ArrayList<>();
            for (int i = 0; i < plaatsingen.size(); i++) {
                for (PresentieSpec p : uniek(plaatsingen.get(i))) {
                    if (p.correctie() >= 0 && p.dag() < GECORRIGEERD_TOT) {
                        l.add(new Correctieverzoek(i + 1L, YearMonth.from(EERSTE_DAG.plusDays(p.dag()))));
                    }
                }
            }
            return l;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ContractSpec> contract = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(1, 20_000),
                        Arbitraries.integers().between(-40, 119),
                        Arbitraries.integers().between(1, 20_000),
                        Arbitraries.integers().between(0, 60).map(c -> c > 40 ? 0 : c),
                        Arbitraries.integers().between(1, 97),
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 3))
                .as(ContractSpec::new);
        Arbitrary<PresentieSpec> presentie = Combinators.combine(
                        Arbitraries.integers().between(0, DAGEN - 1),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, 24),
                        Arbitraries.integers().between(0, 28),
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(-6, 28).map(c -> c < 0 ? -1 : c))
                .as(PresentieSpec::new);
        Arbitrary<PlaatsingSpec> plaatsing = Combinators.combine(
                        Arbitraries.integers().between(0, GEMEENTEN.length - 1),
                        Arbitraries.integers().between(0, 4).map(z -> z == 0),
                        Arbitraries.integers().between(-10, 110).map(s -> s < 0 ? -1 : s),
                        Arbitraries.integers().between(1, 400),
                        Arbitraries.integers().between(-30, 60).map(p -> p < 0 ? -1 : p),
                        Arbitraries.integers().between(-5, 30).map(d -> d < 0 ? -1 : d),
                        Arbitraries.integers().between(-100, 240).map(e -> e < 0 ? -1 : e),
                        presentie.list().ofMaxSize(40))
                .as(PlaatsingSpec::new);
        return Combinators.combine(contract, plaatsing.list().ofMinSize(1).ofMaxSize(8)).as(Scenario::new);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void theGemeenteSharesAddUpToTheInvoicesToTheCentAndZelfbetalersStayApart(@ForAll("scenarios") Scenario s) {
        List<PlaatsingFeiten> feiten = s.feiten(false);
        Set<Long> zelfbetalers = feiten.stream().filter(PlaatsingFeiten::zelfbetaler).map(PlaatsingFeiten::plaatsingId)
                .collect(Collectors.toSet());
        Money alleRegels = Money.ZERO;
        Money alleFacturen = Money.ZERO;
        Money alleAandelen = Money.ZERO;
        Money alleBtw = Money.ZERO;
        for (Maandafrekening a : Afrekenen.maanden(JAN, APR, s.voorwaarden(), feiten)) {
            Factuur g = a.gemeenten();
            Factuur z = a.zelfbetalers();
            assertTrue(g.regels().stream().noneMatch(r -> zelfbetalers.contains(r.plaatsingId())));
            assertTrue(z.regels().stream().allMatch(r -> zelfbetalers.contains(r.plaatsingId())));
            assertEquals(g.netto(), sum(g.aandelen().stream().map(GemeenteAandeel::netto).toList()));
            assertEquals(g.btw(), sum(g.aandelen().stream().map(GemeenteAandeel::btw).toList()));
            Map<Long, Money> perGemeente = new TreeMap<>();
            g.regels().forEach(r -> perGemeente.merge(r.gemeenteId(), r.bedrag(), Money::plus));
            assertEquals(perGemeente, g.aandelen().stream()
                    .collect(Collectors.toMap(GemeenteAandeel::gemeenteId, GemeenteAandeel::netto, (x, y) -> x,
                            TreeMap::new)));
            alleRegels = alleRegels.plus(Afrekenen.som(a.alleRegels()));
            alleBtw = alleBtw.plus(g.btw()).plus(z.btw());
            alleFacturen = alleFacturen.plus(g.totaal()).plus(z.totaal());
            alleAandelen = alleAandelen.plus(sum(g.aandelen().stream().map(GemeenteAandeel::totaal).toList()))
                    .plus(z.totaal());
        }
        assertEquals(alleFacturen, alleAandelen);
        assertEquals(alleFacturen, alleRegels.plus(alleBtw));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void monthByMonthNothingIsBilledTwiceAndNothingIsLeftOut(@ForAll("scenarios") Scenario s) {
        Contractvoorwaarden c = s.voorwaarden();
        List<PlaatsingFeiten> feiten = s.feiten(false);
        List<Maandafrekening> runs = Afrekenen.maanden(JAN, APR, c, feiten);

        // a re-run of a month on the same billed state recomputes the same CONCEPT
        ReedsGefactureerd voorApril = Afrekenen.gefactureerd(runs.subList(0, 3));
        assertEquals(runs.get(3), Afrekening.bereken(new ContractMaand(APR, c, feiten, voorApril)));

        List<Afrekenregel> regels = runs.stream().flatMap(a -> a.regels().stream()).toList();
        for (int i = 0; i < s.plaatsingen().size(); i++) {
            long id = i + 1L;
            PlaatsingSpec p = s.plaatsingen().get(i);
            List<Afrekenregel> vanPlaatsing = regels.stream().filter(r -> r.plaatsingId() == id).toList();
            BigDecimal aantal = vanPlaatsing.stream().map(Afrekenregel::aantal).reduce(BigDecimal.ZERO, BigDecimal::add);
            switch (s.model()) {
                case PER_UUR -> assertEquals(0, verwachteUren(s, p).compareTo(aantal), "hours of placement " + id);
                case PER_MAAND -> assertEquals(0, BigDecimal.valueOf(actieveDagen(p)).compareTo(aantal),
                        "days of placement " + id);
                case TRAJECT -> assertEquals(verwachteMijlpalen(p), vanPlaatsing.stream()
                        .map(AfrekeningPropertyTest::mijlpaalMetDatum).toList(), "milestones of placement " + id);
            }
        }
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void correctionsBringEveryMonthToWhatAFreshSettlementGivesAndSumToTheDifference(
            @ForAll("scenarios") Scenario s) {
        Contractvoorwaarden c = s.voorwaarden();
        List<Maandafrekening> origineel = Afrekenen.maanden(JAN, MRT, c, s.feiten(false));
        ReedsGefactureerd gefactureerd = Afrekenen.gefactureerd(origineel);

        Maandafrekening april = Afrekening.bereken(new ContractMaand(APR, c, s.feiten(true), gefactureerd,
                s.verzoeken()));
        List<Maandafrekening> vers = Afrekenen.maanden(JAN, APR, c, s.feiten(true));

        // every (placement, month, product) of January to March: billed + corrections = a fresh settlement
        Map<String, Money> nu = perSleutel(gefactureerd.plus(april.correcties()).regels());
        Map<String, Money> verwacht = perSleutel(vers.subList(0, 3).stream().flatMap(a -> a.regels().stream())
                .map(Factuurregel.class::cast).toList());
        nu.values().removeIf(Money::isZero);
        verwacht.values().removeIf(Money::isZero);
        assertEquals(verwacht, nu);
        // April's own lines are those of the fresh settlement
        assertEquals(vers.get(3).regels(), april.regels());
        // the corrections sum to the difference
        Money eerder = Afrekenen.som(gefactureerd.regels());
        Money opnieuw = Afrekenen.som(vers.subList(0, 3).stream().flatMap(a -> a.regels().stream()).toList());
        assertEquals(opnieuw.minus(eerder), Afrekenen.som(april.correcties()));
        // and the month with corrections still splits exactly
        Factuur g = april.gemeenten();
        assertEquals(g.totaal(), sum(g.aandelen().stream().map(GemeenteAandeel::totaal).toList()));
    }

    // --- expectations from the generated numbers ---

    private static List<PresentieSpec> uniek(PlaatsingSpec p) {
        Map<String, PresentieSpec> m = new LinkedHashMap<>();
        for (PresentieSpec r : p.presenties()) {
            m.putIfAbsent(r.dag() + "/" + r.onderdeel(), r);
        }
        return List.copyOf(m.values());
    }

    private static PlaatsingFeiten feiten(long id, PlaatsingSpec p, boolean gecorrigeerd) {
        LocalDate start = p.startDag() < 0 ? null : EERSTE_DAG.plusDays(p.startDag());
        List<OnderbrokenPeriode> pauzes = new ArrayList<>();
        if (start != null && p.pauzeNa() >= 0) {
            LocalDate vanaf = start.plusDays(p.pauzeNa());
            pauzes.add(new OnderbrokenPeriode(vanaf, p.pauzeDuur() < 0 ? null : vanaf.plusDays(p.pauzeDuur())));
        }
        Beeindiging einde = null;
        if (start != null && p.einde() >= 0) {
            LocalDate laatste = start.plusDays(p.einde() / 2);
            einde = p.einde() % 2 == 0 ? Beeindiging.afgerond(laatste) : Beeindiging.voortijdig(laatste);
        }
        List<PresentieFeit> presenties = new ArrayList<>();
        for (PresentieSpec r : uniek(p)) {
            int aanwezig = gecorrigeerd && r.correctie() >= 0 && r.dag() < GECORRIGEERD_TOT ? r.correctie() : r.aanwezig();
            presenties.add(new PresentieFeit(EERSTE_DAG.plusDays(r.dag()), Onderdeel.values()[r.onderdeel()],
                    Uren.kwartieren(r.geroosterd()), Uren.kwartieren(aanwezig),
                    aanwezig < r.geroosterd() ? Verzuimreden.values()[r.reden()] : null));
        }
        return new PlaatsingFeiten(id, GEMEENTEN[p.gemeente()], p.zelfbetaler(), Uren.kwartieren(p.geplandKwartieren()),
                start, pauzes, einde, presenties);
    }

    private static boolean actief(PlaatsingSpec p, int dag) {
        if (p.startDag() < 0 || dag < p.startDag()) {
            return false;
        }
        if (p.einde() >= 0 && dag > p.startDag() + p.einde() / 2) {
            return false;
        }
        if (p.pauzeNa() >= 0) {
            int vanaf = p.startDag() + p.pauzeNa();
            boolean gepauzeerd = dag >= vanaf && (p.pauzeDuur() < 0 || dag <= vanaf + p.pauzeDuur());
            return !gepauzeerd;
        }
        return true;
    }

    private static int actieveDagen(PlaatsingSpec p) {
        int n = 0;
        for (int d = 0; d < DAGEN; d++) {
            n += actief(p, d) ? 1 : 0;
        }
        return n;
    }

    /** All billable hours of the four months at once, stopped at the cap. */
    private static BigDecimal verwachteUren(Scenario s, PlaatsingSpec p) {
        int kwartieren = 0;
        for (PresentieSpec r : uniek(p)) {
            if (actief(p, r.dag())) {
                boolean geoorloofd = r.aanwezig() < r.geroosterd() && Verzuimreden.values()[r.reden()]
                        == Verzuimreden.GEOORLOOFD;
                kwartieren += s.geoorloofdDeclarabel() && geoorloofd ? r.geroosterd() : r.aanwezig();
            }
        }
        int cap = s.contract().capUren() * 4;
        return BigDecimal.valueOf(cap == 0 ? kwartieren : Math.min(kwartieren, cap)).divide(BigDecimal.valueOf(4));
    }

    /** "2027-03-04 HALVERWEGE", checking on the way that the line is in the month the milestone was reached. */
    private static String mijlpaalMetDatum(Afrekenregel r) {
        Mijlpaalgrondslag g = (Mijlpaalgrondslag) r.grondslag();
        assertEquals(YearMonth.from(g.bereiktOp()), r.periode());
        return g.bereiktOp() + " " + g.mijlpaal();
    }

    /** The milestones reached from January to April, each once, in the order reached, with the date. */
    private static List<String> verwachteMijlpalen(PlaatsingSpec p) {
        List<String> m = new ArrayList<>();
        if (p.startDag() < 0) {
            return m;
        }
        m.add(EERSTE_DAG.plusDays(p.startDag()) + " START");
        int laatsteDag = p.einde() >= 0 ? p.startDag() + p.einde() / 2 : Integer.MAX_VALUE;
        boolean afgerond = p.einde() >= 0 && p.einde() % 2 == 0 && laatsteDag < DAGEN;
        Map<Integer, Integer> perDag = new TreeMap<>();
        uniek(p).stream().filter(r -> actief(p, r.dag())).forEach(r -> perDag.merge(r.dag(), r.aanwezig(), Integer::sum));
        int opgeteld = 0;
        Integer halverwege = null;
        for (Map.Entry<Integer, Integer> e : perDag.entrySet()) {
            opgeteld += e.getValue();
            if (2 * opgeteld >= p.geplandKwartieren()) {
                halverwege = e.getKey();
                break;
            }
        }
        if (halverwege == null && afgerond) {
            halverwege = laatsteDag;
        }
        if (halverwege != null) {
            m.add(EERSTE_DAG.plusDays(halverwege) + " HALVERWEGE");
        }
        if (afgerond) {
            m.add(EERSTE_DAG.plusDays(laatsteDag) + " AFRONDING");
        }
        return m;
    }

    private static Map<String, Money> perSleutel(List<? extends Factuurregel> regels) {
        Map<String, Money> m = new HashMap<>();
        for (Factuurregel r : regels) {
            m.merge(r.periode() + " " + r.plaatsingId() + " " + r.product(), r.bedrag(), Money::plus);
        }
        return m;
    }

    private static Money sum(List<Money> bedragen) {
        return Money.sum(bedragen);
    }

}
