package nl.inburgering.portal.openhouse.procedure;

import static nl.inburgering.portal.openhouse.InvalidInput.assertRefused;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.NU;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.VANDAAG;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.aProcedure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure.Wijziging;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OpenHouseProcedureTest {

    private static final Instant LATER = NU.plusSeconds(86_400 * 30);
    private static final LocalDate LATER_DAG = VANDAAG.plusDays(30);

    private static ProcedureInhoud gewijzigdeVoorwaarden() {
        return aProcedure().withConditions(new EisGegevens("De instelling is erkend op grond van de WEB", null, true),
                new EisGegevens("De instelling heeft een klachtenregeling volgens het model 2026", null, true)).content();
    }

    @Nested
    class BeforeTheFirstPublication {

        @Test
        void aNewProcedureIsAConceptThatNobodyCanApplyTo() {
            OpenHouseProcedure p = aProcedure().concept();
            assertEquals(ProcedureStatus.CONCEPT, p.getStatus());
            assertTrue(p.huidigeVersie().isEmpty());
            assertEquals(1, p.concept().orElseThrow().getVersienummer());
            assertFalse(p.concept().orElseThrow().isGepubliceerd());
        }

        @Test
        void theConceptIsEditedInPlace() {
            OpenHouseProcedure p = aProcedure().concept();
            assertEquals(Wijziging.CONCEPT_GEWIJZIGD, p.wijzig(gewijzigdeVoorwaarden(), LATER, LATER_DAG));
            assertEquals(1, p.getVersies().size());
            assertEquals(2, p.concept().orElseThrow().getEisen().size());
        }

        @Test
        void publishingMakesVersionOneTheVersionInForce() {
            OpenHouseProcedure p = aProcedure().concept();
            p.publiceer(NU, VANDAAG);
            assertEquals(ProcedureStatus.GEPUBLICEERD, p.getStatus());
            ProcedureVersie v = p.huidigeVersie().orElseThrow();
            assertEquals(1, v.getVersienummer());
            assertEquals(NU, v.getGepubliceerdOp());
            assertTrue(p.isHuidig(v));
            assertTrue(p.concept().isEmpty());
        }

        @Test
        void aProcedureIsPublishedOnce() {
            OpenHouseProcedure p = aProcedure().published();
            assertThrows(StateConflictException.class, () -> p.publiceer(LATER, LATER_DAG));
        }

        @Test
        void notWhenItsDeadlineHasPassed() {
            OpenHouseProcedure p = aProcedure().withDeadline(LocalDate.of(2026, 6, 30)).concept();
            assertRefused("procedure.deadline-verstreken", () -> p.publiceer(NU, LocalDate.of(2026, 7, 1)));
            assertEquals(ProcedureStatus.CONCEPT, p.getStatus());
            p.publiceer(NU, LocalDate.of(2026, 6, 30));
        }
    }

    @Nested
    class Versions {

        @Test
        void aChangeToAPublishedProcedurePublishesANewVersionAndKeepsTheOldOne() {
            OpenHouseProcedure p = aProcedure().published();
            ProcedureVersie v1 = p.huidigeVersie().orElseThrow();
            assertEquals(Wijziging.NIEUWE_VERSIE, p.wijzig(gewijzigdeVoorwaarden(), LATER, LATER_DAG));

            ProcedureVersie v2 = p.huidigeVersie().orElseThrow();
            assertEquals(2, v2.getVersienummer());
            assertEquals(LATER, v2.getGepubliceerdOp());
            assertEquals(2, v2.getEisen().size());
            assertSame(v1, p.versie(1).orElseThrow());
            assertEquals(3, v1.getEisen().size(), "the conditions applied under stay as they were");
            assertFalse(p.isHuidig(v1));
            assertEquals(List.of(1, 2), p.getGepubliceerdeVersies().stream().map(ProcedureVersie::getVersienummer).toList());
        }

        @Test
        void savingUnchangedTermsMakesNoVersion() {
            OpenHouseProcedure p = aProcedure().published();
            assertEquals(Wijziging.ONGEWIJZIGD, p.wijzig(aProcedure().content(), LATER, LATER_DAG));
            assertEquals(1, p.getVersies().size());
        }

        @Test
        void versionsAreNumberedOnePastTheLatest() {
            OpenHouseProcedure p = aProcedure().published();
            p.wijzig(gewijzigdeVoorwaarden(), LATER, LATER_DAG);
            p.wijzig(aProcedure().titled("Onderwijsroute Groningen").content(), LATER, LATER_DAG);
            assertEquals(3, p.huidigeVersie().orElseThrow().getVersienummer());
            assertEquals("Onderwijsroute Groningen", p.getTitel());
        }

        @Test
        void aPublishedVersionNeverChanges() {
            ProcedureVersie v = aProcedure().publishedVersion();
            assertThrows(StateConflictException.class, () -> v.vervang(gewijzigdeVoorwaarden()));
            assertThrows(StateConflictException.class, () -> v.publiceer(LATER));
        }

        @Test
        void aNewVersionDoesNotMoveTheDeadlineIntoThePast() {
            OpenHouseProcedure p = aProcedure().published();
            LocalDate vandaag = LocalDate.of(2026, 9, 1);
            assertRefused("procedure.deadline-verleden", () -> p.wijzig(
                    aProcedure().withDeadline(LocalDate.of(2026, 8, 31)).content(), LATER, vandaag));
            assertEquals(1, p.getVersies().size());
            // another change, the deadline untouched, is fine even after it
            assertEquals(Wijziging.NIEUWE_VERSIE, p.wijzig(gewijzigdeVoorwaarden(), LATER, LocalDate.of(2027, 12, 2)));
        }
    }
}
