package nl.inburgering.portal.contracts.gemeente;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import org.junit.jupiter.api.Test;

/** A town hall's address as typed: all three parts or none, the post code in its canonical form. */
class AdresTest {

    @Test
    void aPostCodeIsReadAsPeopleTypeIt() {
        FieldChecks checks = new FieldChecks();
        assertEquals(new Adres("Grote Markt 1", "9712 HN", "Groningen"),
                Adres.of(checks, " Grote Markt 1 ", "9712hn", "Groningen"));
        assertEquals(new Adres("Grote Markt 1", "9712 HN", "Groningen"),
                Adres.of(checks, "Grote Markt 1", "9712 HN", "Groningen"));
        assertEquals(List.of(), checks.errors());
    }

    @Test
    void noAddressAtAllIsNone() {
        FieldChecks checks = new FieldChecks();
        assertNull(Adres.of(checks, " ", null, ""));
        assertEquals(List.of(), checks.errors());
    }

    @Test
    void aPartialOrMalformedAddressNamesEachField() {
        FieldChecks checks = new FieldChecks();
        assertNull(Adres.of(checks, "Grote Markt 1", "0712 HN", null));
        assertEquals(List.of("plaats:verplicht", "postcode:postcode.ongeldig"),
                checks.errors().stream().map(e -> e.field() + ":" + e.code()).sorted().toList());
    }
}
