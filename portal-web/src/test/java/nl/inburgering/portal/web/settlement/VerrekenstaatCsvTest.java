package nl.inburgering.portal.web.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV of a statement opens in Dutch Excel as a table of numbers and never runs a formula. */
class VerrekenstaatCsvTest {

    private static List<CSVRecord> lees(byte[] csv) throws IOException {
        String tekst = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', tekst.charAt(0), "UTF-8 with a byte order mark, so Excel reads it as UTF-8");
        try (CSVParser p = CSVParser.parse(new StringReader(tekst.substring(1)),
                CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            return p.getRecords();
        }
    }

    @Test
    void aHeaderAndOneRowPerPostWithDutchDecimalCommas() throws IOException {
        byte[] csv = VerrekenstaatCsv.csv(Verrekenstaten.gemengd());
        List<CSVRecord> rijen = lees(csv);
        assertEquals(5, rijen.size());
        assertEquals(List.of("Verrekenstaat", "Maand", "Gemeente", "Contract", "Aanbieder", "Factuurnummer",
                "Btw-percentage", "Netto", "Btw", "Totaal"), rijen.get(0).toList());
        assertEquals(List.of("VS-2026-10-1979", "2026-10", "Eemsdelta", "AB-2026-B1-01", "Taalhuis Groningen B.V.",
                "TH-2026-0042", "21", "1234,56", "259,26", "1493,82"), rijen.get(1).toList());
        assertEquals(List.of("0", "5000,00", "0,00", "5000,00"), rijen.get(4).toList().subList(6, 10));
        String tekst = new String(csv, StandardCharsets.UTF_8);
        assertTrue(tekst.contains("\r\n"), "CRLF, as Excel writes it");
        assertFalse(tekst.contains("1.234"), "no thousands separator: Excel would read 1.234,56 only in Dutch locale");
    }

    @Test
    void aNegativeCorrectionStaysANumber() throws IOException {
        CSVRecord lingua = lees(VerrekenstaatCsv.csv(Verrekenstaten.gemengd())).get(2);
        assertEquals("LN/2026/117", lingua.get(5));
        assertEquals("-62,50", lingua.get(7));
        assertEquals("-13,13", lingua.get(8));
        assertEquals("-75,63", lingua.get(9));
    }

    @Test
    void textThatLooksLikeAFormulaIsNeutralised() throws IOException {
        CSVRecord rij = lees(VerrekenstaatCsv.csv(Verrekenstaten.gemengd())).get(3);
        assertEquals("'=1+2 Taaltrainingen", rij.get(4));
        assertEquals("'=HYPERLINK(\"x\")", rij.get(5));
        for (String s : List.of("=A1", "+31", "-x", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + s, VerrekenstaatCsv.tekst(s), s);
        }
        assertEquals("Taalhuis", VerrekenstaatCsv.tekst("Taalhuis"));
    }

    @Test
    void aStatementWithoutPostsIsTheHeaderOnly() throws IOException {
        List<CSVRecord> rijen = lees(VerrekenstaatCsv.csv(Verrekenstaten.staat(Verrekenstaatstatus.OPEN, List.of())));
        assertEquals(1, rijen.size());
    }

    @Test
    void theFileNameIsTheStatementNumber() {
        assertEquals("verrekenstaat-VS-2026-10-1979.csv", VerrekenstaatCsv.bestandsnaam(Verrekenstaten.gemengd()));
    }
}
