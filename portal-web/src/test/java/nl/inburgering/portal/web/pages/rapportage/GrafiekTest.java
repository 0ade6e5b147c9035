package nl.inburgering.portal.web.pages.rapportage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrafiekTest {

    private static JsonObject parse(String json) {
        try (var r = Json.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }

    @Test
    void aStackedBarChartInTheChartJsConfigurationFormat() {
        JsonObject c = parse(Grafiek.staaf(List.of("jan", "feb")).gestapeld().eenheid("€")
                .reeks("B1-route", List.of(new BigDecimal("1200.00"), BigDecimal.ZERO))
                .reeks("Z-route", Arrays.asList(null, new BigDecimal("696.77"))).json());
        assertEquals("bar", c.getString("type"));
        assertEquals(List.of("jan", "feb"), c.getJsonObject("data").getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        var sets = c.getJsonObject("data").getJsonArray("datasets");
        assertEquals(2, sets.size());
        assertEquals(1200.00, sets.getJsonObject(0).getJsonArray("data").getJsonNumber(0).doubleValue());
        assertTrue(sets.getJsonObject(1).getJsonArray("data").isNull(0));
        assertTrue(c.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
        assertFalse(c.getJsonObject("options").getBoolean("maintainAspectRatio"));
    }

    @Test
    void aHorizontalBarChartPutsTheValuesOnTheXAxis() {
        JsonObject c = parse(Grafiek.staaf(List.of("AB-1")).horizontaal().max(100).kleurenPerLabel()
                .reeks("Bezetting", List.of(new BigDecimal("30.0"))).json());
        assertEquals("y", c.getJsonObject("options").getString("indexAxis"));
        assertEquals(100, c.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max"));
        assertFalse(c.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend").getBoolean("display"));
    }
}
