package nl.inburgering.portal.web.pages.aanbestedingen;

import java.time.ZoneId;
import nl.inburgering.portal.contracts.shared.Leerroute;

/** What the tender pages share. */
final class Aanbestedingen {

    /** Deadlines are Dutch moments. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** The routes that are tendered; the onderwijsroute is bought by Open House. */
    static final Leerroute[] LEERROUTES = {Leerroute.B1_ROUTE, Leerroute.Z_ROUTE};

    private Aanbestedingen() {
    }
}
