package nl.inburgering.portal.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

class RoutemixTest {

    private static List<String> fouten(String o, String b, String z) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Routemix.van(
                o == null ? null : new BigDecimal(o), b == null ? null : new BigDecimal(b),
                z == null ? null : new BigDecimal(z)));
        return e.errors().stream().map(f -> f.field() + "=" + f.code()).toList();
    }

    @Test
    void theDefaultIsTwentySixtyTwenty() {
        assertEquals(new BigDecimal("20.00"), Routemix.STANDAARD.van(Leerroute.ONDERWIJSROUTE));
        assertEquals(new BigDecimal("60.00"), Routemix.STANDAARD.van(Leerroute.B1_ROUTE));
        assertEquals(new BigDecimal("20.00"), Routemix.STANDAARD.van(Leerroute.Z_ROUTE));
    }

    @Test
    void percentagesMustSumToExactlyHundred() {
        assertEquals(List.of("routemix=som"), fouten("20", "60", "19.99"));
        assertEquals(new BigDecimal("0.00"), Routemix.van(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.ZERO)
                .onderwijsroute());
    }

    @Test
    void everyWrongFieldIsNamed() {
        assertEquals(List.of("onderwijsroute=verplicht", "b1Route=percentage", "zRoute=percentage"),
                fouten(null, "-1", "20.001"));
        assertEquals(List.of("b1Route=percentage"), fouten("0", "100.5", "0"));
    }

}
