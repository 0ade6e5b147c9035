package nl.inburgering.portal.web.api.gemeenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.GemeenteFactuurgegevens;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.web.api.JsonRecords;
import org.junit.jupiter.api.Test;

/** The body of {@code PUT /gemeenten/{id}/factuurgegevens}: the address nested as the answer shows it. */
class FactuurgegevensInvoerTest {

    private static JsonRecords.Result<FactuurgegevensInvoer> bind(String json) {
        return JsonRecords.bind(Json.createReader(new StringReader(json)).readValue(), FactuurgegevensInvoer.class);
    }

    @Test
    void theNestedAddressReachesTheServiceAsTyped() {
        JsonRecords.Result<FactuurgegevensInvoer> r = bind("""
                {"adres": {"straat": "Grote Markt 1", "postcode": "9712hn", "plaats": "Groningen"},
                 "iban": "NL64 BNGH 0285 0017 89", "btwNummer": "NL001589623B01"}""");
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(new GemeenteFactuurgegevens("Grote Markt 1", "9712hn", "Groningen", "NL64 BNGH 0285 0017 89",
                "NL001589623B01"), r.value().gegevens());
    }

    @Test
    void whatIsLeftOutIsCleared() {
        JsonRecords.Result<FactuurgegevensInvoer> r = bind("{}");
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(new GemeenteFactuurgegevens(null, null, null, null, null), r.value().gegevens());
    }

    @Test
    void anUnknownFieldInTheAddressIsNamedWithItsPath() {
        List<FieldError> errors = bind("""
                {"adres": {"straat": "Grote Markt", "huisnummer": 1, "postcode": "9712 HN", "plaats": "Groningen"}}""")
                .errors();
        assertEquals(List.of("adres.huisnummer"), errors.stream().map(FieldError::field).toList());
    }
}
