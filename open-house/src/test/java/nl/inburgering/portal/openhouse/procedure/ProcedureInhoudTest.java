package nl.inburgering.portal.openhouse.procedure;

import static nl.inburgering.portal.openhouse.InvalidInput.assertFieldsRefused;
import static nl.inburgering.portal.openhouse.InvalidInput.codes;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.EINDE;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.START;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.aProcedure;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.perUur;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.traject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProcedureInhoudTest {

    private static ProcedureInhoud valideer(ProcedureGegevens in) {
        FieldChecks checks = new FieldChecks();
        ProcedureInhoud inhoud = ProcedureInhoud.uit(checks, in, 30);
        checks.throwIfAny();
        return inhoud;
    }

    @Test
    void withoutAChosenDeadlineTheDefaultIsStored() {
        ProcedureInhoud inhoud = aProcedure().content();
        assertEquals(LocalDate.of(2027, 12, 1), inhoud.aanmelddeadline());
    }

    @Test
    void conditionsAreNumberedFromOneInTheOrderGiven() {
        ProcedureInhoud inhoud = aProcedure().content();
        assertEquals(List.of(1, 2, 3), inhoud.eisen().stream().map(Eis::getVolgnummer).toList());
        assertTrue(inhoud.eisen().get(0).isVerplicht());
        assertFalse(inhoud.eisen().get(2).isVerplicht());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ProcedureGegevens leeg = new ProcedureGegevens(" ", null, List.of(), List.of(), Set.of(), null, null, null, null,
                null, false);
        assertFieldsRefused(Set.of("titel", "leerroute", "eisen", "tarieven", "gemeenteIds", "startdatum", "einddatum",
                "opzegtermijnMaanden", "btwTarief"), () -> valideer(leeg));
    }

    @Test
    void theEndComesAfterTheStartAndTheDeadlineLiesWithinThePeriod() {
        assertFieldsRefused(Set.of("einddatum"),
                () -> valideer(aProcedure().runningFrom(EINDE, START).input()));
        assertFieldsRefused(Set.of("aanmelddeadline"),
                () -> valideer(aProcedure().withDeadline(EINDE.plusDays(1)).input()));
        assertFieldsRefused(Set.of("aanmelddeadline"),
                () -> valideer(aProcedure().withDeadline(START.minusDays(1)).input()));
    }

    @Test
    void aPeriodTooShortForTheDefaultDeadlineAsksForAChosenOne() {
        ProcedureGegevens kort = aProcedure().runningFrom(START, START.plusDays(20))
                .withTariffs(traject(START, "9500")).input();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> valideer(kort));
        assertEquals(List.of("procedure.deadline-kies-zelf"), codes(e));
        assertEquals(START.plusDays(10),
                valideer(aProcedure().runningFrom(START, START.plusDays(20)).withDeadline(START.plusDays(10)).input())
                        .aanmelddeadline());
    }

    @Test
    void theNoticePeriodIsZeroToTwentyFourMonths() {
        assertEquals(0, valideer(aProcedure().withNoticeMonths(0).input()).opzegtermijnMaanden());
        assertFieldsRefused(Set.of("opzegtermijnMaanden"), () -> valideer(aProcedure().withNoticeMonths(25).input()));
        assertFieldsRefused(Set.of("opzegtermijnMaanden"), () -> valideer(aProcedure().withNoticeMonths(-1).input()));
    }

    @Test
    void eachConditionNeedsADescriptionAndAppearsOnce() {
        ProcedureGegevens in = aProcedure().withConditions(new EisGegevens("WEB-erkenning", null, true),
                new EisGegevens(" ", null, true), new EisGegevens("web-erkenning", null, false)).input();
        assertFieldsRefused(Set.of("eisen[1].omschrijving", "eisen[2].omschrijving"), () -> valideer(in));
    }

    @Test
    void anyOfTheThreePaymentModelsIsAccepted() {
        assertEquals(Betaalmodel.TRAJECT, valideer(aProcedure().input()).tarieven().get(0).getBetaalmodel());
        assertEquals(Betaalmodel.PER_UUR,
                valideer(aProcedure().withTariffs(perUur(START, "62.50")).input()).tarieven().get(0).getBetaalmodel());
        TariefGegevens perMaand = new TariefGegevens(START, Betaalmodel.PER_MAAND, new BigDecimal("850"), null, null, null);
        assertEquals(Betaalmodel.PER_MAAND,
                valideer(aProcedure().withTariffs(perMaand).input()).tarieven().get(0).getBetaalmodel());
    }

    @Test
    void tariffsFollowTheRulesOfContractsCoreWithTheFieldNamesOfTheForm() {
        Map<Mijlpaal, BigDecimal> negentig = new EnumMap<>(Mijlpaal.class);
        negentig.put(Mijlpaal.START, new BigDecimal("50"));
        negentig.put(Mijlpaal.AFRONDING, new BigDecimal("40"));
        TariefGegevens fout = new TariefGegevens(START, Betaalmodel.TRAJECT, new BigDecimal("12.345"), null, negentig, null);
        List<String> velden = assertFieldsRefused(Set.of("tarieven[1].bedrag", "tarieven[1].mijlpalen"),
                () -> valideer(aProcedure().withTariffs(traject(START, "9500"), fout).input()))
                .stream().map(fe -> fe.code()).toList();
        assertTrue(velden.contains("tarief.mijlpalen-som"), velden::toString);
    }

    @Test
    void tariffVersionsShareOneModelStartOnTimeAndNotAfterTheEnd() {
        assertEquals(List.of("tarief.een-betaalmodel"), codes(assertThrows(InvalidInputException.class,
                () -> valideer(aProcedure().withTariffs(traject(START, "9500"), perUur(START.plusYears(1), "60")).input()))));
        assertEquals(List.of("tarief.vanaf-start"), codes(assertThrows(InvalidInputException.class,
                () -> valideer(aProcedure().withTariffs(traject(START.plusDays(1), "9500")).input()))));
        assertEquals(List.of("tarief.na-einddatum"), codes(assertThrows(InvalidInputException.class,
                () -> valideer(aProcedure().withTariffs(traject(START, "9500"), traject(EINDE.plusDays(1), "9900"))
                        .input()))));
        assertEquals(List.of("tarief.dubbele-datum"), codes(assertThrows(InvalidInputException.class,
                () -> valideer(aProcedure().withTariffs(traject(START, "9500"), traject(START, "9900")).input()))));
    }

    @Test
    void theSameTermsAreEqualContentWhateverTheOrderOfTariffs() {
        ProcedureInhoud a = valideer(aProcedure().withTariffs(traject(START, "9500"), traject(START.plusYears(1), "9800"))
                .input());
        ProcedureInhoud b = valideer(aProcedure().withTariffs(traject(START.plusYears(1), "9800"), traject(START, "9500"))
                .input());
        assertEquals(a, b);
        assertTrue(a.verschillenMet(b).isEmpty());
        ProcedureInhoud c = valideer(aProcedure().withTariffs(traject(START, "9600")).input());
        assertEquals(List.of("tarieven"), a.verschillenMet(c));
        assertNull(ProcedureInhoud.uit(new FieldChecks(), aProcedure().withNoticeMonths(30).input(), 30));
    }
}
