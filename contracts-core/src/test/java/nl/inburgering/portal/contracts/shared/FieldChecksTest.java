package nl.inburgering.portal.contracts.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void collectsEveryErrorUnderTheCallersFieldNamesAndThrowsOnce() {
        FieldChecks checks = new FieldChecks();
        assertNull(checks.required("aanbieder.kvk", "123", KvkNumber::of));
        assertNull(checks.required("naam", "  ", s -> s));
        assertEquals(Iban.of("NL91ABNA0417164300"), checks.optional("iban", "NL91 ABNA 0417 1643 00", Iban::of));
        assertNull(checks.optional("oin", "", Oin::of));
        assertNull(checks.optionalText("omschrijving", "x".repeat(11), 10));
        checks.check(false, "einddatum", "volgorde", "De einddatum ligt na de startdatum.");

        InvalidInputException e = assertThrows(InvalidInputException.class, checks::throwIfAny);
        assertEquals(List.of("aanbieder.kvk", "naam", "omschrijving", "einddatum"),
                e.errors().stream().map(FieldError::field).toList());
        assertEquals("kvk.ongeldig", e.errors().get(0).code());
    }

    @Test
    void aFieldThatFailedToParseIsNotAlsoReportedAsMissing() {
        FieldChecks checks = new FieldChecks();
        Money bedrag = checks.convert("bedrag", new BigDecimal("1.001"), Money::of);
        checks.required("bedrag", bedrag);
        assertEquals(1, checks.errors().size());
        assertEquals("bedrag.decimalen", checks.errors().get(0).code());
    }

    @Test
    void nestedChecksArePrefixed() {
        FieldChecks nested = new FieldChecks();
        nested.add("bedrag", "verplicht", "Dit veld is verplicht.");
        FieldChecks checks = new FieldChecks();
        checks.addAll("tarieven[1]", nested);
        assertEquals("tarieven[1].bedrag", checks.errors().get(0).field());
    }

    @Test
    void nothingToReportThrowsNothing() {
        FieldChecks checks = new FieldChecks();
        assertEquals("Taalhuis", checks.requiredText("naam", " Taalhuis ", 100));
        assertDoesNotThrow(checks::throwIfAny);
    }
}
