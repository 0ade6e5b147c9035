package nl.inburgering.portal.openhouse.aanmelding;

import static nl.inburgering.portal.openhouse.InvalidInput.assertFieldsRefused;
import static nl.inburgering.portal.openhouse.InvalidInput.assertRefused;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.setId;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PdfBewijsTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    private static final long VIJF_MB = 5L * 1024 * 1024;
    private static final Instant NU = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void aPdfIsRecognisedByItsHeaderNotByItsName() {
        assertTrue(PdfBewijs.isPdf(PDF));
        assertFalse(PdfBewijs.isPdf("PK\u0003\u0004word".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(PdfBewijs.isPdf(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(PdfBewijs.isPdf("%PDF".getBytes(StandardCharsets.US_ASCII)));
        assertRefused("bewijs.geen-pdf", () -> new Bewijsstuk(1L, "erkenning.pdf",
                "<html>".getBytes(StandardCharsets.US_ASCII), VIJF_MB, NU));
    }

    @Test
    void theSizeLimitIsInclusive() {
        byte[] precies = Arrays.copyOf(PDF, (int) VIJF_MB);
        new Bewijsstuk(1L, "groot.pdf", precies, VIJF_MB, NU);
        byte[] teGroot = Arrays.copyOf(PDF, (int) VIJF_MB + 1);
        assertEquals("Het bestand is 5,1 MB; het maximum is 5 MB.",
                assertRefused("bewijs.te-groot", () -> new Bewijsstuk(1L, "groot.pdf", teGroot, VIJF_MB, NU)).message());
    }

    @Test
    void anEmptyOrNamelessFileIsRefused() {
        assertRefused("bewijs.leeg", () -> new Bewijsstuk(1L, "leeg.pdf", new byte[0], VIJF_MB, NU));
        assertFieldsRefused(Set.of("bestandsnaam", "bestand"), () -> new Bewijsstuk(1L, " / ", null, VIJF_MB, NU));
    }

    @Test
    void aStoredFileKeepsNameSizeTypeAndChecksum() {
        Bewijsstuk b = setId(new Bewijsstuk(3L, "C:\\Stukken\\WEB-erkenning.pdf", PDF, VIJF_MB, NU), 40L);
        assertEquals("WEB-erkenning.pdf", b.getBestandsnaam());
        assertEquals(PDF.length, b.getGrootte());
        assertEquals("application/pdf", b.getContentType());
        assertEquals(PdfBewijs.sha256(PDF), b.getSha256());
        assertArrayEquals(PDF, b.getInhoud());
        assertEquals(new BewijsstukInfo(40L, 3L, "WEB-erkenning.pdf", PDF.length, PdfBewijs.sha256(PDF),
                "application/pdf", NU), b.info());
    }

    @Test
    void theChecksumIsSha256InHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                PdfBewijs.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertEquals("besluit.pdf", PdfBewijs.bestandsnaam("/home/jan/besluit.pdf"));
        assertEquals("besluit.pdf", PdfBewijs.bestandsnaam("..\\..\\besluit.pdf"));
        assertEquals("besluit.pdf", PdfBewijs.bestandsnaam(" bes\u0000luit.pdf\n"));
        assertEquals(255, PdfBewijs.bestandsnaam("a".repeat(300) + ".pdf").length());
        assertTrue(PdfBewijs.bestandsnaam("a".repeat(300) + ".pdf").endsWith(".pdf"));
    }

    @Test
    void sizesReadForPeopleAndTheRefusedOneNeverEqualsTheLimit() {
        assertEquals("5 MB", PdfBewijs.grootte(VIJF_MB, RoundingMode.FLOOR));
        assertEquals("7,2 MB", PdfBewijs.grootte(7_654_321, RoundingMode.FLOOR));
        assertEquals("7,3 MB", PdfBewijs.grootte(7_654_321, RoundingMode.CEILING));
        assertEquals("800 kB", PdfBewijs.grootte(800 * 1024, RoundingMode.CEILING));
        assertEquals("1 kB", PdfBewijs.grootte(1, RoundingMode.CEILING));
    }
}
