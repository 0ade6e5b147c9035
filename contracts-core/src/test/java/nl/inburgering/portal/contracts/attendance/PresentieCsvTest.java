package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading attendance CSV files as Dutch Excel and providers' systems write them. */
class PresentieCsvTest {

    static final String KOP = "plaatsingId;datum;onderdeel;geroosterdeUren;aanwezigeUren;verzuimreden\r\n";

    static PresentieCsv.Inlezing lees(String tekst) {
        return PresentieCsv.lees(tekst.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> codes(PresentieCsv.Rij rij) {
        return rij.fouten().stream().map(FieldError::code).toList();
    }

    @Test
    void readsDutchExcelSemicolonsWithDecimalCommasAndDayMonthYearDates() {
        PresentieCsv.Inlezing in = lees(KOP
                + "12;2-3-2026;TAAL;3;2,5;ZIEK\r\n"
                + "12;02-03-2026;knm;1,75;1,75;\r\n");

        assertEquals(';', in.scheidingsteken());
        assertFalse(in.heeftFouten());
        assertEquals(List.of(
                new PresentieInvoer(12L, LocalDate.of(2026, 3, 2), Onderdeel.TAAL, new BigDecimal("3"),
                        new BigDecimal("2.5"), Verzuimreden.ZIEK),
                new PresentieInvoer(12L, LocalDate.of(2026, 3, 2), Onderdeel.KNM, new BigDecimal("1.75"),
                        new BigDecimal("1.75"), null)), in.geldig());
    }

    @Test
    void readsCommasWithQuotedDecimalCommasIsoDatesAndAByteOrderMark() {
        PresentieCsv.Inlezing in = lees("\uFEFFplaatsingId,datum,onderdeel,geroosterdeUren,aanwezigeUren,verzuimreden\n"
                + "12,2026-03-02,TAAL,\"3,0\",2.5,geoorloofd\n");

        assertEquals(',', in.scheidingsteken());
        assertEquals(List.of(new PresentieInvoer(12L, LocalDate.of(2026, 3, 2), Onderdeel.TAAL, new BigDecimal("3.0"),
                new BigDecimal("2.5"), Verzuimreden.GEOORLOOFD)), in.geldig());
    }

    @Test
    void columnsMayComeInAnyOrderInAnyCaseAndTheReasonColumnMayBeLeftOut() {
        PresentieCsv.Inlezing in = lees("Datum;PLAATSINGID;onderdeel;aanwezigeuren;geroosterdeUren\n"
                + "2026-03-02;12;MAP;1;1\n");

        assertEquals(List.of(new PresentieInvoer(12L, LocalDate.of(2026, 3, 2), Onderdeel.MAP, BigDecimal.ONE,
                BigDecimal.ONE, null)), in.geldig());
    }

    @Test
    void eachInvalidCellIsAnErrorOfItsRowWithTheRowNumberAndValidRowsStillCount() {
        PresentieCsv.Inlezing in = lees(KOP
                + "12;2026-03-02;TAAL;3;3;\r\n"
                + "\r\n"
                + "abc;31-02-2026;ZWEMMEN;3 uur;;MOE\r\n"
                + ";;;;;\r\n"
                + "13;2026-03-03;TAAL;3;3;\r\n");

        assertTrue(in.heeftFouten());
        assertEquals(3, in.rijen().size());
        PresentieCsv.Rij fout = in.rijen().get(1);
        assertEquals(4, fout.regelnummer());
        assertNull(fout.invoer());
        assertEquals(List.of("csv.id-ongeldig", "csv.datum-ongeldig", "csv.keuze", "csv.getal-ongeldig", "csv.verplicht",
                "csv.keuze"), codes(fout));
        assertEquals(List.of("plaatsingId", "datum", "onderdeel", "geroosterdeUren", "aanwezigeUren", "verzuimreden"),
                fout.fouten().stream().map(FieldError::field).toList());
        assertEquals(List.of(12L, 13L), in.geldig().stream().map(PresentieInvoer::plaatsingId).toList());
        assertEquals(6, in.rijen().get(2).regelnummer());
        assertEquals("regels[4].plaatsingId", in.fouten().get(0).field());
        // the service answers by index in geldig(): index 1 is the file's row 6
        assertEquals(6, in.regelnummer(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "@SUM(A1)", "+3+cmd", "-2+3", "=cmd|' /C calc'!A0", " =1", "\t3"})
    void aCellThatStartsLikeAFormulaIsRefused(String cel) {
        PresentieCsv.Inlezing in = lees(KOP + "12;2026-03-02;TAAL;\"" + cel + "\";3;\r\n");

        assertEquals(List.of("csv.formule"), codes(in.rijen().get(0)));
        assertEquals("geroosterdeUren", in.rijen().get(0).fouten().get(0).field());
    }

    @Test
    void aSignedNumberIsANumberNotAFormula() {
        PresentieCsv.Inlezing in = lees(KOP + "12;2026-03-02;TAAL;-1;+3;\r\n");
        // parsed; the rules refuse the negative hours later (P06)
        assertFalse(in.heeftFouten());
        assertEquals(new BigDecimal("-1"), in.geldig().get(0).geroosterdeUren());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAsAWhole() {
        byte[] latin1 = (KOP + "12;2026-03-02;TAAL;3;2;ZIEK;Müller\r\n").getBytes(StandardCharsets.ISO_8859_1);
        FieldError e = assertRefused("csv.codering", () -> PresentieCsv.lees(latin1));
        assertEquals("bestand", e.field());
    }

    @Test
    void aMissingColumnIsNamedAndAnUnknownOneRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> lees("plaatsingId;datum;uren;aanwezigeUren\n12;2026-03-02;3;3\n"));
        assertEquals(List.of("csv.onbekende-kolom", "csv.kolom-ontbreekt", "csv.kolom-ontbreekt"),
                e.errors().stream().map(FieldError::code).toList());
        assertTrue(e.errors().get(1).message().contains("onderdeel"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertRefused("csv.leeg", () -> lees(""));
        assertRefused("csv.leeg", () -> lees("\uFEFF\r\n"));
    }

    @Test
    void brokenQuotingIsRefusedAsAWhole() {
        assertRefused("csv.syntax", () -> lees(KOP + "12;\"2026-03-02\"x;TAAL;3;3;\r\n"));
    }

    @Test
    void moreThan5000RowsAreRefused() {
        StringBuilder sb = new StringBuilder(KOP);
        for (int i = 0; i < 5_001; i++) {
            sb.append("12;2026-03-02;TAAL;3;3;\r\n");
        }
        assertRefused("csv.te-veel-regels", () -> lees(sb.toString()));
        assertEquals(5_000, lees(KOP + "12;2026-03-02;TAAL;3;3;\r\n".repeat(5_000)).rijen().size());
    }

    @Test
    void theTemplateIsUtf8WithAByteOrderMarkAndReadsBackAsAnEmptyFile() {
        byte[] sjabloon = PresentieCsv.sjabloon();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(sjabloon, 3));
        PresentieCsv.Inlezing in = PresentieCsv.lees(sjabloon);
        assertEquals(List.of(), in.rijen());
        assertEquals(';', in.scheidingsteken());
    }
}
