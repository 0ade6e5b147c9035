package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.gefactureerd;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maanden;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.mijlpalen;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.EEMSDELTA;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.HET_HOGELAND;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import org.junit.jupiter.api.Test;

/**
 * Corrections (DESIGN.md, "Settlement"): approved attendance corrections of a settled month give correction
 * lines in the next settlement, new minus already billed, referencing the original month.
 */
class CorrectieTest {

    private static final YearMonth JAN = YearMonth.of(2027, 1);
    private static final YearMonth FEB = YearMonth.of(2027, 2);
    private static final YearMonth MRT = YearMonth.of(2027, 3);
    private static final YearMonth APR = YearMonth.of(2027, 4);
    private static final LocalDate VANAF_2027 = dag(2027, 1, 1);

    private static Afrekenregel uren(long plaatsing, String uren) {
        return new Afrekenregel(plaatsing, EEMSDELTA, false, JAN, VANAF_2027,
                new Uurgrondslag(Uren.of(uren), euro("62.50")));
    }

    private static Maandafrekening metCorrecties(YearMonth m, Contractvoorwaarden c, ReedsGefactureerd eerder,
            List<PlaatsingFeiten> p, Correctieverzoek... verzoeken) {
        return Afrekening.bereken(new ContractMaand(m, c, p, eerder, List.of(verzoeken)));
    }

    @Test
    void aCorrectionIsNewMinusAlreadyBilledForEachPlacementAndProduct() {
        Correctieregel eerdereCorrectie = new Correctieregel(5, EEMSDELTA, false, JAN, uren(5, "10").product(),
                new BigDecimal("10"), euro("625.00"), new BigDecimal("12"), euro("750.00"));
        List<Factuurregel> gefactureerd = List.of(uren(1, "10"), uren(2, "5"), uren(3, "4"), uren(5, "10"),
                eerdereCorrectie);
        List<Afrekenregel> herberekend = List.of(uren(1, "12"), uren(2, "5"), uren(4, "1"), uren(5, "12"));

        List<Correctieregel> c = Correctieregel.tussen(gefactureerd, herberekend);

        // 1: 12 h = 750.00 - 625.00 billed = +125.00; 2: unchanged, no line; 3: gone, -250.00; 4: new, +62.50;
        // 5: 10 h billed and corrected to 12 before: already right, no line
        assertEquals(List.of(1L, 3L, 4L), c.stream().map(Correctieregel::plaatsingId).toList());
        assertEquals(List.of(euro("125.00"), euro("-250.00"), euro("62.50")),
                c.stream().map(Correctieregel::bedrag).toList());
        assertEquals(0, new BigDecimal("2").compareTo(c.get(0).aantal()));
        assertEquals(0, new BigDecimal("-4").compareTo(c.get(1).aantal()));
        assertTrue(c.stream().allMatch(r -> r.periode().equals(JAN)));
    }

    @Test
    void theNextSettlementBillsTheDifferenceReferencingTheOriginalMonth() {
        Contractvoorwaarden c = contract(BtwTarief.EENENTWINTIG, false,
                Tariefversie.perUur(VANAF_2027, euro("62.50"), null));
        PlaatsingBuilder b = aPlaatsing(1).startedOn(dag(2027, 1, 11)).attended(dag(2027, 1, 11), "8")
                .attended(dag(2027, 1, 12), "12");
        List<Maandafrekening> jan = maanden(JAN, JAN, c, List.of(b.build()));
        assertEquals(euro("1250.00"), jan.get(0).gemeenten().netto());      // 20 h x 62.50

        // approved correction: January 12 was 14 hours, not 12; February has 5
        PlaatsingFeiten gecorrigeerd = b.copy().correctedTo(dag(2027, 1, 12), "14").attended(dag(2027, 2, 1), "5")
                .build();
        Maandafrekening feb = metCorrecties(FEB, c, gefactureerd(jan), List.of(gecorrigeerd),
                new Correctieverzoek(1, JAN));

        Correctieregel correctie = feb.correcties().get(0);
        assertEquals(JAN, correctie.periode());
        assertEquals(euro("1250.00"), correctie.gefactureerd());
        assertEquals(euro("1375.00"), correctie.herberekend());               // 22 h x 62.50
        assertEquals(euro("125.00"), correctie.bedrag());
        // February's own 5 h = 312.50, plus the correction, on February's invoice: 437.50, VAT 91.875 -> 91.88
        assertEquals(euro("437.50"), feb.gemeenten().netto());
        assertEquals(euro("91.88"), feb.gemeenten().btw());

        // re-running February recomputes the same CONCEPT; March after a frozen February bills nothing twice
        assertEquals(feb, metCorrecties(FEB, c, gefactureerd(jan), List.of(gecorrigeerd), new Correctieverzoek(1, JAN)));
        ReedsGefactureerd naFeb = gefactureerd(jan).plus(feb.alleRegels());
        Maandafrekening mrt = metCorrecties(MRT, c, naFeb, List.of(gecorrigeerd), new Correctieverzoek(1, JAN));
        assertTrue(mrt.correcties().isEmpty());
        assertTrue(mrt.regels().isEmpty());
    }

