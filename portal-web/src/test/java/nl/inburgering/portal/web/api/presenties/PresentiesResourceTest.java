package nl.inburgering.portal.web.api.presenties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** How the bulk JSON body is read: strictly typed, every error at once, a missing value left to the rules. */
class PresentiesResourceTest {

    private static List<PresentieInvoer> json(String body) {
        return PresentiesResource.json(body.getBytes(StandardCharsets.UTF_8));
    }

    private static Set<String> errors(String body) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> json(body));
        return e.errors().stream().map(f -> f.field() + "=" + f.code()).collect(Collectors.toSet());
    }

    @Test
    void readsAnArrayOfRecordsWithMissingValuesAsNull() {
        List<PresentieInvoer> records = json("[{\"plaatsingId\":7,\"datum\":\"2026-03-02\",\"onderdeel\":\"TAAL\","
                + "\"geroosterdeUren\":2.5,\"aanwezigeUren\":\"2.5\"},{\"plaatsingId\":8}]");
        assertEquals(2, records.size());
        assertEquals(new PresentieInvoer(7L, LocalDate.of(2026, 3, 2), Onderdeel.TAAL, new BigDecimal("2.5"),
                new BigDecimal("2.5"), null), records.get(0));
        assertNull(records.get(1).datum(), "a missing value is the rule P02's, not a 400");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreNamedByTheirIndex() {
        Set<String> names = errors("[{\"plaatsingId\":7},{\"plaatsingId\":\"x\",\"datum\":\"2-3-2026\",\"extra\":1},3]")
                .stream().map(s -> s.split("=")[0]).collect(Collectors.toSet());
        assertEquals(Set.of("[1].plaatsingId", "[1].datum", "[1].extra", "[2]"), names);
    }

    @Test
    void theBodyMustBeANonEmptyUtf8JsonArray() {
        assertEquals(Set.of("body=json.array"), errors("{\"presenties\":[]}"));
        assertEquals(Set.of("body=json.syntax"), errors("[{"));
        assertEquals(Set.of("body=verplicht"), errors(""));
        InvalidInputException latin1 = assertThrows(InvalidInputException.class, () -> PresentiesResource.json(
                "[{\"x\":\"\u00EB\"}]".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(List.of("json.codering"), latin1.errors().stream().map(FieldError::code).toList());
        assertEquals(Set.of("body=json.dubbel-veld"), errors("[{\"plaatsingId\":1,\"plaatsingId\":2}]").stream()
                .map(s -> "body=" + s.split("=")[1]).collect(Collectors.toSet()));
    }

    @Test
    void aMonthIsYearDashMonth() {
        assertEquals(YearMonth.of(2026, 3), PresentiesResource.maand("maand", "2026-03"));
        assertThrows(InvalidInputException.class, () -> PresentiesResource.maand("maand", "2026-13"));
        assertThrows(InvalidInputException.class, () -> PresentiesResource.maand("maand", "03-2026"));
    }
}
