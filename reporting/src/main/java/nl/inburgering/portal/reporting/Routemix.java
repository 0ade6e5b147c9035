package nl.inburgering.portal.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * The share of each leerroute in the expected inflow, in percent (0 to 100, at most two decimals, summing to
 * exactly 100). Default 20 % onderwijsroute, 60 % B1-route, 20 % Z-route.
 */
public record Routemix(BigDecimal onderwijsroute, BigDecimal b1Route, BigDecimal zRoute) {

    public static final Routemix STANDAARD = new Routemix(new BigDecimal("20.00"), new BigDecimal("60.00"),
            new BigDecimal("20.00"));

    /** A valid mix, or {@link InvalidInputException} naming each field that is wrong. */
    public static Routemix van(BigDecimal onderwijsroute, BigDecimal b1Route, BigDecimal zRoute) {
        List<FieldError> fouten = new ArrayList<>();
        check(fouten, "onderwijsroute", onderwijsroute);
        check(fouten, "b1Route", b1Route);
        check(fouten, "zRoute", zRoute);
        if (fouten.isEmpty() && onderwijsroute.add(b1Route).add(zRoute).compareTo(Bedragen.HONDERD) != 0) {
            fouten.add(new FieldError("routemix", "som", "De percentages tellen op tot 100."));
        }
        if (!fouten.isEmpty()) {
            throw new InvalidInputException(fouten);
        }
        return new Routemix(onderwijsroute.setScale(2), b1Route.setScale(2), zRoute.setScale(2));
    }

    private static void check(List<FieldError> fouten, String veld, BigDecimal p) {
        if (p == null) {
            fouten.add(new FieldError(veld, "verplicht", "Vul een percentage in."));
        } else if (p.signum() < 0 || p.compareTo(Bedragen.HONDERD) > 0 || p.stripTrailingZeros().scale() > 2) {
            fouten.add(new FieldError(veld, "percentage",
                    "Een percentage van 0 tot en met 100, hoogstens twee decimalen."));
        }
    }

    public BigDecimal van(Leerroute route) {
        return switch (route) {
            case ONDERWIJSROUTE -> onderwijsroute;
            case B1_ROUTE -> b1Route;
            case Z_ROUTE -> zRoute;
        };
    }
}
