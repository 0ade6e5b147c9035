package nl.inburgering.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {

    @Test
    void aNumericIdIsParsed() {
        assertEquals(42L, Params.id("aanbiederId", "42"));
        assertEquals(999_999_999_999_999_999L, Params.id("aanbiederId", "999999999999999999"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-1", "+1", "1.5", "1e3", " 1", "", "12345678901234567890", "١٢"})
    void aMalformedIdIsRefusedNamingTheParameter(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Params.id("aanbiederId", raw));

        assertEquals(List.of("aanbiederId"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("id.ongeldig", e.errors().get(0).code());
    }

    @Test
    void pagingHasDefaults() {
        FieldChecks checks = new FieldChecks();
        Params.Page page = Params.Page.parse(checks, null, "");

        assertFalse(checks.hasErrors());
        assertEquals(new Params.Page(1, 20), page);
        assertEquals(0, page.first());
        assertEquals(40, new Params.Page(3, 20).first());
    }

    @Test
    void everyInvalidPagingParameterIsReported() {
        FieldChecks checks = new FieldChecks();
        Params.Page.parse(checks, "0", "101");

        assertEquals(List.of("pagina", "paginaGrootte"), checks.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void sortingAscendingOrDescendingOnAWhitelist() {
        List<String> fields = List.of("naam", "kvkNummer", "soort");

        assertEquals(new Params.Sort("naam", true), Params.Sort.parse("sorteer", null, fields, "naam"));
        assertEquals(new Params.Sort("kvkNummer", true), Params.Sort.parse("sorteer", "kvkNummer", fields, "naam"));
        assertEquals(new Params.Sort("naam", false), Params.Sort.parse("sorteer", "-naam", fields, "naam"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Params.Sort.parse("sorteer", "iban", fields, "naam"));
        assertEquals("sorteer", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("-kvkNummer"), e.errors().get(0).message());
    }

    @Test
    void choicesAndDates() {
        assertEquals(AanbiederSoort.TAALAANBIEDER, Params.choice("soort", "TAALAANBIEDER", AanbiederSoort.class));
        assertNull(Params.choice("soort", " ", AanbiederSoort.class));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Params.choice("soort", "taalaanbieder", AanbiederSoort.class));
        assertTrue(e.errors().get(0).message().contains("ONDERWIJSINSTELLING"));

        assertEquals(LocalDate.of(2026, 2, 28), Params.date("peildatum", "2026-02-28"));
        assertThrows(InvalidInputException.class, () -> Params.date("peildatum", "28-02-2026"));
        assertThrows(InvalidInputException.class, () -> Params.date("peildatum", "2026-02-30"));
    }

    @Test
    void searchTextIsLimited() {
        assertEquals("taal", Params.text("naam", "  taal "));
        assertNull(Params.text("naam", " "));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Params.text("naam", "x".repeat(Params.MAX_SEARCH_TEXT + 1)));
        assertEquals("naam", e.errors().get(0).field());
    }

    @Test
    void serviceFieldNamesAreRenamedToTheApiNames() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FieldNames.renamed(
                java.util.Map.of("lead", "centrumgemeente", "tarief", "tarieven[0]"), () -> {
                    throw new InvalidInputException(List.of(
                            new FieldError("lead", "lead.bestaat", "Groningen is al de centrumgemeente."),
                            new FieldError("tarief.bedrag", "verplicht", "Vul een bedrag in."),
                            new FieldError("leadTime", "x", "niet hernoemd")));
                }));

        assertEquals(List.of("centrumgemeente", "tarieven[0].bedrag", "leadTime"),
                e.errors().stream().map(FieldError::field).toList());
    }
}
