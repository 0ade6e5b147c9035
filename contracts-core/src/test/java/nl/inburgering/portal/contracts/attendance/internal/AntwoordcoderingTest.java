package nl.inburgering.portal.contracts.attendance.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.shared.FieldError;
import org.junit.jupiter.api.Test;

/** The stored answer of an idempotent request reads back as it was given, and the request hash. */
class AntwoordcoderingTest {

    static PresentieInvoer rec(String datum, String geroosterd, String aanwezig, Verzuimreden reden) {
        return new PresentieInvoer(7L, LocalDate.parse(datum), Onderdeel.TAAL, new BigDecimal(geroosterd),
                new BigDecimal(aanwezig), reden);
    }

    @Test
    void anAnswerReadsBackAsGivenMarkedAsARepeat() {
        List<PresentieInvoer> records = List.of(rec("2026-03-02", "3", "3", null), rec("2026-03-03", "3", "2", null),
                rec("2026-03-04", "3", "3", null));
        PresentieAntwoord antwoord = new PresentieAntwoord("k", false, List.of(
                PresentieResultaat.opgeslagen(0, records.get(0), false),
                PresentieResultaat.geweigerd(1, records.get(1), List.of(
                        new FieldError("verzuimreden", "P09", "Geef de verzuimreden; met een\ttab en\nregel."),
                        new FieldError("datum", "P11", "De maand 2026-03 is afgesloten."))),
                PresentieResultaat.opgeslagen(2, records.get(2), true)));

        String opgeslagen = Antwoordcodering.schrijf(antwoord);
        PresentieAntwoord terug = Antwoordcodering.lees(opgeslagen, "k", records);

        assertTrue(terug.herhaald());
        assertEquals(antwoord.resultaten().get(0), terug.resultaten().get(0));
        assertEquals(antwoord.resultaten().get(2), terug.resultaten().get(2));
        assertEquals("P09", terug.resultaten().get(1).code());
        assertEquals(List.of("verzuimreden", "datum"), terug.resultaten().get(1).fouten().stream()
                .map(FieldError::field).toList());
        assertEquals("Geef de verzuimreden; met een tab en regel.", terug.resultaten().get(1).melding());
        // a few bytes per stored record
        assertTrue(opgeslagen.startsWith("A\nW\t"));
        assertTrue(opgeslagen.endsWith("V\n"));
    }

    @Test
    void theHashIsOfTheRecordsNotOfHowTheNumbersWereWritten() {
        String a = PresentieVerwerking.hash(List.of(rec("2026-03-02", "3", "2.5", Verzuimreden.ZIEK)));
        assertEquals(a, PresentieVerwerking.hash(List.of(rec("2026-03-02", "3.00", "2.50", Verzuimreden.ZIEK))));
        assertNotEquals(a, PresentieVerwerking.hash(List.of(rec("2026-03-02", "3", "2.25", Verzuimreden.ZIEK))));
        assertNotEquals(a, PresentieVerwerking.hash(List.of(rec("2026-03-02", "3", "2.5", Verzuimreden.GEOORLOOFD))));
        assertEquals(64, a.length());
    }
}
