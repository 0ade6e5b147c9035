package nl.inburgering.portal.tendering.aanbesteding;

import static nl.inburgering.portal.tendering.Testen.assertFieldsRefused;
import static nl.inburgering.portal.tendering.Testen.assertRefused;
import static nl.inburgering.portal.tendering.Testen.nl;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.CONCEPT_OP;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.DEADLINE;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.anAanbesteding;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Criterium;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.PerceelInvoer;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Post;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Voorwaarden;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AanbestedingTest {

    @Nested
    class ADraft {

        @Test
        void holdsWhatWasEnteredWithLotsAndCriteriaNumbered() {
            Aanbesteding a = anAanbesteding().withExtraPercelen(1).build();
            assertEquals(AanbestedingStatus.CONCEPT, a.getStatus());
            assertEquals(20, a.getStandstillDagen(), "the legal minimum is the default");
            assertEquals(Instant.parse("2026-03-15T11:00:00Z"), a.getSluitingstijd(), "12:00 Dutch winter time");
            assertEquals(LocalDate.of(2026, 3, 15), a.sluitingsdatum());
            assertEquals(List.of(1, 2), a.getKwaliteitscriteria().stream().map(Kwaliteitscriterium::getNummer).toList());
            assertEquals(List.of(1, 2), a.getPercelen().stream().map(Perceel::getNummer).toList());
            assertEquals("Perceel 1: Z-route Noord", a.getPercelen().get(0).label());
            assertEquals(new BigDecimal("60.00"), a.kwaliteitsweging());
        }

        @Test
        void weightsThatDoNotSumToHundredAreRefusedWithTheSum() {
            FieldError e = assertRefused("aanbesteding.wegingen-som", () -> anAanbesteding().withCriteria(
                    new Criterium("Plan van aanpak", new BigDecimal("35"), 10),
                    new Criterium("Kwaliteit docenten", new BigDecimal("20"), 10)).build());
            assertEquals("kwaliteitscriteria", e.field());
            assertEquals("De wegingen van prijs en kwaliteit tellen samen op tot 100; nu is dat 95 (prijs 40 + "
                    + "kwaliteit 55).", e.message());
        }

        @Test
        void weightsWithDecimalsThatSumToHundredAreAccepted() {
            Aanbesteding a = anAanbesteding().withPrijsWeging("37.5").withCriteria(
                    new Criterium("Plan van aanpak", new BigDecimal("37.5"), 10),
                    new Criterium("Kwaliteit docenten", new BigDecimal("25"), 5)).build();
            assertEquals(new BigDecimal("37.50"), a.getPrijsWeging());
        }

        @Test
        void priceOnlyIsATenderWithoutQualityCriteria() {
            Aanbesteding a = anAanbesteding().withPrijsWeging("100").withCriteria().build();
            assertTrue(a.getKwaliteitscriteria().isEmpty());
        }

        @Test
        void everyInvalidFieldIsReportedAtOnce() {
            AanbestedingGegevens in = new AanbestedingGegevens(" ", null, null, LocalDateTime.parse("2026-03-15T12:00"), 10,
                    new BigDecimal("40"), List.of(new Criterium("Plan", new BigDecimal("0"), 0)),
                    List.of(new PerceelInvoer("Onderwijs", Leerroute.ONDERWIJSROUTE, Set.of(), 0,
                            List.of(new Post("Lesuur", 0L)))),
                    new Voorwaarden(0, 1, null, null, null, null, null, false));
            assertFieldsRefused(Set.of("referentie", "titel", "standstillDagen", "kwaliteitscriteria[0].weging",
                    "kwaliteitscriteria[0].maxScore", "percelen[0].leerroute", "percelen[0].gemeenteIds",
                    "percelen[0].aantalWinnaars", "percelen[0].tariefposten[0].geraamdVolume",
                    "voorwaarden.looptijdMaanden", "voorwaarden.verlengingMaanden", "voorwaarden.betaalmodel",
                    "voorwaarden.btwTarief"), () -> new Aanbesteding(in, CONCEPT_OP));
        }

        @Test
        void theOnderwijsrouteIsNotTendered() {
            assertRefused("perceel.geen-onderwijsroute",
                    () -> anAanbesteding().withLeerroute(Leerroute.ONDERWIJSROUTE).build());
        }

        @Test
        void aStandstillShorterThanTheLegalTwentyDaysIsRefused() {
            FieldError e = assertRefused("aanbesteding.standstill-minimum",
                    () -> anAanbesteding().withStandstillDagen(19).build());
            assertTrue(e.message().contains("art. 2.127"), e.message());
            assertEquals(30, anAanbesteding().withStandstillDagen(30).build().getStandstillDagen());
        }

        @Test
        void aDeadlineInThePastIsRefused() {
            assertRefused("aanbesteding.sluitingstijd-verstreken",
                    () -> anAanbesteding().withSluitingstijd(LocalDateTime.parse("2026-01-10T08:00")).build());
        }

        @Test
        void aDeadlineInTheSpringDaylightSavingGapIsRefused() {
            assertRefused("aanbesteding.tijd-bestaat-niet",
                    () -> anAanbesteding().withSluitingstijd(LocalDateTime.parse("2026-03-29T02:30")).build());
        }

        @Test
        void aLotPricesEachComponentAsItsOwnItemWhenPaidPerHour() {
            Aanbesteding a = anAanbesteding().withPosten(new Post("Taaluur", 10_000L, Onderdeel.TAAL),
                    new Post("KNM-uur", 800L, Onderdeel.KNM), new Post("MAP-uur", 400L, Onderdeel.MAP),
                    new Post("Participatie-uur", 600L, Onderdeel.PARTICIPATIE)).build();
            List<Tariefpost> posten = a.getPercelen().get(0).getTariefposten();
            assertEquals(List.of(1, 2, 3, 4), posten.stream().map(Tariefpost::getNummer).toList());
            assertEquals(List.of(Onderdeel.TAAL, Onderdeel.KNM, Onderdeel.MAP, Onderdeel.PARTICIPATIE),
                    posten.stream().map(Tariefpost::getOnderdeel).toList());
        }

        @Test
        void aSingleItemMayLeaveTheComponentEmptyAndPricesEveryComponent() {
            Aanbesteding a = anAanbesteding().build();
            assertNull(a.getPercelen().get(0).getTariefposten().get(0).getOnderdeel());
            assertEquals(Onderdeel.TAAL, anAanbesteding().withPosten(new Post("Taaluur", 1000L, Onderdeel.TAAL)).build()
                    .getPercelen().get(0).getTariefposten().get(0).getOnderdeel());
        }

        @Test
        void withSeveralItemsEachNamesADifferentComponentAndAllErrorsComeAtOnce() {
            List<FieldError> errors = assertFieldsRefused(Set.of("percelen[0].tariefposten[1].onderdeel",
                            "percelen[0].tariefposten[2].onderdeel"),
                    () -> anAanbesteding().withPosten(new Post("Taaluur", 1000L, Onderdeel.TAAL),
                            new Post("KNM-uur", 100L), new Post("Nog een taaluur", 100L, Onderdeel.TAAL)).build());
            assertEquals(Set.of("perceel.onderdeel-verplicht", "perceel.onderdeel-dubbel"),
                    Set.copyOf(errors.stream().map(FieldError::code).toList()));
        }

        @Test
        void severalItemsNeedTheHourlyPaymentModel() {
            FieldError e = assertRefused("perceel.tariefposten-per-uur", () -> anAanbesteding().trajectprijs()
                    .withPosten(new Post("Taaltraject", 20L, Onderdeel.TAAL), new Post("KNM", 20L, Onderdeel.KNM))
                    .build());
            assertEquals("percelen[0].tariefposten", e.field());
            assertTrue(e.message().contains("per uur"), e.message());
            assertRefused("perceel.onderdeel-per-uur", () -> anAanbesteding().trajectprijs()
                    .withPosten(new Post("Taaltraject", 20L, Onderdeel.TAAL)).build());
        }

        @Test
        void aLotHasAtMostFourItemsOnePerComponent() {
            assertEquals(4, Perceel.MAX_TARIEFPOSTEN);
            List<FieldError> errors = assertFieldsRefused(Set.of("percelen[0].tariefposten",
                    "percelen[0].tariefposten[4].onderdeel"), () -> anAanbesteding().withPosten(
                    new Post("Taaluur", 1000L, Onderdeel.TAAL), new Post("KNM-uur", 100L, Onderdeel.KNM),
                    new Post("MAP-uur", 100L, Onderdeel.MAP), new Post("Participatie", 100L, Onderdeel.PARTICIPATIE),
                    new Post("Intake", 100L, Onderdeel.TAAL)).build());
            assertTrue(errors.stream().anyMatch(fe -> fe.code().equals("perceel.tariefposten-max")), errors::toString);
        }

        @Test
        void milestonesBelongToATrajectoryPriceAndSumToHundred() {
            Aanbesteding a = anAanbesteding().trajectprijs().build();
            assertEquals(Percentage.of(40), a.getMijlpalen().get(Mijlpaal.START));
            assertRefused("tarief.mijlpalen-som", () -> anAanbesteding().withVoorwaarden(new Voorwaarden(24, 0, null,
                    Betaalmodel.TRAJECT, Map.of(Mijlpaal.START, new BigDecimal("40"), Mijlpaal.AFRONDING,
                    new BigDecimal("50")), null, BtwTarief.NUL, false)).build());
            assertRefused("tarief.mijlpalen-alleen-traject", () -> anAanbesteding().withVoorwaarden(new Voorwaarden(24, 0,
                    null, Betaalmodel.PER_UUR, Map.of(Mijlpaal.START, new BigDecimal("100")), null, BtwTarief.NUL,
                    false)).build());
        }

        @Test
        void canBeChangedAsAWhole() {
            Aanbesteding a = anAanbesteding().build();
            a.wijzig(anAanbesteding().withExtraPercelen(2).withWinnaars(3).gegevens(), CONCEPT_OP);
            assertEquals(3, a.getPercelen().size());
            assertEquals(3, a.getPercelen().get(2).getAantalWinnaars());
        }
    }

    @Nested
    class LifeCycle {

        @Test
        void publishedItTakesBidsUntilJustBeforeTheDeadline() {
            Aanbesteding a = anAanbesteding().build();
            assertFalse(a.isOpenVoorInschrijving(CONCEPT_OP), "not while a draft");
            a.publiceer(CONCEPT_OP);
            assertEquals(AanbestedingStatus.GEPUBLICEERD, a.getStatus());
            assertTrue(a.isOpenVoorInschrijving(DEADLINE.minusSeconds(1)));
            assertFalse(a.isOpenVoorInschrijving(DEADLINE), "a bid at the deadline itself is late");
        }

        @Test
        void aPublishedTenderCannotBeChanged() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> a.wijzig(anAanbesteding().gegevens(), CONCEPT_OP));
            assertTrue(e.getMessage().startsWith("Alleen een concept kan worden gewijzigd"), e.getMessage());
        }

        @Test
        void aDraftWhoseDeadlinePassedIsNotPublished() {
            Aanbesteding a = anAanbesteding().build();
            assertRefused("aanbesteding.sluitingstijd-verstreken", () -> a.publiceer(DEADLINE));
            assertEquals(AanbestedingStatus.CONCEPT, a.getStatus());
        }

        @Test
        void closingBeforeTheDeadlineIsRefusedWithTheDeadline() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            StateConflictException e = assertThrows(StateConflictException.class, () -> a.sluit(DEADLINE.minusSeconds(60)));
            assertEquals("De inschrijftermijn loopt nog tot 15 maart 2026 om 12:00:00; de inschrijvingen worden pas "
                    + "daarna geopend.", e.getMessage());
            assertFalse(a.isGeopend());
            a.sluit(DEADLINE);
            assertEquals(AanbestedingStatus.GESLOTEN, a.getStatus());
            assertTrue(a.isGeopend());
        }

        @Test
        void fromClosedThroughEvaluationAndDecisionToAwarded() {
            Aanbesteding a = anAanbesteding().gesloten();
            a.rondBeoordelingAf();
            assertEquals(AanbestedingStatus.BEOORDEELD, a.getStatus());
            a.heropenBeoordeling();
            assertEquals(AanbestedingStatus.GESLOTEN, a.getStatus());
            a.rondBeoordelingAf();
            a.gunningsvoornemenVerzonden();
            assertEquals(AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN, a.getStatus());
            a.gunningsvoornemenIngetrokken();
            assertEquals(AanbestedingStatus.GESLOTEN, a.getStatus(), "a withdrawn decision reopens scoring");
            a.rondBeoordelingAf();
            a.gunningsvoornemenVerzonden();
            a.definitiefGegund();
            assertEquals(AanbestedingStatus.GEGUND, a.getStatus());
        }

        @Test
        void illegalStepsAreRefused() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            assertThrows(StateConflictException.class, a::rondBeoordelingAf);
            assertThrows(StateConflictException.class, a::gunningsvoornemenVerzonden);
            assertThrows(StateConflictException.class, a::definitiefGegund);
            assertThrows(StateConflictException.class, a::heropenBeoordeling);
            assertThrows(StateConflictException.class, () -> a.publiceer(CONCEPT_OP));
            Aanbesteding gesloten = anAanbesteding().gesloten();
            assertThrows(StateConflictException.class, () -> gesloten.sluit(DEADLINE));
            assertThrows(StateConflictException.class, gesloten::gunningsvoornemenIngetrokken);
            assertThrows(StateConflictException.class, gesloten::definitiefGegund);
            assertEquals(AanbestedingStatus.GESLOTEN, gesloten.getStatus());
        }

        @Test
        void cancellingNeedsAReasonAndIsFinal() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            assertRefused("verplicht", () -> a.trekIn(" ", DEADLINE));
            a.trekIn("Budget vervallen", DEADLINE);
            assertEquals(AanbestedingStatus.INGETROKKEN, a.getStatus());
            assertEquals("Budget vervallen", a.getIntrekkingsreden());
            assertThrows(StateConflictException.class, () -> a.trekIn("nogmaals", DEADLINE));
            assertThrows(StateConflictException.class, () -> anAanbesteding().beoordeeld().definitiefGegund());
        }
    }

    /** Extending the bid deadline of a published tender (Aanbesteding#verlengSluitingstijd). */
    @Nested
    class DeadlineExtension {

        private static final String REDEN = "Extra vragen in de nota van inlichtingen";
        private final Instant vandaag = nl("2026-03-01T10:00");

        @Test
        void movesTheDeadlineLaterKeepsTheOriginalAndPublishesTheReason() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            assertFalse(a.isSluitingstijdVerlengd());
            a.verlengSluitingstijd(LocalDateTime.parse("2026-04-01T12:00"), "  " + REDEN + " ", vandaag);

            assertEquals(nl("2026-04-01T12:00"), a.getSluitingstijd());
            assertEquals(DEADLINE, a.getOorspronkelijkeSluitingstijd());
            assertEquals(vandaag, a.getSluitingstijdVerlengdOp());
            assertEquals(REDEN, a.getVerlengingsreden());
            assertTrue(a.isSluitingstijdVerlengd());
            assertEquals(LocalDate.of(2026, 4, 1), a.sluitingsdatum(), "the keurmerk is checked on the new date");
            assertTrue(a.isOpenVoorInschrijving(DEADLINE), "bids are still taken at the old deadline");
            StateConflictException early = assertThrows(StateConflictException.class, () -> a.sluit(DEADLINE));
            assertTrue(early.getMessage().contains("1 april 2026 om 12:00:00"), early.getMessage());
        }

        @Test
        void aSecondExtensionKeepsTheFirstPublishedDeadline() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            a.verlengSluitingstijd(LocalDateTime.parse("2026-04-01T12:00"), REDEN, vandaag);
            Instant later = nl("2026-03-20T09:00");
            a.verlengSluitingstijd(LocalDateTime.parse("2026-04-15T17:00"), "Storing in het portaal", later);
            assertEquals(nl("2026-04-15T17:00"), a.getSluitingstijd(), "summer time: 15:00 UTC");
            assertEquals(DEADLINE, a.getOorspronkelijkeSluitingstijd());
            assertEquals(later, a.getSluitingstijdVerlengdOp());
            assertEquals("Storing in het portaal", a.getVerlengingsreden());
        }

        @Test
        void anEarlierOrEqualDeadlineIsRefusedWithTheCurrentOneAndNothingChanges() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            FieldError earlier = assertRefused("aanbesteding.sluitingstijd-later",
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-03-14T12:00"), REDEN, vandaag));
            assertEquals("sluitingstijd", earlier.field());
            assertEquals("De nieuwe sluitingstijd ligt na de huidige (15 maart 2026 om 12:00:00).", earlier.message());
            assertRefused("aanbesteding.sluitingstijd-later",
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-03-15T12:00"), REDEN, vandaag));
            assertEquals(DEADLINE, a.getSluitingstijd());
            assertFalse(a.isSluitingstijdVerlengd());
            assertEquals(null, a.getVerlengingsreden());
        }

        @Test
        void aDeadlineInThePastIsRefusedAsSuch() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            FieldError e = assertRefused("aanbesteding.sluitingstijd-verstreken",
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-02-01T12:00"), REDEN, vandaag));
            assertEquals("sluitingstijd", e.field());
            assertTrue(e.message().startsWith("De nieuwe sluitingstijd ligt in het verleden"), e.message());
        }

        @Test
        void everyMissingOrInvalidFieldIsReportedAtOnce() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            List<FieldError> errors = assertFieldsRefused(Set.of("sluitingstijd", "reden"),
                    () -> a.verlengSluitingstijd(null, " ", vandaag));
            assertEquals(List.of("verplicht", "verplicht"), errors.stream().map(FieldError::code).toList());
            assertFieldsRefused(Set.of("sluitingstijd", "reden"),
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-03-10T12:00"), "x".repeat(1001), vandaag));
            assertRefused("te-lang",
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-04-01T12:00"), "x".repeat(1001), vandaag));
            assertEquals(DEADLINE, a.getSluitingstijd());
        }

        @Test
        void aTimeThatDoesNotExistInTheNetherlandsIsRefused() {
            Aanbesteding a = anAanbesteding().gepubliceerd();
            FieldError e = assertRefused("aanbesteding.tijd-bestaat-niet",
                    () -> a.verlengSluitingstijd(LocalDateTime.parse("2026-03-29T02:30"), REDEN, vandaag));
            assertEquals("sluitingstijd", e.field());
        }

        @Test
        void onlyWhileBiddingIsOpenAndBeforeAnyInputCheck() {
            LocalDateTime later = LocalDateTime.parse("2026-05-01T12:00");
            Aanbesteding concept = anAanbesteding().build();
            StateConflictException draft = assertThrows(StateConflictException.class,
                    () -> concept.verlengSluitingstijd(later, REDEN, CONCEPT_OP));
            assertTrue(draft.getMessage().contains("wijzig het concept"), draft.getMessage());

            Aanbesteding verstreken = anAanbesteding().gepubliceerd();
            StateConflictException passed = assertThrows(StateConflictException.class,
                    () -> verstreken.verlengSluitingstijd(later, REDEN, DEADLINE));
            assertTrue(passed.getMessage().contains("zolang er kan worden ingeschreven"), passed.getMessage());
            assertThrows(StateConflictException.class, () -> verstreken.verlengSluitingstijd(null, " ", DEADLINE),
                    "the state is checked first: no field errors for a tender that cannot be extended");

            Aanbesteding gesloten = anAanbesteding().gesloten();
            assertThrows(StateConflictException.class, () -> gesloten.verlengSluitingstijd(later, REDEN, DEADLINE));
            Aanbesteding ingetrokken = anAanbesteding().gepubliceerd();
            ingetrokken.trekIn("Budget vervallen", vandaag);
            assertThrows(StateConflictException.class, () -> ingetrokken.verlengSluitingstijd(later, REDEN, vandaag));
            assertEquals(DEADLINE, ingetrokken.getSluitingstijd());
            assertFalse(ingetrokken.isSluitingstijdVerlengd());
        }
    }

    @Nested
    class ContractTerms {

        private final Contractvoorwaarden jaren = anAanbesteding().build().getVoorwaarden();

        @Test
        void aContractOfTwoYearsEndsTheDayBefore() {
            assertEquals(LocalDate.of(2028, 12, 31), jaren.einddatum(LocalDate.of(2027, 1, 1)));
            assertEquals(LocalDate.of(2028, 2, 29), jaren.einddatum(LocalDate.of(2026, 3, 1)), "a leap day");
        }

        @Test
        void anExtensionContinuesFromTheDayAfterTheEnd() {
            assertEquals(LocalDate.of(2029, 12, 31), jaren.verlengdeEinddatum(LocalDate.of(2028, 12, 31)));
            assertEquals(LocalDate.of(2029, 2, 28), jaren.verlengdeEinddatum(LocalDate.of(2028, 2, 29)));
            Contractvoorwaarden maand = anAanbesteding().withVoorwaarden(new Voorwaarden(12, 3, 1, Betaalmodel.PER_MAAND,
                    null, null, BtwTarief.NUL, false)).build().getVoorwaarden();
            assertEquals(LocalDate.of(2027, 5, 31), maand.verlengdeEinddatum(LocalDate.of(2027, 4, 30)),
                    "a month end stays a month end");
        }
    }

    @Test
    void theEvaluationPriceIsTheSumOfItemPriceTimesEstimatedVolume() {
        // 62.50 x 1,200 hours = 75,000.00; 1,500.00 x 20 trajectories = 30,000.00; together 105,000.00
        List<Tariefpost> posten = List.of(new Tariefpost(1, "Taaluur", 1_200), new Tariefpost(2, "Examentraining", 20));
        assertEquals(Money.of("105000.00"), Tariefpost.evaluatieprijs(posten, Map.of(1, Money.of("62.50"), 2,
                Money.of("1500.00"))));
        assertThrows(IllegalArgumentException.class, () -> Tariefpost.evaluatieprijs(posten, Map.of(1, Money.of("1"))));
    }

    @Test
    void theEvaluationPriceOfALotWithThreeComponentItems() {
        Perceel perceel = anAanbesteding().withPosten(new Post("Taaluur", 10_000L, Onderdeel.TAAL),
                new Post("KNM-uur", 800L, Onderdeel.KNM), new Post("MAP-uur", 400L, Onderdeel.MAP)).build()
                .getPercelen().get(0);
        // 62.50 x 10,000 = 625,000.00; 55.25 x 800 = 44,200.00; 70.00 x 400 = 28,000.00
        assertEquals(Money.of("697200.00"), perceel.evaluatieprijs(Map.of(1, Money.of("62.50"), 2, Money.of("55.25"),
                3, Money.of("70.00"))));
    }
}
