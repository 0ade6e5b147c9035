package nl.inburgering.portal.web.pages.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellenTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+31 6 1234", "-2+3", "@cmd", " =1+1", "=HYPERLINK(\"http://x\")", "\tx",
            "\r=1", "- 12", "-", "+"})
    void aCellThatStartsLikeAFormulaGetsAQuote(String cel) {
        assertEquals("'" + cel, CsvCellen.neutraliseer(cel));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1.234,56", "+3", "-12", "1.234,56", "Taalhuis Groningen B.V.",
            "AB-2026-B1-01", "mrt 2026", "50,0 %"})
    void numbersAndTextStayAsTheyAre(String cel) {
        assertEquals(cel, CsvCellen.neutraliseer(cel));
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void emptyStaysEmpty(String cel) {
        assertEquals(cel, CsvCellen.neutraliseer(cel));
    }
}
