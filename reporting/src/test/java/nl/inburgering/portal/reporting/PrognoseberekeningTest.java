package nl.inburgering.portal.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

class PrognoseberekeningTest {

    private static Map<Leerroute, BigDecimal> kosten(String o, String b1, String z) {
        Map<Leerroute, BigDecimal> m = new EnumMap<>(Leerroute.class);
        if (o != null) {
            m.put(Leerroute.ONDERWIJSROUTE, new BigDecimal(o));
        }
        if (b1 != null) {
            m.put(Leerroute.B1_ROUTE, new BigDecimal(b1));
        }
        if (z != null) {
            m.put(Leerroute.Z_ROUTE, new BigDecimal(z));
        }
        return m;
    }

    @Test
    void inflowSplitByTheMixTimesTheCostOfOneTrajectoryPerRoute() {
        Prognose.Regel r = Prognoseberekening.regel(1, "Eemsdelta", 40, false, Routemix.STANDAARD,
                kosten("12500.00", "29040.00", "23232.00"));
        assertEquals(new BigDecimal("100000.00"), r.kostenOnderwijsroute());
        assertEquals(new BigDecimal("696960.00"), r.kostenB1Route());
        assertEquals(new BigDecimal("185856.00"), r.kostenZRoute());
        assertEquals(new BigDecimal("982816.00"), r.totaal());
    }

    @Test
    void eachRouteIsRoundedOnceAndTheTotalIsTheSumOfTheRoundedRoutes() {
        // 7 x 33.33 % x 1000.005 = 2333.1116655; 7 x 33.34 % x 1000.005 = 2333.811669
        Routemix mix = Routemix.van(new BigDecimal("33.33"), new BigDecimal("33.33"), new BigDecimal("33.34"));
        Prognose.Regel r = Prognoseberekening.regel(1, "X", 7, true, mix, kosten("1000.005", "1000.005", "1000.005"));
        assertEquals(new BigDecimal("2333.11"), r.kostenOnderwijsroute());
        assertEquals(new BigDecimal("2333.81"), r.kostenZRoute());
        assertEquals(r.kostenOnderwijsroute().add(r.kostenB1Route()).add(r.kostenZRoute()), r.totaal());
        assertEquals(new BigDecimal("1000.01"), r.trajectB1Route());
    }

    @Test
    void aRouteWithoutAContractCostsNothingAndSaysSo() {
        Prognose.Regel r = Prognoseberekening.regel(1, "X", 10, true, Routemix.STANDAARD, kosten(null, "100", null));
        assertNull(r.trajectOnderwijsroute());
        assertEquals(new BigDecimal("0.00"), r.kostenOnderwijsroute());
        assertEquals(new BigDecimal("600.00"), r.totaal());
    }

    @Test
    void noInflowNoCostAndNegativeInflowIsAProgrammingError() {
        assertEquals(new BigDecimal("0.00"), Prognoseberekening.regel(1, "X", 0, true, Routemix.STANDAARD,
                kosten("1", "1", "1")).totaal());
        assertThrows(IllegalArgumentException.class, () -> Prognoseberekening.regel(1, "X", -1, true,
                Routemix.STANDAARD, kosten("1", "1", "1")));
    }
}
