package nl.inburgering.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.contracten.ContractInvoer;
import nl.inburgering.portal.web.api.gemeenten.GemeenteInvoer;
import org.junit.jupiter.api.Test;

class JsonRecordsTest {

    private static final String CONTRACT = """
            {"contractNummer": "AB-2026-B1-01", "aanbiederId": 3, "herkomst": "AANBESTEDING",
             "herkomstReferentie": "AB-2026-01", "perceel": "B1 Noord", "leerroutes": ["B1_ROUTE"],
             "gemeenteIds": [1, 2], "startdatum": "2026-01-01", "einddatum": "2027-12-31", "verlengopties": 2,
             "btwTarief": "NUL", "geoorloofdVerzuimDeclarabel": true,
             "tarieven": [{"geldigVanaf": "2026-01-01", "betaalmodel": "TRAJECT", "bedrag": "9500.00",
                           "mijlpalen": {"START": 40, "HALVERWEGE": 40, "AFRONDING": "20"}}]}
            """;

    private static JsonValue json(String s) {
        return Json.createReader(new StringReader(s)).readValue();
    }

    @Test
    void aValidBodyIsBoundToTheRecord() {
        JsonRecords.Result<ContractInvoer> r = JsonRecords.bind(json(CONTRACT), ContractInvoer.class);

        assertEquals(List.of(), r.errors());
        ContractInvoer c = r.value();
        assertEquals("AB-2026-B1-01", c.contractNummer());
        assertEquals(3L, c.aanbiederId());
        assertEquals(Set.of(Leerroute.B1_ROUTE), c.leerroutes());
        assertEquals(Set.of(1L, 2L), c.gemeenteIds());
        assertEquals(LocalDate.of(2027, 12, 31), c.einddatum());
        assertEquals(BtwTarief.NUL, c.btwTarief());
        assertNull(c.capaciteit());
        assertEquals(Betaalmodel.TRAJECT, c.tarieven().get(0).betaalmodel());
        assertEquals(new BigDecimal("9500.00"), c.tarieven().get(0).bedrag());
        assertEquals(Map.of(Mijlpaal.START, new BigDecimal("40"), Mijlpaal.HALVERWEGE, new BigDecimal("40"),
                Mijlpaal.AFRONDING, new BigDecimal("20")), c.tarieven().get(0).mijlpalen());
    }

    @Test
    void everyStructuralErrorIsReportedAtOnce() {
        String body = """
                {"contractNummer": 12, "aanbiederId": "drie", "herkomst": "OPENHOUSE", "looptijd": 3,
                 "leerroutes": "B1_ROUTE", "gemeenteIds": [1, 2.5], "startdatum": "01-01-2026",
                 "capaciteit": 99999999999, "geoorloofdVerzuimDeclarabel": "ja",
                 "tarieven": [{"geldigVanaf": "2026-01-01", "betaalmodel": "PER_UUR", "bedrag": "tien",
                               "mijlpalen": {"BEGIN": 100}, "korting": 5}]}
                """;

        JsonRecords.Result<ContractInvoer> r = JsonRecords.bind(json(body), ContractInvoer.class);

        assertEquals(Map.ofEntries(
                Map.entry("contractNummer", "json.type"),
                Map.entry("aanbiederId", "json.type"),
                Map.entry("herkomst", "json.keuze"),
                Map.entry("looptijd", "json.onbekend-veld"),
                Map.entry("leerroutes", "json.type"),
                Map.entry("gemeenteIds[1]", "json.type"),
                Map.entry("startdatum", "json.datum"),
                Map.entry("capaciteit", "json.bereik"),
                Map.entry("geoorloofdVerzuimDeclarabel", "json.type"),
                Map.entry("tarieven[0].bedrag", "json.type"),
                Map.entry("tarieven[0].mijlpalen.BEGIN", "json.keuze"),
                Map.entry("tarieven[0].korting", "json.onbekend-veld")), byField(r.errors()));
        assertTrue(r.errors().stream().filter(e -> e.field().equals("herkomst")).findFirst().orElseThrow()
                .message().contains("OPEN_HOUSE, AANBESTEDING"));
    }

    @Test
    void theBodyMustBeAnObject() {
        assertEquals(Map.of("body", "json.type"),
                byField(JsonRecords.bind(json("[1]"), GemeenteInvoer.class).errors()));
        assertEquals(Map.of("body", "verplicht"),
                byField(JsonRecords.bind(JsonValue.NULL, GemeenteInvoer.class).errors()));
    }

    @Test
    void syntaxErrorsDuplicateKeysAndEmptyBodiesAreRefused() {
        InvalidInputException syntax = assertThrows(InvalidInputException.class,
                () -> JsonRecordReader.parse(bytes("{\"naam\": \"Veendam\",\n \"cbsCode\": }")));
        assertEquals("json.syntax", syntax.errors().get(0).code());
        assertTrue(syntax.errors().get(0).message().contains("regel 2"), syntax.errors().get(0).message());

        InvalidInputException duplicate = assertThrows(InvalidInputException.class,
                () -> JsonRecordReader.parse(bytes("{\"naam\": \"Veendam\", \"naam\": \"Pekela\"}")));
        assertEquals(Map.of("naam", "json.dubbel-veld"), byField(duplicate.errors()));
        InvalidInputException nested = assertThrows(InvalidInputException.class, () -> JsonRecordReader.parse(
                bytes("{\"tarieven\": [{\"bedrag\": 1}, {\"bedrag\": 1, \"x\": {}, \"bedrag\": 2}]}")));
        assertEquals(Map.of("tarieven[1].bedrag", "json.dubbel-veld"), byField(nested.errors()));
        assertEquals(List.of(1, 2), JsonRecordReader.parse(bytes("[1, 2]")).asJsonArray().stream()
                .map(v -> ((jakarta.json.JsonNumber) v).intValue()).toList());

        assertThrows(InvalidInputException.class, () -> JsonRecordReader.parse(bytes("{\"naam\": 1} trailing")));

        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> JsonRecordReader.parse(bytes(" \n")));
        assertEquals("verplicht", empty.errors().get(0).code());
    }

    @Test
    void typeErrorsAndConstraintViolationsComeInOneAnswer() {
        // a validator that finds naam missing and cbsCode too long; cbsCode also has a type error already
        Validator validator = validator(Set.of(
                Violations.violation("Dit veld is verplicht.", Violations.notNull(),
                        Violations.node(ElementKind.PROPERTY, "naam")),
                Violations.violation("Dit veld is verplicht.", Violations.notNull(),
                        Violations.node(ElementKind.PROPERTY, "cbsCode"))));
        JsonRecordReader reader = JsonRecordReader.withValidator(validator);

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> reader.read(bytes("{\"cbsCode\": 14, \"centrumgemeente\": \"ja\"}"), GemeenteInvoer.class));

        assertEquals(Map.of("cbsCode", "json.type", "centrumgemeente", "json.type", "naam", "verplicht"),
                byField(e.errors()));
    }

    private static Validator validator(Set<ConstraintViolation<?>> violations) {
        return (Validator) Proxy.newProxyInstance(JsonRecordsTest.class.getClassLoader(),
                new Class<?>[] {Validator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("validate")) {
                        return violations;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> byField(List<FieldError> errors) {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        for (FieldError e : errors) {
            m.put(e.field(), e.code());
        }
        assertEquals(errors.size(), m.size(), () -> "one error per field: " + errors);
        return m;
    }
}
