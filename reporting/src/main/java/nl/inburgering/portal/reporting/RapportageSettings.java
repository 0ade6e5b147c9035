package nl.inburgering.portal.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings of the reporting module (STYLE.md, "Configuration": defaults in this module's
 * {@code META-INF/microprofile-config.properties}, overridden by environment variables such as
 * {@code PORTAL_REPORTING_BUDGETNORM}).
 *
 * <p>The budget norm is the default for a year that has no norm of its own; the contract manager sets one per year
 * on the forecast page. The expected hours and months of a trajectory per leerroute are the assumptions of the
 * committed cost and the forecast where the data say nothing (a PER_UUR placement without planned hours, the length
 * of a PER_MAAND trajectory).
 */
@ApplicationScoped
public class RapportageSettings {

    public static final String BUDGETNORM = "portal.reporting.budgetnorm";
    /** The Rijk's financing of the leerroute per asielmigrant: EUR 10,000. */
    public static final BigDecimal STANDAARD_BUDGETNORM = new BigDecimal("10000.00");

    @Inject
    @ConfigProperty(name = BUDGETNORM, defaultValue = "10000.00")
    BigDecimal budgetnorm;

    @Inject
    @ConfigProperty(name = "portal.reporting.uren.onderwijsroute", defaultValue = "600")
    BigDecimal urenOnderwijsroute;

    @Inject
    @ConfigProperty(name = "portal.reporting.uren.b1-route", defaultValue = "600")
    BigDecimal urenB1;

    @Inject
    @ConfigProperty(name = "portal.reporting.uren.z-route", defaultValue = "800")
    BigDecimal urenZ;

    @Inject
    @ConfigProperty(name = "portal.reporting.maanden.onderwijsroute", defaultValue = "18")
    int maandenOnderwijsroute;

    @Inject
    @ConfigProperty(name = "portal.reporting.maanden.b1-route", defaultValue = "24")
    int maandenB1;

    @Inject
    @ConfigProperty(name = "portal.reporting.maanden.z-route", defaultValue = "24")
    int maandenZ;

    /** The defaults, outside a container (benchmarks, tests). */
    public static RapportageSettings standaard() {
        RapportageSettings s = new RapportageSettings();
        s.budgetnorm = STANDAARD_BUDGETNORM;
        s.urenOnderwijsroute = new BigDecimal("600");
        s.urenB1 = new BigDecimal("600");
        s.urenZ = new BigDecimal("800");
        s.maandenOnderwijsroute = 18;
        s.maandenB1 = 24;
        s.maandenZ = 24;
        return s;
    }

    /** The budget norm per asielmigrant for a year without a norm of its own. */
    public BigDecimal budgetnorm() {
        return budgetnorm;
    }

    /** Expected hours of one trajectory on the route. */
    public Map<Leerroute, BigDecimal> trajecturen() {
        Map<Leerroute, BigDecimal> m = new EnumMap<>(Leerroute.class);
        m.put(Leerroute.ONDERWIJSROUTE, urenOnderwijsroute);
        m.put(Leerroute.B1_ROUTE, urenB1);
        m.put(Leerroute.Z_ROUTE, urenZ);
        return m;
    }

    /** Expected months of one trajectory on the route. */
    public Map<Leerroute, Integer> trajectmaanden() {
        Map<Leerroute, Integer> m = new EnumMap<>(Leerroute.class);
        m.put(Leerroute.ONDERWIJSROUTE, maandenOnderwijsroute);
        m.put(Leerroute.B1_ROUTE, maandenB1);
        m.put(Leerroute.Z_ROUTE, maandenZ);
        return m;
    }
}
