package nl.inburgering.portal.tendering.inschrijving;

import static nl.inburgering.portal.tendering.Testen.assertFieldsRefused;
import static nl.inburgering.portal.tendering.Testen.assertRefused;
import static nl.inburgering.portal.tendering.Testen.nl;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Post;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingGegevens.Prijs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InschrijvingTest {

    private static final Instant RUIM_VOOR = nl("2026-02-01T10:00");

    private final Aanbesteding aanbesteding = anAanbesteding().gepubliceerd();
    private final Perceel perceel = aanbesteding.getPercelen().get(0);

    private Inschrijving bid(String prijs, Instant op) {
        return new Inschrijving(aanbesteding, perceel, 10L, "Taalhuis Groningen", "aanbieder.taalhuis",
                List.of(new Prijs(1, new BigDecimal(prijs))), op);
    }

    @Nested
    class Submitting {

        @Test
        void theEvaluationPriceIsThePriceTimesTheEstimatedVolume() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            assertEquals(InschrijvingStatus.INGEDIEND, i.getStatus());
            assertEquals(Map.of(1, Money.of("62.50")), i.getPrijzen());
            assertEquals(Money.of("750000.00"), i.getEvaluatieprijs(), "62.50 x 12,000 hours");
            assertTrue(i.isGeldig());
        }

        @Test
        void aBidOnALotWithThreeItemsPricesEachAndIsEvaluatedOnTheSum() {
            Aanbesteding drie = anAanbesteding().withPosten(new Post("Taaluur", 10_000L, Onderdeel.TAAL),
                    new Post("KNM-uur", 800L, Onderdeel.KNM), new Post("MAP-uur", 400L, Onderdeel.MAP)).gepubliceerd();
            Perceel lot = drie.getPercelen().get(0);
            Inschrijving i = new Inschrijving(drie, lot, 10L, "Taalhuis Groningen", "aanbieder.taalhuis", List.of(
                    new Prijs(3, new BigDecimal("70")), new Prijs(1, new BigDecimal("62.50")),
                    new Prijs(2, new BigDecimal("55.25"))), RUIM_VOOR);
            assertEquals(Map.of(1, Money.of("62.50"), 2, Money.of("55.25"), 3, Money.of("70.00")), i.getPrijzen());
            assertEquals(Money.of("697200.00"), i.getEvaluatieprijs(), "625,000 + 44,200 + 28,000");
            assertRefused("inschrijving.prijs-per-post", () -> new Inschrijving(drie, lot, 10L, "X", "x",
                    List.of(new Prijs(1, BigDecimal.TEN), new Prijs(2, BigDecimal.TEN)), RUIM_VOOR));
        }

        @Test
        void aBidAfterTheDeadlineIsRefusedWithTheDeadlineAndItsTime() {
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> bid("62.50", DEADLINE.plusSeconds(3)));
            assertEquals("De inschrijftermijn van AB-2026-01 is gesloten op 15 maart 2026 om 12:00:00; uw inschrijving "
                    + "kwam binnen op 15 maart 2026 om 12:00:03 en is niet aangenomen.", e.getMessage());
        }

        @Test
        void aBidAtTheDeadlineItselfIsLate() {
            assertThrows(StateConflictException.class, () -> bid("62.50", DEADLINE));
            bid("62.50", DEADLINE.minusMillis(1));
        }

        @Test
        void aBidOnADraftOrClosedTenderIsRefused() {
            Aanbesteding concept = anAanbesteding().build();
            StateConflictException e = assertThrows(StateConflictException.class, () -> new Inschrijving(concept,
                    concept.getPercelen().get(0), 10L, "X", "x", List.of(new Prijs(1, BigDecimal.TEN)), RUIM_VOOR));
            assertTrue(e.getMessage().contains("concept"), e.getMessage());
        }

        @Test
        void aZeroOrNegativePriceIsRefused() {
            FieldError e = assertRefused("inschrijving.prijs-positief", () -> bid("0", RUIM_VOOR));
            assertEquals("prijzen[0].prijs", e.field());
            assertRefused("inschrijving.prijs-positief", () -> bid("-12.50", RUIM_VOOR));
            assertRefused("bedrag.decimalen", () -> bid("62.505", RUIM_VOOR));
        }

        @Test
        void everyItemNeedsExactlyOnePriceAndAllErrorsComeAtOnce() {
            FieldChecks checks = new FieldChecks();
            Map<Integer, Money> m = Inschrijving.controleerPrijzen(checks, perceel,
                    List.of(new Prijs(1, new BigDecimal("-1")), new Prijs(2, BigDecimal.TEN), new Prijs(null, null)));
            assertTrue(m.isEmpty());
            assertEquals(Set.of("prijzen[0].prijs", "prijzen[1].post", "prijzen[2].post", "prijzen[2].prijs"),
                    Set.copyOf(checks.errors().stream().map(FieldError::field).toList()));
            assertRefused("inschrijving.prijs-per-post", () -> new Inschrijving(aanbesteding, perceel, 10L, "X", "x",
                    List.of(), RUIM_VOOR));
            assertFieldsRefused(Set.of("prijzen[1].post"), () -> new Inschrijving(aanbesteding, perceel, 10L, "X", "x",
                    List.of(new Prijs(1, BigDecimal.ONE), new Prijs(1, BigDecimal.TEN)), RUIM_VOOR));
        }
    }

    @Nested
    class ReplacingAndWithdrawing {

        @Test
        void aSecondBidBeforeTheDeadlineReplacesTheFirst() {
            Inschrijving eerste = bid("62.50", RUIM_VOOR);
            eerste.vervang(aanbesteding, DEADLINE.minusSeconds(1));
            assertEquals(InschrijvingStatus.VERVANGEN, eerste.getStatus());
            assertEquals(DEADLINE.minusSeconds(1), eerste.getBeeindigdOp());
            assertFalse(eerste.isGeldig());
        }

        @Test
        void afterTheDeadlineTheFirstBidStandsAndTheMessageSaysSo() {
            Inschrijving eerste = bid("62.50", RUIM_VOOR);
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> Inschrijving.controleerTijdig(aanbesteding, DEADLINE.plusSeconds(60), eerste));
            assertTrue(e.getMessage().endsWith("Uw eerdere inschrijving van 1 februari 2026 om 10:00:00 blijft "
                    + "ongewijzigd staan."), e.getMessage());
            assertThrows(StateConflictException.class, () -> eerste.vervang(aanbesteding, DEADLINE.plusSeconds(60)));
            assertEquals(InschrijvingStatus.INGEDIEND, eerste.getStatus());
        }

        @Test
        void withdrawingIsPossibleOnlyBeforeTheDeadlineAndOnlyOnce() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            assertThrows(StateConflictException.class, () -> i.trekIn(aanbesteding, DEADLINE));
            i.trekIn(aanbesteding, RUIM_VOOR);
            assertEquals(InschrijvingStatus.INGETROKKEN, i.getStatus());
            assertThrows(StateConflictException.class, () -> i.trekIn(aanbesteding, RUIM_VOOR));
        }
    }

    @Nested
    class KeurmerkOnTheDeadline {

        @Test
        void aValidKeurmerkKeepsTheBidIn() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            i.beoordeelKeurmerk(Optional.of(KeurmerkStatus.GELDIG), LocalDate.of(2026, 3, 15));
            assertTrue(i.isGeldig());
            assertNull(i.getUitsluitingsreden());
        }

        @Test
        void anyOtherStatusOrNoneExcludesWithTheReason() {
            Inschrijving aspirant = bid("62.50", RUIM_VOOR);
            aspirant.beoordeelKeurmerk(Optional.of(KeurmerkStatus.ASPIRANT), LocalDate.of(2026, 3, 15));
            assertTrue(aspirant.isUitgesloten());
            assertEquals("Taalhuis Groningen had op de sluitingsdatum 15 maart 2026 geen geldig Blik op Werk-keurmerk "
                    + "inburgering (status ASPIRANT).", aspirant.getUitsluitingsreden());
            Inschrijving geen = bid("62.50", RUIM_VOOR);
            geen.beoordeelKeurmerk(Optional.empty(), LocalDate.of(2026, 3, 15));
            assertTrue(geen.getUitsluitingsreden().endsWith("(geen keurmerk of verlopen)."));
            Inschrijving geschorst = bid("62.50", RUIM_VOOR);
            geschorst.beoordeelKeurmerk(Optional.of(KeurmerkStatus.GESCHORST), LocalDate.of(2026, 3, 15));
            assertFalse(geschorst.isGeldig());
        }
    }

    @Nested
    class Scoring {

        private final Aanbesteding gesloten = anAanbesteding().gesloten();

        @Test
        void everyCriterionGetsAScoreWithinItsRange() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            i.scoor(gesloten.getKwaliteitscriteria(), Map.of(1, new BigDecimal("7.5"), 2, BigDecimal.TEN));
            assertEquals(Map.of(1, new BigDecimal("7.50"), 2, new BigDecimal("10.00")), i.getScores());
            i.scoor(gesloten.getKwaliteitscriteria(), Map.of(1, BigDecimal.ZERO, 2, BigDecimal.ONE));
            assertEquals(new BigDecimal("0.00"), i.getScores().get(1), "a new score replaces the old");
        }

        @Test
        void missingOutOfRangeAndUnknownScoresAreAllReported() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            assertFieldsRefused(Set.of("scores[1]", "scores[2]", "scores[3]"), () -> i.scoor(
                    gesloten.getKwaliteitscriteria(), Map.of(1, new BigDecimal("10.5"), 3, BigDecimal.ONE)));
            assertRefused("score.bereik", () -> i.scoor(gesloten.getKwaliteitscriteria(),
                    Map.of(1, new BigDecimal("-1"), 2, BigDecimal.ONE)));
            assertTrue(i.getScores().isEmpty(), "nothing stored");
        }

        @Test
        void anExcludedBidIsNotScored() {
            Inschrijving i = bid("62.50", RUIM_VOOR);
            i.beoordeelKeurmerk(Optional.empty(), LocalDate.of(2026, 3, 15));
            assertThrows(StateConflictException.class,
                    () -> i.scoor(gesloten.getKwaliteitscriteria(), Map.of(1, BigDecimal.ONE, 2, BigDecimal.ONE)));
        }
    }
}
