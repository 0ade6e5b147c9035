package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * The arithmetic of the forecast (issue 8, "Forecast"), plain Java. Per route: {@code instroom x mix% / 100 x
 * cost of one trajectory}, rounded to cents HALF_UP once, at the route; the total is the sum of the rounded routes,
 * so a row adds up as shown. A route without a trajectory cost (no contract of the gemeente covers it) costs
 * nothing in the forecast; the page says so.
 */
public final class Prognoseberekening {

    private Prognoseberekening() {
    }

    public static Prognose.Regel regel(long gemeenteId, String naam, int instroom, boolean instroomStandaard,
            Routemix mix, Map<Leerroute, BigDecimal> trajectkosten) {
        if (instroom < 0) {
            throw new IllegalArgumentException("instroom " + instroom);
        }
        BigDecimal o = kosten(instroom, mix.onderwijsroute(), trajectkosten.get(Leerroute.ONDERWIJSROUTE));
        BigDecimal b = kosten(instroom, mix.b1Route(), trajectkosten.get(Leerroute.B1_ROUTE));
        BigDecimal z = kosten(instroom, mix.zRoute(), trajectkosten.get(Leerroute.Z_ROUTE));
        return new Prognose.Regel(gemeenteId, naam, instroom, instroomStandaard,
                euroOfNull(trajectkosten.get(Leerroute.ONDERWIJSROUTE)),
                euroOfNull(trajectkosten.get(Leerroute.B1_ROUTE)),
                euroOfNull(trajectkosten.get(Leerroute.Z_ROUTE)), o, b, z, o.add(b).add(z));
    }

    static BigDecimal kosten(int instroom, BigDecimal percentage, BigDecimal traject) {
        if (traject == null) {
            return Bedragen.nul();
        }
        return Bedragen.euro(BigDecimal.valueOf(instroom).multiply(percentage).multiply(traject)
                .divide(Bedragen.HONDERD));
    }

    private static BigDecimal euroOfNull(BigDecimal b) {
        return b == null ? null : Bedragen.euro(b);
    }
}
