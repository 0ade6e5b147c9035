package nl.inburgering.portal.contracts.placement;

import static nl.inburgering.portal.contracts.placement.Fixtures.EEMSDELTA;
import static nl.inburgering.portal.contracts.placement.Fixtures.GRONINGEN;
import static nl.inburgering.portal.contracts.placement.Fixtures.HET_HOGELAND;
import static nl.inburgering.portal.contracts.placement.Fixtures.MAART_2026;
import static nl.inburgering.portal.contracts.placement.Fixtures.aContract;
import static nl.inburgering.portal.contracts.placement.Fixtures.aTaalaanbieder;
import static nl.inburgering.portal.contracts.placement.Fixtures.anOnderwijsinstelling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The eligibility matrix: one scenario per way each rule can fail, each changing one fact of an
 * eligible placement (an Eemsdelta inburgeraar in the B1-route, planned start 2 March 2026, on a B1
 * contract of a provider with a keurmerk GELDIG, capacity 40, nobody placed yet), and one where
 * everything fails at once: all failed rules are reported, never only the first.
 */
class EligibilityTest {

    private static final long GEKOZEN = 10L;

    /** One scenario: the facts, and the rules expected to fail. */
    record Scenario(String naam, Supplier<Contract> contract, Supplier<Aanbieder> aanbieder,
            Eligibility.Aanvraag aanvraag, long bezet, Set<PlaatsingsRegel> verwacht) {

        @Override
        public String toString() {
            return naam;
        }
    }

    private static Eligibility.Aanvraag b1() {
        return new Eligibility.Aanvraag(Leerroute.B1_ROUTE, EEMSDELTA, MAART_2026, null, false);
    }

    private static Eligibility.Aanvraag onderwijsroute(Long gekozen) {
        return new Eligibility.Aanvraag(Leerroute.ONDERWIJSROUTE, EEMSDELTA, MAART_2026, gekozen, false);
    }

    private static Scenario s(String naam, Supplier<Contract> c, Supplier<Aanbieder> a, Eligibility.Aanvraag v,
            long bezet, PlaatsingsRegel... verwacht) {
        return new Scenario(naam, c, a, v, bezet, verwacht.length == 0 ? Set.of() : EnumSet.of(verwacht[0], verwacht));
    }

    private static Aanbieder metKeurmerk(KeurmerkStatus status, LocalDate vanaf, LocalDate tot) {
        Aanbieder a = new Aanbieder("Taalschool Oost", KvkNumber.of("11223344"), AanbiederSoort.TAALAANBIEDER, null,
                false, null, Iban.of("NL91ABNA0417164300"), null);
        a.registreerKeurmerk(status, vanaf, tot);
        return a;
    }

    private static Aanbieder taalaanbiederDieNu(KeurmerkStatus status) {
        Aanbieder a = aTaalaanbieder();
        a.registreerKeurmerk(status, LocalDate.of(2026, 2, 1), null);
        return a;
    }

    private static Contract opgeschort() {
        Contract c = aContract().build();
        c.schortOp();
        return c;
    }

    private static Contract beeindigd() {
        Contract c = aContract().build();
        c.beeindig(LocalDate.of(2026, 2, 28));
        return c;
    }

    private static Contract openHouse() {
        return aContract().fromOpenHouse().ofProvider(GEKOZEN).build();
    }

