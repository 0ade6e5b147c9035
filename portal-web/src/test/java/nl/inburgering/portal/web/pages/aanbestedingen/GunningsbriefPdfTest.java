package nl.inburgering.portal.web.pages.aanbestedingen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.beoordeling.CriteriumPunten;
import nl.inburgering.portal.tendering.gunning.BerichtScore;
import nl.inburgering.portal.tendering.gunning.Gunningsbrief;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.tendering.gunning.Uitkomst;
import nl.inburgering.portal.tendering.gunning.WinnendeInschrijving;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The award decision letter as a bidder reads it: the text of the generated PDF. */
class GunningsbriefPdfTest {

    private static BerichtScore score(int nr, String naam, String score, String weging, String punten) {
        return new BerichtScore(new CriteriumPunten(nr, naam, new BigDecimal(score), 10, new BigDecimal(weging),
                new BigDecimal(punten)));
    }

    private static Gunningsbrief afgewezen(GunningsvoornemenStatus status, String intrekkingsreden) {
        WinnendeInschrijving winnaar = new WinnendeInschrijving("Taalhuis Groningen B.V.", 1, new BigDecimal("36.92"),
                new BigDecimal("50.50"), new BigDecimal("87.42"),
                List.of(score(1, "Plan van aanpak", "8", "35", "28.00"), score(2, "Kwaliteit docenten", "9", "25", "22.50")));
        return new Gunningsbrief(41, "AB-2026-01", "Taaldeel B1- en Z-route", 1, "B1-route Noord", Leerroute.B1_ROUTE,
                6, "Lingua Noord", Uitkomst.AFGEWEZEN, 2, 2, 1, Money.of(new BigDecimal("576000.00")),
                new BigDecimal("40.00"), new BigDecimal("40.00"), new BigDecimal("39.50"), new BigDecimal("79.50"), false,
                List.of(score(1, "Plan van aanpak", "7", "35", "24.50"), score(2, "Kwaliteit docenten", "6", "25", "15.00")),
                List.of(winnaar), "Uw inschrijving op Perceel 1: B1-route Noord is als 2e van 2 geldige inschrijvingen "
                        + "gerangschikt.", null, Instant.parse("2028-02-08T09:00:00Z"), LocalDate.of(2028, 2, 8), 20,
                LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 10), 19, status,
                intrekkingsreden);
    }

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ');
        }
    }

    /** The text with its line breaks undone, so a sentence reads as one line. */
    private static String doorlopend(String tekst) {
        return tekst.replaceAll("-\\R", "-").replaceAll("\\R", " ");
    }

    @Test
    void aRejectedBidderReadsItsOwnScoresTheWinnersScoresItsRankAndTheStandstillEnd() throws IOException {
        byte[] pdf = GunningsbriefPdf.maak(afgewezen(GunningsvoornemenStatus.VERZONDEN, null));

        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String t = tekst(pdf);
        assertTrue(t.contains("Aan: Lingua Noord"), t);
        assertTrue(t.contains("niet voornemens zijn perceel 1 (B1-route Noord) aan u te gunnen"), t);
        assertTrue(t.contains("Plan van aanpak 7 / 10 35,00 24,50"), t);
        assertTrue(t.contains("Totaal 79,50"), t);
        assertTrue(t.contains("€ 576.000,00"), "own evaluation price: " + t);
        assertTrue(t.contains("Rangorde: 2e van 2 geldige inschrijvingen"), t);
        assertTrue(t.contains("Taalhuis Groningen B.V."), t);
        assertTrue(t.contains("36,92 50,50 87,42"), "the winner's points: " + t);
        assertTrue(t.contains("Plan van aanpak: 8 / 10 = 28,00 punten"), t);
        assertTrue(t.contains("eindigt op 28 februari 2028"), t);
        assertTrue(t.contains("niet eerder dan op 29 februari 2028"), t);
        assertFalse(t.contains("ingetrokken"), t);
    }

    @Test
    void aWithdrawnDecisionSaysSoWithItsReason() throws IOException {
        String t = tekst(GunningsbriefPdf.maak(afgewezen(GunningsvoornemenStatus.INGETROKKEN, "Bezwaar gegrond.")));
        assertTrue(t.contains("dit gunningsvoornemen is ingetrokken: Bezwaar gegrond."), t);
    }

    @Test
    void theEnglishTranslationHasTheSameFiguresInEnglishAndSaysTheDutchLetterPrevails() throws IOException {
        String t = doorlopend(tekst(GunningsbriefPdf.maak(afgewezen(GunningsvoornemenStatus.VERZONDEN, null),
                GunningsbriefPdf.Taal.EN)));
        assertTrue(t.contains("The Dutch letter is the official version"), t);
        assertTrue(t.contains("To: Lingua Noord"), t);
        assertTrue(t.contains("Date: 8 February 2028"), t);
        assertTrue(t.contains("we do not intend to award lot 1 (B1-route Noord) to you"), t);
        assertTrue(t.contains("has been ranked 2nd of 2 valid bids, with 79.50 points (40.00 price points and 39.50 "
                + "quality points)"), t);
        assertTrue(t.contains("The lowest-ranked winning bid scored 87.42 points"), t);
        assertTrue(t.contains("The winning bid scored higher on 'Plan van aanpak': you 24.50, winning bid 28.00 points; "
                + "'Kwaliteit docenten': you 15.00, winning bid 22.50 points."), t);
        assertTrue(t.contains("Plan van aanpak 7 / 10 35.00 24.50"), t);
        assertTrue(t.contains("Total 79.50"), t);
        assertTrue(t.contains("€576,000.00"), "own evaluation price: " + t);
        assertTrue(t.contains("Ranking: 2nd of 2 valid bids; this lot will be awarded to at most 1 provider."), t);
        assertTrue(t.contains("36.92 50.50 87.42"), "the winner's points: " + t);
        assertTrue(t.contains("Plan van aanpak: 8 / 10 = 28.00 points"), t);
        assertTrue(t.contains("ends on 28 February 2028"), t);
        assertTrue(t.contains("before 29 February 2028"), t);
        assertFalse(t.contains("Geachte") || t.contains("Rangorde") || t.contains("79,50"), "no Dutch: " + t);
    }

    @Test
    void theDutchLetterIsTheDefaultAndHasNoTranslationNote() throws IOException {
        Gunningsbrief b = afgewezen(GunningsvoornemenStatus.VERZONDEN, null);
        String standaard = tekst(GunningsbriefPdf.maak(b));
        assertEquals(standaard, tekst(GunningsbriefPdf.maak(b, GunningsbriefPdf.Taal.NL)));
        assertFalse(standaard.contains("English") || standaard.contains("translation"), standaard);
        assertTrue(standaard.contains("Geachte heer, mevrouw,"), standaard);
        assertEquals(b.reden(), GunningsbriefPdf.redenen(b, GunningsbriefPdf.Taal.NL), "the recorded reasons");
        assertTrue(GunningsbriefPdf.redenen(b, GunningsbriefPdf.Taal.EN).startsWith("Your bid on lot 1 (B1-route Noord) "
                + "has been ranked 2nd of 2 valid bids"));
    }

    @Test
    void inEnglishAWithdrawalAndAnExclusionQuoteTheDutchReasonsAsEntered() throws IOException {
        String withdrawn = tekst(GunningsbriefPdf.maak(afgewezen(GunningsvoornemenStatus.INGETROKKEN,
                "Bezwaar gegrond."), GunningsbriefPdf.Taal.EN));
        assertTrue(withdrawn.contains("this intended award decision has been withdrawn: Bezwaar gegrond."), withdrawn);

        Gunningsbrief excluded = new Gunningsbrief(42, "AB-2026-01", "Taaldeel B1- en Z-route", 1, "B1-route Noord",
                Leerroute.B1_ROUTE, 7, "Spreekbeurt", Uitkomst.UITGESLOTEN, null, 2, 1,
                Money.of(new BigDecimal("540000.00")), new BigDecimal("40.00"), null, null, null, false, List.of(),
                afgewezen(GunningsvoornemenStatus.VERZONDEN, null).winnaars(), "Uw inschrijving is uitgesloten.",
                "Spreekbeurt had op de sluitingsdatum geen geldig keurmerk (status GESCHORST).",
                Instant.parse("2028-02-08T09:00:00Z"), LocalDate.of(2028, 2, 8), 20, LocalDate.of(2028, 2, 28),
                LocalDate.of(2028, 2, 29), LocalDate.of(2028, 2, 10), 19, GunningsvoornemenStatus.VERZONDEN, null);
        String t = doorlopend(tekst(GunningsbriefPdf.maak(excluded, GunningsbriefPdf.Taal.EN)));
        assertTrue(t.contains("your bid on lot 1 (B1-route Noord) has been excluded and has not been evaluated"), t);
        assertTrue(t.contains("Reason for the exclusion (as recorded in Dutch): Spreekbeurt had op de sluitingsdatum"),
                t);
        assertFalse(t.contains("Your evaluation"), "no scores for an excluded bid: " + t);
        assertTrue(t.contains("1st Taalhuis Groningen B.V."), t);
    }

    @Test
    void theLanguageIsNlOrEnAndAnythingElseIsRefusedForTheField() {
        assertEquals(GunningsbriefPdf.Taal.NL, GunningsbriefPdf.Taal.parse("taal", null));
        assertEquals(GunningsbriefPdf.Taal.NL, GunningsbriefPdf.Taal.parse("taal", "nl"));
        assertEquals(GunningsbriefPdf.Taal.EN, GunningsbriefPdf.Taal.parse("taal", " EN "));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> GunningsbriefPdf.Taal.parse("taal", "de"));
        assertEquals("taal", e.errors().get(0).field());
        assertEquals(GunningsbriefPdf.Taal.EN, GunningsbriefPdf.Taal.van(Locale.ENGLISH));
        assertEquals(GunningsbriefPdf.Taal.NL, GunningsbriefPdf.Taal.van(Locale.forLanguageTag("nl")));
        assertEquals(GunningsbriefPdf.Taal.NL, GunningsbriefPdf.Taal.van(null));
    }

    @Test
    void theFileIsNamedAfterTheTenderAndLot() {
        assertEquals("gunningsbrief-AB-2026-01-perceel-1.pdf",
                GunningsbriefPdf.bestandsnaam(afgewezen(GunningsvoornemenStatus.VERZONDEN, null)));
        assertEquals("gunningsbrief-AB-2026-01-perceel-1-en.pdf", GunningsbriefPdf.bestandsnaam(
                afgewezen(GunningsvoornemenStatus.VERZONDEN, null), GunningsbriefPdf.Taal.EN));
    }
}
