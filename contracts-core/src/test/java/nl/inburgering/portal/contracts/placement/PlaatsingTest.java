package nl.inburgering.portal.contracts.placement;

import static nl.inburgering.portal.contracts.placement.Fixtures.AANBIEDER;
import static nl.inburgering.portal.contracts.placement.Fixtures.CONTRACTBEHEERDER;
import static nl.inburgering.portal.contracts.placement.Fixtures.EEMSDELTA;
import static nl.inburgering.portal.contracts.placement.Fixtures.GEMEENTE;
import static nl.inburgering.portal.contracts.placement.Fixtures.JAN_2026;
import static nl.inburgering.portal.contracts.placement.Fixtures.aReferral;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlaatsingTest {

    private static final long CONTRACT = 7L;
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static Plaatsing gestart() {
        Plaatsing p = aReferral(Leerroute.B1_ROUTE);
        p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
        p.accepteer(null, AANBIEDER);
        p.start(START, AANBIEDER);
        return p;
    }

    @Nested
    class Referral {

        @Test
        void waitsInThePoolWithoutContract() {
            Plaatsing p = aReferral(Leerroute.B1_ROUTE);
            assertEquals(PlaatsingStatus.AANGEMELD, p.getStatus());
            assertNull(p.getContractId());
            assertTrue(p.isLopend());
            assertFalse(p.bezetCapaciteit());
            assertEquals(EEMSDELTA, p.getGemeenteId());
            StatusWijziging eerste = p.getHistorie().get(0);
            assertNull(eerste.getVan());
            assertEquals(PlaatsingStatus.AANGEMELD, eerste.getNaar());
            assertEquals(GEMEENTE.username(), eerste.getDoor());
            assertEquals(Role.GEMEENTE, eerste.getRol());
        }

        @Test
        void reportsAllMissingFieldsAtOnce() {
            assertFieldsRefused(Set.of("leerroute", "aangemeldOp", "geplandeStart", "geplandeUren"),
                    () -> new Plaatsing(1L, EEMSDELTA, false, null, null, null, new BigDecimal("-1"), null, null,
                            GEMEENTE));
        }

        @Test
        void plannedHoursArePositiveWithAtMostTwoDecimals() {
            assertRefused("plaatsing.uren-ongeldig", () -> new Plaatsing(1L, EEMSDELTA, false, Leerroute.Z_ROUTE,
                    JAN_2026, START, new BigDecimal("10.005"), null, null, GEMEENTE));
        }
    }

    @Nested
    class LifeCycle {

        @Test
        void runsFromReferralToCompletionWithTheWholeHistory() {
            Plaatsing p = gestart();
            p.onderbreek(LocalDate.of(2026, 4, 1), "ziekte", AANBIEDER);
            p.hervat(LocalDate.of(2026, 4, 15), AANBIEDER);
            p.rondAf(LocalDate.of(2026, 12, 18), AANBIEDER);

            assertEquals(PlaatsingStatus.AFGEROND, p.getStatus());
            assertFalse(p.isLopend());
            assertEquals(LocalDate.of(2026, 12, 18), p.getEinddatum());
            assertNull(p.getEindreden());
            assertEquals(List.of(PlaatsingStatus.AANGEMELD, PlaatsingStatus.VOORGESTELD, PlaatsingStatus.GEACCEPTEERD,
                    PlaatsingStatus.GESTART, PlaatsingStatus.ONDERBROKEN, PlaatsingStatus.GESTART,
                    PlaatsingStatus.AFGEROND), p.getHistorie().stream().map(StatusWijziging::getNaar).toList());
            assertEquals(CONTRACT, p.getHistorie().get(1).getContractId());
            assertEquals(START, p.getHistorie().get(3).getDatum());
        }

        @Test
        void aDeclinedProposalGoesBackToThePoolKeepingContractAndReasonInTheHistory() {
            Plaatsing p = aReferral(Leerroute.Z_ROUTE);
            p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
            assertTrue(p.bezetCapaciteit());
            p.weiger("Geen groep op maandag", AANBIEDER);

            assertEquals(PlaatsingStatus.AANGEMELD, p.getStatus());
            assertNull(p.getContractId());
            assertFalse(p.teltVoorVerdeling());
            StatusWijziging weigering = p.getHistorie().get(2);
            assertEquals(PlaatsingStatus.VOORGESTELD, weigering.getVan());
            assertEquals(CONTRACT, weigering.getContractId());
            assertEquals("Geen groep op maandag", weigering.getToelichting());
            // and it can be proposed again
            p.stelVoor(8L, CONTRACTBEHEERDER);
            assertEquals(8L, p.getContractId());
        }

        @Test
        void declineNeedsAReason() {
            Plaatsing p = aReferral(Leerroute.Z_ROUTE);
            p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
            assertRefused("verplicht", () -> p.weiger(" ", AANBIEDER));
            assertEquals(PlaatsingStatus.VOORGESTELD, p.getStatus());
        }

        @Test
        void acceptingMaySetThePlannedHours() {
            Plaatsing p = aReferral(Leerroute.Z_ROUTE);
            p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
            p.accepteer(new BigDecimal("800"), AANBIEDER);
            assertEquals(new BigDecimal("800"), p.getGeplandeUren());
        }

        @Test
        void illegalStepsAreRefusedNamingTheCurrentStatusAndChangeNothing() {
            Plaatsing p = aReferral(Leerroute.B1_ROUTE);
            StateConflictException e = assertThrows(StateConflictException.class, () -> p.start(START, AANBIEDER));
            assertTrue(e.getMessage().contains("status AANGEMELD"), e.getMessage());
            assertThrows(StateConflictException.class, () -> p.accepteer(null, AANBIEDER));
            assertThrows(StateConflictException.class, () -> p.rondAf(START, AANBIEDER));
            assertEquals(PlaatsingStatus.AANGEMELD, p.getStatus());
            assertEquals(1, p.getHistorie().size());

            Plaatsing klaar = gestart();
            klaar.rondAf(START.plusMonths(6), AANBIEDER);
            assertThrows(StateConflictException.class, () -> klaar.hervat(START.plusMonths(7), AANBIEDER));
            assertThrows(StateConflictException.class,
                    () -> klaar.beeindigVoorOverstap(START.plusMonths(7), null, GEMEENTE));
        }

        @Test
        void theOnderwijsrouteChoiceChangesOnlyWhileWaiting() {
            Plaatsing p = aReferral(Leerroute.ONDERWIJSROUTE);
            p.kiesAanbieder(11L);
            assertEquals(11L, p.getVoorkeurAanbiederId());
            p.stelVoor(CONTRACT, GEMEENTE);
            assertThrows(StateConflictException.class, () -> p.kiesAanbieder(12L));
        }
    }

    @Nested
    class Dates {

        @Test
        void theCourseDoesNotStartBeforeTheReferral() {
            Plaatsing p = aReferral(Leerroute.B1_ROUTE);
            p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
            p.accepteer(null, AANBIEDER);
            assertRefused("plaatsing.start-voor-aanmelding", () -> p.start(JAN_2026.minusDays(1), AANBIEDER));
            assertRefused("verplicht", () -> p.start(null, AANBIEDER));
        }

        @Test
        void aPauseStartsOnOrAfterTheStartAndAfterThePreviousPause() {
            Plaatsing p = gestart();
            assertRefused("plaatsing.onderbreking-voor-start", () -> p.onderbreek(START.minusDays(1), null, AANBIEDER));
            p.onderbreek(LocalDate.of(2026, 4, 1), null, AANBIEDER);
            assertRefused("plaatsing.hervatten-na-onderbreking", () -> p.hervat(LocalDate.of(2026, 4, 1), AANBIEDER));
            p.hervat(LocalDate.of(2026, 4, 10), AANBIEDER);
            // the pause ran 1 to 9 April; the next cannot begin inside it
            assertRefused("plaatsing.onderbreking-overlapt", () -> p.onderbreek(LocalDate.of(2026, 4, 9), null,
                    AANBIEDER));
            p.onderbreek(LocalDate.of(2026, 4, 10), null, AANBIEDER);
        }

        @Test
        void theEndIsNotBeforeTheStartNorInsideAFinishedPause() {
            Plaatsing p = gestart();
            assertRefused("plaatsing.einde-te-vroeg", () -> p.rondAf(START.minusDays(1), AANBIEDER));
            p.onderbreek(LocalDate.of(2026, 4, 1), null, AANBIEDER);
            p.hervat(LocalDate.of(2026, 4, 10), AANBIEDER);
            assertRefused("plaatsing.einde-te-vroeg", () -> p.rondAf(LocalDate.of(2026, 4, 9), AANBIEDER));
            p.rondAf(LocalDate.of(2026, 4, 10), AANBIEDER);
        }
    }

    @Nested
    class PausesForSettlement {

        @Test
        void recordsEachPauseWithItsFirstAndLastDay() {
            Plaatsing p = gestart();
            p.onderbreek(LocalDate.of(2026, 4, 1), "vakantie", AANBIEDER);
            p.hervat(LocalDate.of(2026, 4, 11), AANBIEDER);
            p.onderbreek(LocalDate.of(2026, 4, 25), null, AANBIEDER);

            List<Onderbreking> o = p.getOnderbrekingen();
            assertEquals(2, o.size());
            assertEquals(LocalDate.of(2026, 4, 1), o.get(0).getVanaf());
            assertEquals(LocalDate.of(2026, 4, 10), o.get(0).getTotEnMet());
            assertEquals("vakantie", o.get(0).getReden());
            assertTrue(o.get(1).isOpen());
            // April: 1..10 (10 days) and 25..30 (6 days, still open)
            assertEquals(16, p.dagenOnderbroken(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
            // active in April: 30 days minus 16
            assertEquals(14, p.actieveDagen(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)));
            // March: from the start on the 2nd, 30 days, no pause
            assertEquals(30, p.actieveDagen(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        }

        @Test
        void endingWhilePausedClosesThePauseOnTheEndDate() {
            Plaatsing p = gestart();
            p.onderbreek(LocalDate.of(2026, 5, 11), null, AANBIEDER);
            p.beeindig(LocalDate.of(2026, 5, 20), BeeindigingsReden.UITVAL, null, AANBIEDER);

            assertEquals(PlaatsingStatus.VOORTIJDIG_BEEINDIGD, p.getStatus());
            assertEquals(LocalDate.of(2026, 5, 20), p.getOnderbrekingen().get(0).getTotEnMet());
            // May: active 1..10 (10 days); 11..20 paused; nothing after the end
            assertEquals(10, p.actieveDagen(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31)));
            assertEquals(0, p.actieveDagen(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30)));
        }

        @Test
        void aPlacementThatNeverStartedHasNoActiveDays() {
            Plaatsing p = aReferral(Leerroute.B1_ROUTE);
            assertEquals(0, p.actieveDagen(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        }
    }

    @Nested
    class EarlyEnds {

        @Test
        void theProviderEndsWithAReasonButNotWithOverstap() {
            Plaatsing p = gestart();
            assertRefused("plaatsing.overstap-via-gemeente",
                    () -> p.beeindig(START.plusDays(5), BeeindigingsReden.OVERSTAP, null, AANBIEDER));
            assertRefused("verplicht", () -> p.beeindig(START.plusDays(5), null, null, AANBIEDER));
            // ANDERS needs an explanation
            assertRefused("verplicht", () -> p.beeindig(START.plusDays(5), BeeindigingsReden.ANDERS, " ", AANBIEDER));
            p.beeindig(START.plusDays(5), BeeindigingsReden.ANDERS, "Werk gevonden in Duitsland", AANBIEDER);
            assertEquals(BeeindigingsReden.ANDERS, p.getEindreden());
            assertEquals("Werk gevonden in Duitsland", p.getEindtoelichting());
            assertTrue(p.teltVoorVerdeling());
        }

        @Test
        void theGemeenteWithdrawsAReferralBeforeTheCourseBegins() {
            Plaatsing p = aReferral(Leerroute.B1_ROUTE);
            p.stelVoor(CONTRACT, CONTRACTBEHEERDER);
            p.trekIn(JAN_2026.plusDays(10), BeeindigingsReden.VERHUIZING, null, GEMEENTE);
            assertEquals(PlaatsingStatus.VOORTIJDIG_BEEINDIGD, p.getStatus());
            assertEquals(BeeindigingsReden.VERHUIZING, p.getEindreden());
            // never started: does not count for the contract's fair share
            assertFalse(p.teltVoorVerdeling());

            Plaatsing lopend = gestart();
            assertThrows(StateConflictException.class,
                    () -> lopend.trekIn(START.plusDays(1), BeeindigingsReden.VERHUIZING, null, GEMEENTE));
        }

        @Test
        void aRouteSwitchEndsWithOverstapFromAnyStatusThatIsNotFinal() {
            Plaatsing wachtend = aReferral(Leerroute.B1_ROUTE);
            wachtend.beeindigVoorOverstap(JAN_2026.plusDays(3), "Nieuw PIP", GEMEENTE);
            assertEquals(BeeindigingsReden.OVERSTAP, wachtend.getEindreden());

            Plaatsing onderbroken = gestart();
            onderbroken.onderbreek(START.plusDays(10), null, AANBIEDER);
            onderbroken.beeindigVoorOverstap(START.plusDays(20), null, GEMEENTE);
            assertEquals(PlaatsingStatus.VOORTIJDIG_BEEINDIGD, onderbroken.getStatus());
            assertEquals(BeeindigingsReden.OVERSTAP, onderbroken.getEindreden());
            assertEquals(START.plusDays(20), onderbroken.getEinddatum());
            assertEquals("OVERSTAP", onderbroken.getHistorie().get(onderbroken.getHistorie().size() - 1)
                    .getToelichting());
        }
    }
}