    static Stream<Scenario> matrix() {
        Supplier<Contract> b1 = () -> aContract().build();
        return Stream.of(
                s("alles in orde", b1, Fixtures::aTaalaanbieder, b1(), 0),
                // rule 1
                s("contract opgeschort", EligibilityTest::opgeschort, Fixtures::aTaalaanbieder, b1(), 0,
                        PlaatsingsRegel.CONTRACT_NIET_ACTIEF),
                s("contract beeindigd", EligibilityTest::beeindigd, Fixtures::aTaalaanbieder, b1(), 0,
                        PlaatsingsRegel.CONTRACT_NIET_ACTIEF),
                s("start voor de looptijd", () -> aContract().runningFrom(LocalDate.of(2026, 4, 1),
                        LocalDate.of(2027, 12, 31)).build(), Fixtures::aTaalaanbieder, b1(), 0,
                        PlaatsingsRegel.CONTRACT_NIET_ACTIEF),
                s("start na de looptijd", () -> aContract().runningFrom(LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 2, 28)).build(), Fixtures::aTaalaanbieder, b1(), 0,
                        PlaatsingsRegel.CONTRACT_NIET_ACTIEF),
                s("andere leerroute", () -> aContract().covering(Leerroute.Z_ROUTE).build(), Fixtures::aTaalaanbieder,
                        b1(), 0, PlaatsingsRegel.LEERROUTE_NIET_GEDEKT),
                // rule 2
                s("gemeente neemt niet deel", () -> aContract().onlyFor(GRONINGEN, HET_HOGELAND).build(),
                        Fixtures::aTaalaanbieder, b1(), 0, PlaatsingsRegel.GEMEENTE_NEEMT_NIET_DEEL),
                // rule 3, B1- and Z-route
                s("keurmerk aspirant", b1, () -> metKeurmerk(KeurmerkStatus.ASPIRANT, LocalDate.of(2025, 6, 1), null),
                        b1(), 0, PlaatsingsRegel.KEURMERK_NIET_GELDIG),
                s("keurmerk verlopen voor de start", b1, () -> metKeurmerk(KeurmerkStatus.GELDIG,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2026, 2, 28)), b1(), 0,
                        PlaatsingsRegel.KEURMERK_NIET_GELDIG),
                s("keurmerk pas geldig na de start", b1, () -> metKeurmerk(KeurmerkStatus.GELDIG,
                        LocalDate.of(2026, 3, 3), LocalDate.of(2028, 3, 3)), b1(), 0,
                        PlaatsingsRegel.KEURMERK_NIET_GELDIG),
                s("keurmerk ingetrokken", b1, () -> taalaanbiederDieNu(KeurmerkStatus.INGETROKKEN), b1(), 0,
                        PlaatsingsRegel.KEURMERK_NIET_GELDIG),
                s("nooit een keurmerk", b1, () -> new Aanbieder("Zonder Keurmerk", KvkNumber.of("55667788"),
                        AanbiederSoort.TAALAANBIEDER, null, false, null, Iban.of("NL91ABNA0417164300"), null), b1(), 0,
                        PlaatsingsRegel.KEURMERK_NIET_GELDIG),
                s("aanbieder geschorst", b1, () -> taalaanbiederDieNu(KeurmerkStatus.GESCHORST), b1(), 0,
                        PlaatsingsRegel.AANBIEDER_GESCHORST),
                // rule 3, onderwijsroute
                s("onderwijsroute bij erkende instelling", EligibilityTest::openHouse, Fixtures::anOnderwijsinstelling,
                        onderwijsroute(GEKOZEN), 0),
                s("onderwijsroute bij een taalaanbieder", EligibilityTest::openHouse, Fixtures::aTaalaanbieder,
                        onderwijsroute(GEKOZEN), 0, PlaatsingsRegel.GEEN_WEB_ERKENNING),
                s("onderwijsroute, erkenning pas na de start", EligibilityTest::openHouse,
                        () -> new Aanbieder("Nieuw College", KvkNumber.of("99887766"),
                                AanbiederSoort.ONDERWIJSINSTELLING, BrinCode.of("30AB"), true, LocalDate.of(2026, 6, 1),
                                Iban.of("NL91ABNA0417164300"), null), onderwijsroute(GEKOZEN), 0,
                        PlaatsingsRegel.GEEN_WEB_ERKENNING),
                s("onderwijsroute, instelling geschorst", EligibilityTest::openHouse, () -> {
                    Aanbieder a = anOnderwijsinstelling();
                    a.registreerKeurmerk(KeurmerkStatus.GESCHORST, LocalDate.of(2026, 2, 1), null);
                    return a;
                }, onderwijsroute(GEKOZEN), 0, PlaatsingsRegel.AANBIEDER_GESCHORST),
                // Open House: the inburgeraar chooses
                s("onderwijsroute bij een andere dan de gekozen instelling", EligibilityTest::openHouse,
                        Fixtures::anOnderwijsinstelling, onderwijsroute(99L), 0,
                        PlaatsingsRegel.NIET_GEKOZEN_AANBIEDER),
                // rule 4
                s("nog een plaats vrij", b1, Fixtures::aTaalaanbieder, b1(), 39),
                s("capaciteit vol", b1, Fixtures::aTaalaanbieder, b1(), 40, PlaatsingsRegel.CAPACITEIT_VOL),
                s("onbeperkte capaciteit", () -> aContract().withCapacity(null).build(), Fixtures::aTaalaanbieder, b1(),
                        10_000),
                // rule 5
                s("al een lopende plaatsing", b1, Fixtures::aTaalaanbieder,
                        new Eligibility.Aanvraag(Leerroute.B1_ROUTE, EEMSDELTA, MAART_2026, null, true), 0,
                        PlaatsingsRegel.ANDERE_OPEN_PLAATSING),
                // all at once
                s("alles mis", () -> {
                    Contract c = aContract().covering(Leerroute.Z_ROUTE).onlyFor(GRONINGEN).withCapacity(1).build();
                    c.schortOp();
                    return c;
                }, () -> taalaanbiederDieNu(KeurmerkStatus.INGETROKKEN),
                        new Eligibility.Aanvraag(Leerroute.B1_ROUTE, EEMSDELTA, MAART_2026, null, true), 1,
                        PlaatsingsRegel.CONTRACT_NIET_ACTIEF, PlaatsingsRegel.LEERROUTE_NIET_GEDEKT,
                        PlaatsingsRegel.GEMEENTE_NEEMT_NIET_DEEL, PlaatsingsRegel.KEURMERK_NIET_GELDIG,
                        PlaatsingsRegel.CAPACITEIT_VOL, PlaatsingsRegel.ANDERE_OPEN_PLAATSING));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void reportsExactlyTheRulesThatFail(Scenario s) {
        List<Afwijzing> afwijzingen = Eligibility.toets(s.aanvraag(), s.contract().get(), s.aanbieder().get(),
                s.bezet());
        Set<PlaatsingsRegel> gefaald = afwijzingen.stream().map(Afwijzing::regel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlaatsingsRegel.class)));
        assertEquals(s.verwacht(), gefaald, () -> afwijzingen.toString());
        assertEquals(gefaald.size(), afwijzingen.size(), "one reason per rule");
        afwijzingen.forEach(a -> assertTrue(!a.reden().isBlank() && a.reden().endsWith("."), a.reden()));
    }

    @Test
    void everyRuleIsCoveredByTheMatrix() {
        Set<PlaatsingsRegel> gedekt = matrix().flatMap(s -> s.verwacht().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PlaatsingsRegel.class)));
        assertEquals(EnumSet.allOf(PlaatsingsRegel.class), gedekt);
    }

    @Test
    void reasonsNameTheSpecifics() {
        Contract c = aContract().runningFrom(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 28)).build();
        List<Afwijzing> a = Eligibility.toets(b1(), c, aTaalaanbieder(), 0);
        assertEquals("Contract AB-2026-B1-01 loopt van 2025-01-01 tot en met 2026-02-28; de geplande start 2026-03-02"
                + " valt daarbuiten.", a.get(0).reden());

        List<Afwijzing> vol = Eligibility.toets(b1(), aContract().withCapacity(2).build(), aTaalaanbieder(), 2);
        assertEquals("Contract AB-2026-B1-01 zit vol: 2 van 2 plaatsen bezet.", vol.get(0).reden());

        List<Afwijzing> keurmerk = Eligibility.toets(b1(), aContract().build(),
                taalaanbiederDieNu(KeurmerkStatus.INGETROKKEN), 0);
        assertEquals("Taalhuis Noord B.V. heeft op 2026-03-02 keurmerkstatus INGETROKKEN; de B1-route vraagt een"
                + " geldig keurmerk.", keurmerk.get(0).reden());
    }

    @Test
    void withoutCapacityLeavesRuleFourToTheAllocator() {
        List<Afwijzing> a = Eligibility.toetsZonderCapaciteit(b1(), aContract().withCapacity(1).build(),
                aTaalaanbieder());
        assertTrue(a.isEmpty());
    }
}
