package nl.inburgering.portal.openhouse.aanmelding;

import static nl.inburgering.portal.openhouse.InvalidInput.assertFieldsRefused;
import static nl.inburgering.portal.openhouse.InvalidInput.assertRefused;
import static nl.inburgering.portal.openhouse.aanmelding.Aanbieders.NOORDERPOORT;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.EINDE;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.aProcedure;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.setId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.procedure.EisGegevens;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureBuilder;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AanmeldingTest {

    private static final LocalDate DEADLINE = LocalDate.of(2027, 12, 1);
    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    private static final Instant NU = Instant.parse("2026-03-02T10:00:00Z");
    private static final String CB = "contractbeheerder";

    private final ProcedureVersie versie = aProcedure().publishedVersion();

    private Aanmelding concept() {
        return setId(new Aanmelding(versie, NOORDERPOORT, NU), 31L);
    }

    /** Every mandatory condition answered with evidence. */
    private Aanmelding volledig() {
        Aanmelding a = concept();
        Map<Integer, String> t = new LinkedHashMap<>();
        t.put(1, "Erkend sinds 2020");
        t.put(2, "Zie het reglement");
        a.beantwoord(t, DEADLINE, VANDAAG);
        a.koppelBewijs(1, 501L, DEADLINE, VANDAAG);
        a.koppelBewijs(2, 502L, DEADLINE, VANDAAG);
        return a;
    }

    private Aanmelding ingediend() {
        Aanmelding a = volledig();
        a.dienIn(true, DEADLINE, VANDAAG, NU);
        return a;
    }

    private Aanmelding voldoetAanAlles() {
        Aanmelding a = ingediend();
        a.beoordeel(1, true, null);
        a.beoordeel(2, true, "Reglement in orde");
        return a;
    }

    private Aanmelding toegelaten() {
        Aanmelding a = voldoetAanAlles();
        a.laatToe(versie, Aanbieders.webErkendeInstelling(), VANDAAG, CB);
        a.registreerContract(900L, ContractNumber.of("OH-2026-001"));
        return a;
    }

    @Nested
    class TheDraft {

        @Test
        void isMadeUnderTheVersionInForceWithAnEmptyAnswerPerCondition() {
            Aanmelding a = concept();
            assertEquals(AanmeldingStatus.CONCEPT, a.getStatus());
            assertEquals(1, a.getVersienummer());
            assertEquals(101L, a.getProcedureVersieId());
            assertEquals(List.of(1, 2, 3), a.getAntwoorden().stream().map(Antwoord::getEisVolgnummer).toList());
            assertEquals(List.of(true, true, false), a.getAntwoorden().stream().map(Antwoord::isVerplicht).toList());
        }

        @Test
        void notUnderAnUnpublishedVersion() {
            ProcedureVersie concept = aProcedure().concept().concept().orElseThrow();
            assertThrows(IllegalArgumentException.class, () -> new Aanmelding(concept, NOORDERPOORT, NU));
        }

        @Test
        void answersAreSavedAndABlankOneClearsIt() {
            Aanmelding a = concept();
            a.beantwoord(Map.of(1, "  Erkend  "), DEADLINE, VANDAAG);
            assertEquals("Erkend", a.getAntwoorden().get(0).getTekst());
            a.beantwoord(Map.of(1, " "), DEADLINE, VANDAAG);
            assertNull(a.getAntwoorden().get(0).getTekst());
        }

        @Test
        void anUnknownConditionOrATooLongAnswerIsRefusedAndNothingSaved() {
            Aanmelding a = concept();
            Map<Integer, String> t = new LinkedHashMap<>();
            t.put(1, "goed");
            t.put(2, "x".repeat(4001));
            t.put(9, "?");
            assertFieldsRefused(Set.of("antwoorden[1].tekst", "antwoorden"), () -> a.beantwoord(t, DEADLINE, VANDAAG));
            assertNull(a.getAntwoorden().get(0).getTekst());
        }

        @Test
        void newEvidenceReplacesTheOldWhichTheCallerDeletes() {
            Aanmelding a = concept();
            assertEquals(Optional.empty(), a.koppelBewijs(1, 501L, DEADLINE, VANDAAG));
            assertEquals(Optional.of(501L), a.koppelBewijs(1, 502L, DEADLINE, VANDAAG));
            assertEquals(Optional.of(502L), a.ontkoppelBewijs(1, DEADLINE, VANDAAG));
            assertFalse(a.getAntwoorden().get(0).heeftBewijs());
            assertRefused("aanmelding.eis-onbekend", () -> a.koppelBewijs(4, 503L, DEADLINE, VANDAAG));
        }

        @Test
        void afterTheDeadlineNothingChangesAndTheDateIsGiven() {
            Aanmelding a = concept();
            LocalDate laat = DEADLINE.plusDays(1);
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> a.beantwoord(Map.of(1, "x"), DEADLINE, laat));
            assertTrue(e.getMessage().contains("1 december 2027"), e.getMessage());
            assertThrows(StateConflictException.class, () -> a.koppelBewijs(1, 501L, DEADLINE, laat));
            a.beantwoord(Map.of(1, "op de laatste dag"), DEADLINE, DEADLINE);
        }
    }

    @Nested
    class Submission {

        @Test
        void everyMissingAnswerAndEvidenceOfAMandatoryConditionIsReported() {
            Aanmelding a = concept();
            a.beantwoord(Map.of(1, "Erkend", 3, "Gemeente Eemsdelta"), DEADLINE, VANDAAG);
            assertFieldsRefused(Set.of("antwoorden[0].bewijs", "antwoorden[1].tekst", "antwoorden[1].bewijs"),
                    () -> a.dienIn(true, DEADLINE, VANDAAG, NU));
            assertEquals(AanmeldingStatus.CONCEPT, a.getStatus());
        }

        @Test
        void optionalConditionsMayBeLeftOpen() {
            Aanmelding a = ingediend();
            assertEquals(AanmeldingStatus.INGEDIEND, a.getStatus());
            assertEquals(NU, a.getIngediendOp());
        }

        @Test
        void aLateSubmissionIsRefusedWithTheDate() {
            Aanmelding a = volledig();
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> a.dienIn(true, DEADLINE, DEADLINE.plusDays(1), NU));
            assertTrue(e.getMessage().contains("tot en met 1 december 2027"), e.getMessage());
            assertEquals(AanmeldingStatus.CONCEPT, a.getStatus());
        }

        @Test
        void notUnderASupersededVersion() {
            Aanmelding a = volledig();
            assertThrows(StateConflictException.class, () -> a.dienIn(false, DEADLINE, VANDAAG, NU));
        }

        @Test
        void aSubmittedApplicationIsNoLongerEdited() {
            Aanmelding a = ingediend();
            assertThrows(StateConflictException.class, () -> a.beantwoord(Map.of(1, "x"), DEADLINE, VANDAAG));
            assertThrows(StateConflictException.class, () -> a.koppelBewijs(1, 9L, DEADLINE, VANDAAG));
            assertThrows(StateConflictException.class, () -> a.dienIn(true, DEADLINE, VANDAAG, NU));
        }
    }

    @Nested
    class MovingToANewVersion {

        @Test
        void answersToUnchangedConditionsAreKeptUnderTheirNewNumbers() {
            OpenHouseProcedure p = aProcedure().published();
            ProcedureVersie v1 = p.huidigeVersie().orElseThrow();
            Aanmelding a = new Aanmelding(v1, NOORDERPOORT, NU);
            a.beantwoord(Map.of(1, "Erkend", 2, "Reglement"), DEADLINE, VANDAAG);
            a.koppelBewijs(1, 501L, DEADLINE, VANDAAG);
            a.koppelBewijs(2, 502L, DEADLINE, VANDAAG);
            a.koppelBewijs(3, 503L, DEADLINE, VANDAAG);

            // version 2 adds a condition in front, rewords the complaints one and keeps the others
            ProcedureBuilder b = aProcedure().withConditions(
                    new EisGegevens("Het onderwijs is in de regio", null, true),
                    new EisGegevens("De instelling is erkend op grond van de WEB", "Voeg het erkenningsbesluit toe.", true),
                    new EisGegevens("De instelling heeft een klachtenregeling volgens model 2026", null, true),
                    new EisGegevens("Referenties van gemeenten", null, false));
            ProcedureVersie v2 = b.publishAsNewVersionOf(p);

            List<Long> vervallen = a.naarVersie(v1, v2, VANDAAG);

            assertEquals(List.of(502L), vervallen);
            assertEquals(2, a.getVersienummer());
            assertEquals(102L, a.getProcedureVersieId());
            List<Antwoord> nu = a.getAntwoorden();
            assertEquals(List.of(1, 2, 3, 4), nu.stream().map(Antwoord::getEisVolgnummer).toList());
            assertFalse(nu.get(0).heeftTekst());
            assertEquals("Erkend", nu.get(1).getTekst());
            assertEquals(501L, nu.get(1).getBewijsstukId());
            assertFalse(nu.get(2).heeftBewijs());
            assertEquals(503L, nu.get(3).getBewijsstukId());
        }

        @Test
        void onlyADraftAndOnlyForward() {
            OpenHouseProcedure p = aProcedure().published();
            ProcedureVersie v1 = p.huidigeVersie().orElseThrow();
            assertThrows(StateConflictException.class, () -> ingediend().naarVersie(v1, v1, VANDAAG));
            assertThrows(StateConflictException.class, () -> new Aanmelding(v1, NOORDERPOORT, NU).naarVersie(v1, v1,
                    VANDAAG));
        }
    }

    @Nested
    class ReviewAndDecision {

        @Test
        void aConditionNotMetNeedsARemark() {
            Aanmelding a = ingediend();
            assertRefused("beoordeling.opmerking-verplicht", () -> a.beoordeel(1, false, " "));
            a.beoordeel(1, false, "Het erkenningsbesluit ontbreekt");
            assertEquals(Boolean.FALSE, a.getAntwoorden().get(0).getVoldaan());
            assertFieldsRefused(Set.of("voldaan"), () -> a.beoordeel(2, null, null));
        }

        @Test
        void aDraftIsNotAssessedNorDecided() {
            Aanmelding a = volledig();
            assertThrows(StateConflictException.class, () -> a.beoordeel(1, true, null));
            assertThrows(StateConflictException.class,
                    () -> a.laatToe(versie, Aanbieders.webErkendeInstelling(), VANDAAG, CB));
            assertThrows(StateConflictException.class, () -> a.wijsAf("nee", VANDAAG, CB));
        }

        @Test
        void admittedWhenEveryMandatoryConditionIsMet() {
            Aanmelding a = toegelaten();
            assertEquals(AanmeldingStatus.TOEGELATEN, a.getStatus());
            assertEquals(VANDAAG, a.getBesluitdatum());
            assertEquals(CB, a.getBeslotenDoor());
            assertEquals(900L, a.getContractId());
            assertEquals("OH-2026-001", a.getContractNummer().value());
        }

        @Test
        void notAdmittedWhileAMandatoryConditionIsNotMet() {
            Aanmelding a = ingediend();
            a.beoordeel(1, true, null);
            a.beoordeel(2, false, "Geen klachtenregeling");
            assertRefused("toelating.eis-niet-voldaan",
                    () -> a.laatToe(versie, Aanbieders.webErkendeInstelling(), VANDAAG, CB));
            assertEquals(AanmeldingStatus.INGEDIEND, a.getStatus());
        }

        @Test
        void notAdmittedWithoutWebRecognition() {
            Aanmelding a = voldoetAanAlles();
            assertRefused("toelating.geen-web-erkenning",
                    () -> a.laatToe(versie, Aanbieders.instellingZonderWeb(), VANDAAG, CB));
            assertEquals(AanmeldingStatus.INGEDIEND, a.getStatus());
        }

        @Test
        void notAdmittedOnceTheProcedurePeriodIsOver() {
            Aanmelding a = voldoetAanAlles();
            assertRefused("toelating.na-einde", () -> a.laatToe(versie, Aanbieders.webErkendeInstelling(), EINDE, CB));
        }

        @Test
        void aSecondDecisionIsRefused() {
            Aanmelding toegelaten = toegelaten();
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> toegelaten.wijsAf("Toch niet", VANDAAG, CB));
            assertEquals("Over deze aanmelding is al besloten: toegelaten op 2 maart 2026. Een tweede besluit is niet "
                    + "mogelijk.", e.getMessage());
            assertThrows(StateConflictException.class,
                    () -> toegelaten.laatToe(versie, Aanbieders.webErkendeInstelling(), VANDAAG, CB));

            Aanmelding afgewezen = ingediend();
            afgewezen.wijsAf("Geen WEB-erkenning", VANDAAG, CB);
            assertThrows(StateConflictException.class,
                    () -> afgewezen.laatToe(versie, Aanbieders.webErkendeInstelling(), VANDAAG, CB));
            assertThrows(StateConflictException.class, () -> afgewezen.wijsAf("Nogmaals", VANDAAG, CB));
            assertThrows(StateConflictException.class, () -> afgewezen.beoordeel(1, true, null));
        }

        @Test
        void aRejectionNeedsReasons() {
            Aanmelding a = ingediend();
            assertFieldsRefused(Set.of("redenen"), () -> a.wijsAf("  ", VANDAAG, CB));
            assertEquals(AanmeldingStatus.INGEDIEND, a.getStatus());
            a.wijsAf("De klachtenregeling ontbreekt.", VANDAAG, CB);
            assertEquals(AanmeldingStatus.AFGEWEZEN, a.getStatus());
            assertEquals("De klachtenregeling ontbreekt.", a.getAfwijzingsredenen());
            assertFalse(a.getStatus().isLopend(), "a rejected provider may apply again");
        }

        @Test
        void aContractIsRecordedOnceAndOnlyForAnAdmission() {
            assertThrows(IllegalStateException.class, () -> ingediend().registreerContract(1L,
                    ContractNumber.of("OH-2026-001")));
            assertThrows(IllegalStateException.class, () -> toegelaten().registreerContract(2L,
                    ContractNumber.of("OH-2026-002")));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void theAdmittedProviderWithdrawsWithTheNoticePeriod() {
            Aanmelding a = toegelaten();
            LocalDate einde = a.zegOp(LocalDate.of(2026, 6, 15), null, 3, VANDAAG, EINDE, "jan");
            assertEquals(LocalDate.of(2026, 9, 15), einde);
            assertEquals(AanmeldingStatus.OPGEZEGD, a.getStatus());
            assertEquals(LocalDate.of(2026, 6, 15), a.getOpgezegdOp());
            Beeindiging b = a.getBeeindiging().orElseThrow();
            assertEquals(31L, b.aanmeldingId());
            assertEquals(900L, b.contractId());
            assertEquals(einde, b.einddatum());
            assertFalse(b.verwerkt());
            assertFalse(a.getStatus().isLopend());
        }

        @Test
        void onlyAnAdmissionIsWithdrawnAndOnlyOnce() {
            assertThrows(StateConflictException.class, () -> ingediend().zegOp(VANDAAG, null, 3, VANDAAG, EINDE, "jan"));
            Aanmelding a = toegelaten();
            a.zegOp(VANDAAG, null, 3, VANDAAG, EINDE, "jan");
            assertThrows(StateConflictException.class, () -> a.zegOp(VANDAAG, null, 3, VANDAAG, EINDE, "jan"));
        }

        @Test
        void theContractManagerProcessesItOnce() {
            Aanmelding a = toegelaten();
            assertThrows(StateConflictException.class, () -> a.verwerkOpzegging(VANDAAG));
            a.zegOp(VANDAAG, null, 3, VANDAAG, EINDE, "jan");
            assertTrue(a.verwerkOpzegging(VANDAAG.plusDays(1)).verwerkt());
            assertThrows(StateConflictException.class, () -> a.verwerkOpzegging(VANDAAG.plusDays(2)));
        }
    }
}