    @Test
    void aCorrectionThatFreesCapHoursLetsTheLaterMonthBillThem() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("50.00"), Uren.of(40)));
        PlaatsingBuilder b = aPlaatsing(1).startedOn(dag(2027, 1, 4)).attended(dag(2027, 1, 4), "36")
                .attended(dag(2027, 2, 1), "10");
        List<Maandafrekening> runs = maanden(JAN, FEB, c, List.of(b.build()));
        // January 36 h = 1800.00; February 4 of its 10 h (the cap) = 200.00
        assertEquals(euro("1800.00"), runs.get(0).gemeenten().netto());
        assertEquals(euro("200.00"), runs.get(1).gemeenten().netto());

        // approved correction: January 4 was 30 hours
        PlaatsingFeiten gecorrigeerd = b.copy().correctedTo(dag(2027, 1, 4), "30").attended(dag(2027, 3, 1), "5")
                .build();
        Maandafrekening mrt = metCorrecties(MRT, c, gefactureerd(runs), List.of(gecorrigeerd),
                new Correctieverzoek(1, JAN));

        // January: 30 h = 1500.00, -300.00; February recomputed after it: 10 h fit under the cap now,
        // 500.00 - 200.00 = +300.00; March: 30 + 10 = 40, the cap is reached
        assertEquals(List.of(JAN, FEB), mrt.correcties().stream().map(Correctieregel::periode).toList());
        assertEquals(List.of(euro("-300.00"), euro("300.00")),
                mrt.correcties().stream().map(Correctieregel::bedrag).toList());
        assertTrue(mrt.regels().isEmpty());
        assertEquals(Uren.of(40), gefactureerd(runs).plus(mrt.alleRegels()).urenVoor(1, APR));
    }

    @Test
    void aMilestoneMovedByACorrectionIsTakenBackAndBilledInItsNewMonth() {
        Contractvoorwaarden c = contract(Tariefversie.traject(VANAF_2027, euro("4321.99"), mijlpalen(40, 40, 20)));
        PlaatsingBuilder b = aPlaatsing(1).forGemeente(HET_HOGELAND).planned("20").startedOn(dag(2027, 1, 11))
                .attended(dag(2027, 1, 11), "5").attended(dag(2027, 2, 2), "6").attended(dag(2027, 3, 3), "4");
        List<Maandafrekening> runs = maanden(JAN, MRT, c, List.of(b.build()));
        // 5 + 6 = 11 of 20 h on February 2: HALVERWEGE billed in February
        assertEquals(Mijlpaal.HALVERWEGE, runs.get(1).regels().get(0).product().mijlpaal());

        // approved correction: February 2 was 4 hours; 9 h in February, 13 h on March 3
        PlaatsingFeiten gecorrigeerd = b.copy().correctedTo(dag(2027, 2, 2), "4").build();
        Maandafrekening apr = metCorrecties(APR, c, gefactureerd(runs), List.of(gecorrigeerd),
                new Correctieverzoek(1, FEB));

        assertEquals(2, apr.correcties().size());
        assertEquals(FEB, apr.correcties().get(0).periode());
        assertEquals(euro("-1728.80"), apr.correcties().get(0).bedrag());
        assertEquals(MRT, apr.correcties().get(1).periode());
        assertEquals(euro("1728.80"), apr.correcties().get(1).bedrag());
        assertEquals(euro("0.00"), apr.gemeenten().netto());
        assertEquals(euro("0.00"), apr.gemeenten().aandeelVan(HET_HOGELAND).orElseThrow().totaal());
        assertTrue(gefactureerd(runs).plus(apr.alleRegels()).mijlpaalVoor(1, Mijlpaal.HALVERWEGE, YearMonth.of(2027, 5)));
    }

    @Test
    void correctionsThatOutweighTheMonthMakeACredit() {
        Contractvoorwaarden c = contract(BtwTarief.EENENTWINTIG, false,
                Tariefversie.perUur(VANAF_2027, euro("62.50"), null));
        PlaatsingBuilder b = aPlaatsing(1).startedOn(dag(2027, 1, 11)).attended(dag(2027, 1, 11), "20");
        List<Maandafrekening> jan = maanden(JAN, JAN, c, List.of(b.build()));

        // January 11 was entered for the wrong person: 0 hours (excused absence, not billable here)
        PlaatsingFeiten gecorrigeerd = b.copy().correctedTo(dag(2027, 1, 11), "20", "0", Verzuimreden.GEOORLOOFD)
                .attended(dag(2027, 2, 1), "5").build();
        Maandafrekening feb = metCorrecties(FEB, c, gefactureerd(jan), List.of(gecorrigeerd),
                new Correctieverzoek(1, JAN));

        // 312.50 - 1250.00 = -937.50; VAT -196.875 -> -196.88 (half up is away from zero, as for an invoice)
        assertEquals(euro("-937.50"), feb.gemeenten().netto());
        assertEquals(euro("-196.88"), feb.gemeenten().btw());
        assertEquals(euro("-1134.38"), feb.gemeenten().aandeelVan(EEMSDELTA).orElseThrow().totaal());
    }

    @Test
    void aCorrectionOfTheMonthItselfNeedsNoCorrectionLine() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF_2027, euro("62.50"), null));
        PlaatsingFeiten p = aPlaatsing(1).startedOn(dag(2027, 3, 1)).attended(dag(2027, 3, 2), "2").build();

        Maandafrekening mrt = metCorrecties(MRT, c, ReedsGefactureerd.NIETS, List.of(p), new Correctieverzoek(1, MRT));

        assertTrue(mrt.correcties().isEmpty());
        assertEquals(euro("125.00"), mrt.gemeenten().netto());
    }
}
