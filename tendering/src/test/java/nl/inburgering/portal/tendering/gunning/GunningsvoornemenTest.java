package nl.inburgering.portal.tendering.gunning;

import static nl.inburgering.portal.tendering.Testen.nl;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.anAanbesteding;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.LINGUA;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.NOORDERLICHT;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.TAALHUIS;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.TAALPUNT;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.bericht;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.bid;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.verzonden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer.Kandidaat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GunningsvoornemenTest {

    /** Sent on 8 February 2028 at 16:00 Dutch time: the standstill counts 9..28 February. */
    private static final Instant VERZONDEN = nl("2028-02-08T16:00");

    private final Aanbesteding aanbesteding = anAanbesteding().beoordeeld();
    private final Gunningsvoornemen voornemen = verzonden(aanbesteding, VERZONDEN);

    @Nested
    class Sending {

        @Test
        void everyBidderOfTheLotGetsAMessageAtOnce() {
            assertEquals(4, voornemen.getBerichten().size());
            assertEquals(Uitkomst.GUNNING_VOORGENOMEN, bericht(voornemen, TAALHUIS).getUitkomst());
            assertEquals(Uitkomst.GUNNING_VOORGENOMEN, bericht(voornemen, NOORDERLICHT).getUitkomst());
            assertEquals(Uitkomst.AFGEWEZEN, bericht(voornemen, LINGUA).getUitkomst());
            assertEquals(Uitkomst.UITGESLOTEN, bericht(voornemen, TAALPUNT).getUitkomst());
            assertEquals(23L, bericht(voornemen, LINGUA).getAanbiederId());
            assertEquals(List.of(TAALHUIS, NOORDERLICHT, LINGUA, TAALPUNT),
                    voornemen.getBerichten().stream().map(Gunningsbericht::getInschrijvingId).toList());
        }

        @Test
        void aMessageRecordsTheBiddersOwnScoresAndRank() {
            Gunningsbericht b = bericht(voornemen, LINGUA);
            assertEquals(3, b.getRang());
            assertEquals(3, b.getAantalGeldig());
            assertEquals(2, b.getAantalWinnaars());
            assertEquals(Money.of("660000.00"), b.getEvaluatieprijs());
            assertEquals(new BigDecimal("36.36"), b.getPrijspunten());
            assertEquals(new BigDecimal("30.00"), b.getKwaliteitspunten());
            assertEquals(new BigDecimal("66.36"), b.getTotaal());
            assertEquals(List.of(new BigDecimal("17.50"), new BigDecimal("12.50")),
                    b.getScores().stream().map(BerichtScore::getPunten).toList());
        }

        @Test
        void aRejectedBidderLearnsWhyAndWhereTheWinnerScoredHigher() {
            assertEquals("Uw inschrijving op Perceel 1: Z-route Noord is als 3e van 3 geldige inschrijvingen "
                    + "gerangschikt, met 66,36 punten (36,36 prijspunten en 30,00 kwaliteitspunten). Dit perceel wordt "
                    + "gegund aan ten hoogste 2 aanbieders. De laagst gerangschikte winnende inschrijving behaalde 76,00 "
                    + "punten; uw inschrijving komt daarom niet voor gunning in aanmerking. De winnende inschrijving "
                    + "scoorde hoger op prijs: u 36,36, winnende inschrijving 40,00 punten; 'Plan van aanpak': u 17,50, "
                    + "winnende inschrijving 21,00 punten; 'Kwaliteit docenten': u 12,50, winnende inschrijving 15,00 "
                    + "punten.", bericht(voornemen, LINGUA).getReden());
            assertTrue(bericht(voornemen, TAALHUIS).getReden().endsWith("Wij zijn voornemens het perceel aan u te "
                    + "gunnen."));
        }

        @Test
        void anExcludedBidderGetsTheReasonAndNoScores() {
            Gunningsbericht b = bericht(voornemen, TAALPUNT);
            assertNull(b.getRang());
            assertNull(b.getTotaal());
            assertTrue(b.getScores().isEmpty());
            assertEquals("Uw inschrijving op Perceel 1: Z-route Noord is uitgesloten en niet beoordeeld. Taalpunt "
                    + "Delfzijl had op de sluitingsdatum 15 maart 2026 geen geldig Blik op Werk-keurmerk inburgering "
                    + "(status ASPIRANT).", b.getReden());
        }

        @Test
        void theSendDateIsTheDutchCalendarDate() {
            Gunningsvoornemen laat = verzonden(anAanbesteding().beoordeeld(), Instant.parse("2028-02-08T23:30:00Z"));
            assertEquals(LocalDate.of(2028, 2, 9), laat.getVerzenddatum(), "00:30 on 9 February in the Netherlands");
            assertEquals(LocalDate.of(2028, 2, 29), laat.getStandstillEinde());
            assertEquals(LocalDate.of(2028, 2, 8), voornemen.getVerzenddatum());
            assertEquals(LocalDate.of(2028, 2, 28), voornemen.getStandstillEinde());
            assertEquals(20, voornemen.getStandstillDagen());
        }

        @Test
        void onlyAFinalEvaluationIsSent() {
            Aanbesteding gesloten = anAanbesteding().gesloten();
            assertThrows(StateConflictException.class, () -> new Gunningsvoornemen(gesloten,
                    List.of(GunningTestdata.uitslag(gesloten)), id -> id, "cb", VERZONDEN));
            Aanbesteding beoordeeld = anAanbesteding().beoordeeld();
            List<Kandidaat> gelijk = List.of(bid(1, "Een", "1000.00", 5, 5), bid(2, "Twee", "1000.00", 5, 5));
            StateConflictException e = assertThrows(StateConflictException.class, () -> new Gunningsvoornemen(
                    beoordeeld, List.of(GunningTestdata.uitslag(beoordeeld, gelijk)), id -> id, "cb", VERZONDEN));
            assertEquals("De beoordeling is niet compleet voor Perceel 1: Z-route Noord.", e.getMessage());
        }
    }

    @Nested
    class DefinitiveAward {

        private Bezwaar bezwaar() {
            return new Bezwaar(voornemen, 23L, "Lingua Noord", null, "De kwaliteit is te laag beoordeeld.",
                    "aanbieder.lingua", nl("2028-02-10T09:00"));
        }

        @Test
        void isRefusedWhileTheStandstillRunsWithItsEndDate() {
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> voornemen.maakDefinitief(LocalDate.of(2028, 2, 28), List.of(), VERZONDEN));
            assertEquals("De standstilltermijn loopt tot en met 28 februari 2028 (nog 1 dag); contracten kunnen vanaf "
                    + "29 februari 2028 worden aangemaakt.", e.getMessage());
            assertEquals(GunningsvoornemenStatus.VERZONDEN, voornemen.getStatus());
        }

        @Test
        void isRefusedWhileAnObjectionIsOpen() {
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> voornemen.controleerDefinitieveGunning(LocalDate.of(2028, 3, 1), List.of(bezwaar())));
            assertEquals("Er staat nog een bezwaar open (van Lingua Noord, ingediend op 10 februari 2028); handel het "
                    + "eerst af voordat u definitief gunt.", e.getMessage());
        }

        @Test
        void isMadeTheDayAfterTheStandstillWithNoObjectionOpen() {
            voornemen.maakDefinitief(LocalDate.of(2028, 2, 29), List.of(), nl("2028-02-29T09:00"));
            assertEquals(GunningsvoornemenStatus.DEFINITIEF, voornemen.getStatus());
            assertThrows(StateConflictException.class,
                    () -> voornemen.maakDefinitief(LocalDate.of(2028, 3, 1), List.of(), nl("2028-03-01T09:00")));
        }

        @Test
        void aWithdrawalNeedsAReasonAndNoOpenObjection() {
            assertThrows(StateConflictException.class, () -> voornemen.trekIn("Herbeoordeling", List.of(bezwaar()),
                    VERZONDEN));
            assertThrows(InvalidInputException.class, () -> voornemen.trekIn("", List.of(), VERZONDEN));
            voornemen.trekIn("Bezwaar van Lingua Noord gegrond: herbeoordeling", List.of(), nl("2028-02-15T10:00"));
            assertEquals(GunningsvoornemenStatus.INGETROKKEN, voornemen.getStatus());
            StateConflictException e = assertThrows(StateConflictException.class,
                    () -> voornemen.maakDefinitief(LocalDate.of(2028, 3, 1), List.of(), VERZONDEN));
            assertEquals("Dit gunningsvoornemen is al ingetrokken.", e.getMessage());
        }
    }

    @Test
    void theLetterHasOwnScoresTheWinnersScoresAndTheCountdown() {
        Gunningsbericht eigen = bericht(voornemen, LINGUA);
        List<Gunningsbericht> winnaars = List.of(bericht(voornemen, TAALHUIS), bericht(voornemen, NOORDERLICHT));
        Gunningsbrief brief = Gunningsbrief.van(aanbesteding, aanbesteding.getPercelen().get(0), voornemen, eigen,
                winnaars, LocalDate.of(2028, 2, 20));
        assertEquals("AB-2026-01", brief.aanbestedingReferentie());
        assertEquals(Uitkomst.AFGEWEZEN, brief.uitkomst());
        assertEquals(3, brief.rang());
        assertEquals(new BigDecimal("66.36"), brief.totaal());
        assertEquals(List.of("Taalhuis Groningen", "Noorderlicht Taal"),
                brief.winnaars().stream().map(WinnendeInschrijving::aanbiederNaam).toList());
        assertEquals(new BigDecimal("84.83"), brief.winnaars().get(0).totaal());
        assertEquals(2, brief.winnaars().get(0).scores().size());
        assertEquals(LocalDate.of(2028, 2, 8), brief.verzenddatum());
        assertEquals(LocalDate.of(2028, 2, 28), brief.standstillEinde());
        assertEquals(LocalDate.of(2028, 2, 29), brief.eersteDagNaStandstill());
        assertEquals(9, brief.dagenResterend(), "20 .. 28 February");
        assertEquals(new BigDecimal("40.00"), brief.prijsWeging());
        assertEquals(GunningsvoornemenStatus.VERZONDEN, brief.status());
    }

    @Test
    void aMessageIsMarkedReadOnce() {
        Gunningsbericht b = bericht(voornemen, LINGUA);
        b.markeerGelezen(nl("2028-02-09T08:00"));
        b.markeerGelezen(nl("2028-02-10T08:00"));
        assertEquals(nl("2028-02-09T08:00"), b.getGelezenOp());
        assertEquals(AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN, aanbesteding.getStatus());
    }
}
