package nl.inburgering.portal.contracts.contract;

import static nl.inburgering.portal.contracts.contract.ContractBuilder.EEMSDELTA;
import static nl.inburgering.portal.contracts.contract.ContractBuilder.GRONINGEN;
import static nl.inburgering.portal.contracts.contract.ContractBuilder.HET_HOGELAND;
import static nl.inburgering.portal.contracts.contract.ContractBuilder.aContract;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate EINDE = LocalDate.of(2027, 12, 31);

    @Nested
    class ActiveOnADate {

        @Test
        void onlyWithinItsPeriodBothEndsIncluded() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertFalse(c.isActiefOp(START.minusDays(1)));
            assertTrue(c.isActiefOp(START));
            assertTrue(c.isActiefOp(EINDE));
            assertFalse(c.isActiefOp(EINDE.plusDays(1)));
        }

        @Test
        void notWhileSuspendedAgainWhenResumed() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            c.schortOp();
            assertEquals(ContractStatus.OPGESCHORT, c.getStatus());
            assertFalse(c.isActiefOp(LocalDate.of(2026, 6, 1)));
            c.hervat();
            assertTrue(c.isActiefOp(LocalDate.of(2026, 6, 1)));
        }

        @Test
        void notOnceEndedEarly() {
            Contract c = aContract().runningFrom(START, EINDE).withExtensionOptions(2).build();
            c.beeindig(LocalDate.of(2026, 6, 30));
            assertEquals(ContractStatus.BEEINDIGD, c.getStatus());
            assertEquals(LocalDate.of(2026, 6, 30), c.getEinddatum());
            assertEquals(0, c.getVerlengoptiesResterend());
            assertFalse(c.isActiefOp(LocalDate.of(2026, 5, 1)));
        }
    }

    @Nested
    class StatusChanges {

        @Test
        void illegalTransitionsAreRefused() {
            Contract c = aContract().build();
            assertThrows(StateConflictException.class, c::hervat);
            c.schortOp();
            assertThrows(StateConflictException.class, c::schortOp);
            c.beeindig(START.plusMonths(1));
            assertThrows(StateConflictException.class, c::hervat);
            assertThrows(StateConflictException.class, () -> c.beeindig(START.plusMonths(2)));
            assertThrows(StateConflictException.class, () -> c.verleng(EINDE.plusYears(1)));
        }

        @Test
        void endingOutsideThePeriodIsRefused() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertRefused("contract.einde-buiten-looptijd", () -> c.beeindig(START.minusDays(1)));
            assertRefused("contract.einde-buiten-looptijd", () -> c.beeindig(EINDE.plusDays(1)));
            assertEquals(ContractStatus.ACTIEF, c.getStatus());
        }

        @Test
        void anExtensionUsesAnOptionUntilNoneAreLeft() {
            Contract c = aContract().runningFrom(START, EINDE).withExtensionOptions(1).build();
            c.verleng(LocalDate.of(2028, 12, 31));
            assertEquals(LocalDate.of(2028, 12, 31), c.getEinddatum());
            assertEquals(0, c.getVerlengoptiesResterend());
            assertTrue(c.isActiefOp(LocalDate.of(2028, 6, 1)));
            assertThrows(StateConflictException.class, () -> c.verleng(LocalDate.of(2029, 12, 31)));
        }

        @Test
        void anExtensionEndsAfterTheCurrentEnd() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertRefused("contract.verlenging-na-einde", () -> c.verleng(EINDE));
            assertEquals(2, c.getVerlengoptiesResterend());
        }
    }

    @Nested
    class Tariffs {

        @Test
        void tariefOpPicksTheVersionInForceOnTheDate() {
            Contract c = aContract().runningFrom(START, EINDE)
                    .withTarief(Tarief.perUur(START, Money.of("62.50"), null))
                    .build();
            c.voegTariefToe(Tarief.perUur(LocalDate.of(2027, 1, 1), Money.of("64.10"), null));
            assertEquals(Optional.empty(), c.tariefOp(START.minusDays(1)));
            assertEquals(Money.of("62.50"), c.tariefOp(START).orElseThrow().getBedrag());
            assertEquals(Money.of("62.50"), c.tariefOp(LocalDate.of(2026, 12, 31)).orElseThrow().getBedrag());
            assertEquals(Money.of("64.10"), c.tariefOp(LocalDate.of(2027, 1, 1)).orElseThrow().getBedrag());
            assertEquals(Money.of("64.10"), c.tariefOp(EINDE).orElseThrow().getBedrag());
        }

        @Test
        void aVersionAddedOutOfOrderStillSortsByDate() {
            Contract c = aContract().runningFrom(START, EINDE)
                    .withTarief(Tarief.perUur(START, Money.of("60"), null))
                    .withTarief(Tarief.perUur(LocalDate.of(2027, 1, 1), Money.of("64"), null))
                    .build();
            c.voegTariefToe(Tarief.perUur(LocalDate.of(2026, 7, 1), Money.of("62"), null));
            assertEquals(Money.of("62"), c.tariefOp(LocalDate.of(2026, 8, 1)).orElseThrow().getBedrag());
            assertEquals(List.of(START, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)),
                    c.getTarieven().stream().map(Tarief::getGeldigVanaf).toList());
        }

        @Test
        void aComponentMayHaveItsOwnRateAndFallsBackToTheGeneralOne() {
            Contract c = aContract().runningFrom(START, EINDE)
                    .withTarief(Tarief.perUur(START, Money.of("60"), null))
                    .withTarief(Tarief.of(START, Betaalmodel.PER_UUR, Money.of("45"), null, null, "KNM per uur",
                            Onderdeel.KNM))
                    .build();
            assertEquals(Money.of("45"), c.tariefOp(START, Onderdeel.KNM).orElseThrow().getBedrag());
            assertEquals(Money.of("60"), c.tariefOp(START, Onderdeel.MAP).orElseThrow().getBedrag());
            assertEquals(Money.of("60"), c.tariefOp(START).orElseThrow().getBedrag());
            // the same date for another component is fine; twice for one component is not
            c.voegTariefToe(Tarief.of(START, Betaalmodel.PER_UUR, Money.of("62"), null, null, null, Onderdeel.TAAL));
            assertRefused("tarief.dubbele-datum", () -> c.voegTariefToe(Tarief.of(START, Betaalmodel.PER_UUR,
                    Money.of("63"), null, null, null, Onderdeel.TAAL)));
            assertEquals(3, c.getTarieven().size());
        }

        @Test
        void aRatePerComponentIsForHourlyBillingOnly() {
            assertRefused("tarief.onderdeel-alleen-per-uur", () -> Tarief.of(START, Betaalmodel.PER_MAAND,
                    Money.of("900"), null, null, null, Onderdeel.KNM));
        }

        @Test
        void twoVersionsWithTheSameStartAreRefused() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertRefused("tarief.dubbele-datum", () -> c.voegTariefToe(Tarief.perUur(START, Money.of("70"), null)));
            assertEquals(1, c.getTarieven().size());
        }

        @Test
        void anIndexationKeepsThePaymentModel() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertRefused("tarief.een-betaalmodel",
                    () -> c.voegTariefToe(Tarief.perMaand(LocalDate.of(2027, 1, 1), Money.of("950"))));
        }

        @Test
        void noVersionAfterTheEndOrOnAnEndedContract() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertRefused("tarief.na-einddatum",
                    () -> c.voegTariefToe(Tarief.perUur(EINDE.plusDays(1), Money.of("70"), null)));
            c.beeindig(LocalDate.of(2026, 12, 31));
            assertThrows(StateConflictException.class,
                    () -> c.voegTariefToe(Tarief.perUur(LocalDate.of(2026, 7, 1), Money.of("70"), null)));
        }

        @Test
        void theFirstVersionIsInForceOnTheStartDate() {
            assertRefused("tarief.vanaf-start", () -> aContract().runningFrom(START, EINDE)
                    .withTarief(Tarief.perUur(START.plusDays(1), Money.of("60"), null)).build());
        }
    }

    @Nested
    class Terms {

        @Test
        void coversItsLeerroutesAndGemeenten() {
            Contract c = aContract().forGemeente(EEMSDELTA).covering(Leerroute.B1_ROUTE).build();
            assertTrue(c.dektLeerroute(Leerroute.Z_ROUTE));
            assertTrue(c.dektLeerroute(Leerroute.B1_ROUTE));
            assertFalse(c.dektLeerroute(Leerroute.ONDERWIJSROUTE));
            assertTrue(c.neemtDeel(GRONINGEN));
            assertTrue(c.neemtDeel(EEMSDELTA));
            assertFalse(c.neemtDeel(HET_HOGELAND));
            assertEquals(Set.of(GRONINGEN, EEMSDELTA), c.getGemeenteIds());
        }

        @Test
        void reportsEveryBrokenTermAtOnce() {
            assertFieldsRefused(Set.of("herkomstReferentie", "perceel", "leerroutes", "gemeenteIds", "einddatum",
                    "verlengoptiesResterend", "capaciteit", "btwTarief", "tarieven"),
                    () -> new Contract(ContractNumber.of("OH-2026-003"), 1L, ContractHerkomst.OPEN_HOUSE, " ", "Perceel 1",
                            Set.of(), Set.of(), START, START, -1, 0, null, false, List.of()));
        }

        @Test
        void endsWithinDaysForTheDashboard() {
            Contract c = aContract().runningFrom(START, EINDE).build();
            assertTrue(c.eindigtBinnen(EINDE.minusDays(90), 90));
            assertFalse(c.eindigtBinnen(EINDE.minusDays(91), 90));
            assertFalse(c.eindigtBinnen(EINDE.plusDays(1), 90));
        }

        @Test
        void anOpenHouseContractHasNoLot() {
            Contract c = aContract().fromOpenHouse().numbered("oh-2026-003").build();
            assertEquals("OH-2026-003", c.getContractNummer().value());
            assertEquals(ContractHerkomst.OPEN_HOUSE, c.getHerkomst());
            assertEquals(Betaalmodel.PER_UUR, c.getBetaalmodel());
            assertEquals(0, new BigDecimal("800").compareTo(c.tariefOp(START).orElseThrow().getMaxUrenPerPlaatsing()));
        }
    }
}
