package nl.inburgering.portal.web.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of a statement is a readable Dutch A4 document with both parties, the posts and the totals. */
class VerrekenstaatPdfTest {

    private static String tekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertEquals(595, Math.round(d.getPage(0).getMediaBox().getWidth()), "A4");
            assertEquals("Verrekenstaat VS-2026-10-1979", d.getDocumentInformation().getTitle());
            return new PDFTextStripper().getText(d).replace('\u00a0', ' ');
        }
    }

    /** With -Dverrekenstaat.pdf.dir=DIR the PDF is kept there, to look at. */
    private static byte[] bewaard(byte[] pdf, String naam) throws IOException {
        String dir = System.getProperty("verrekenstaat.pdf.dir");
        if (dir != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(dir, naam), pdf);
        }
        return pdf;
    }

    @Test
    void partiesNumberMonthStatusPostsAndTotals() throws IOException {
        String t = tekst(bewaard(VerrekenstaatPdf.pdf(Verrekenstaten.gemengd()), "gemengd.pdf"));
        assertTrue(t.contains("Verrekenstaat VS-2026-10-1979"), t);
        assertTrue(t.contains("Gemeente Groningen"), t);
        assertTrue(t.contains("Grote Markt 1"), t);
        assertTrue(t.contains("OIN 00000001001589623000"), t);
        assertTrue(t.contains("Btw-nummer NL001589623B01"), t);
        assertTrue(t.contains("Gemeente Eemsdelta"), t);
        assertTrue(t.contains("9934 EA  Delfzijl"), t);
        assertTrue(t.contains("oktober 2026"), t);
        assertTrue(t.contains("12 november 2026"), t);
        assertTrue(t.contains("Status Definitief"), t);
        assertTrue(t.contains("AB-2026-B1-01 Taalhuis Groningen B.V. TH-2026-0042 21 % € 1.234,56 € 259,26 € 1.493,82"),
                t);
        assertTrue(t.contains("Lingua Noord LN/2026/117 21 % € -62,50 € -13,13 € -75,63"), t);
        assertTrue(t.contains("NLC-88 0 % € 5.000,00 € 0,00 € 5.000,00"), t);
        // totals: 6952.06 net, 409.93 VAT, 7361.99
        assertTrue(t.contains("Totaal € 6.952,06 € 409,93 € 7.361,99"), t);
        assertTrue(t.contains("Btw 21 % € 1.952,06 € 409,93"), t);
        assertTrue(t.contains("Vrijgesteld (onderwijs, 0 %) € 5.000,00 € 0,00"), t);
        assertTrue(t.contains("NL64 BNGH 0285 0017 89"), t);
        assertTrue(t.contains("VS-2026-10-1979"), t);
        assertTrue(t.contains("pagina 1"), t);
        assertFalse(t.contains("Voorlopig"), t);
    }

    @Test
    void anOpenStatementIsMarkedProvisional() throws IOException {
        String t = tekst(VerrekenstaatPdf.pdf(Verrekenstaten.staat(Verrekenstaatstatus.OPEN,
                Verrekenstaten.gemengd().posten())));
        assertTrue(t.contains("Open (voorlopig)"), t);
        assertTrue(t.contains("Voorlopig: deze verrekenstaat is nog niet definitief"), t);
    }

    @Test
    void aStatementWithoutPostsSaysSo() throws IOException {
        String t = tekst(VerrekenstaatPdf.pdf(Verrekenstaten.staat(Verrekenstaatstatus.OPEN, List.of())));
        assertTrue(t.contains("Geen goedgekeurde facturen met regels van deze gemeente in deze maand."), t);
        assertTrue(t.contains("Over deze maand is niets te betalen."), t);
    }

    @Test
    void manyPostsRunOverPagesWithTheHeaderRepeated() throws IOException {
        List<Verrekenstaatpost> posten = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            posten.add(Verrekenstaten.post(100 + i, "F-" + i, "AB-2026-B1-" + i, "Aanbieder " + i,
                    BtwTarief.EENENTWINTIG, "100.00", "21.00"));
        }
        byte[] pdf = bewaard(VerrekenstaatPdf.pdf(Verrekenstaten.staat(Verrekenstaatstatus.DEFINITIEF, posten)),
                "lang.pdf");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertTrue(d.getNumberOfPages() >= 2);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            String tweede = s.getText(d);
            assertTrue(tweede.contains("Contract Aanbieder Factuur Tarief Netto Btw Totaal"), tweede);
            assertTrue(tweede.contains("pagina 2"), tweede);
        }
        assertTrue(tekst(pdf).contains("Totaal € 6.000,00 € 1.260,00 € 7.260,00"));
    }
}
