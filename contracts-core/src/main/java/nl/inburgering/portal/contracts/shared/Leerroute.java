package nl.inburgering.portal.contracts.shared;

/**
 * The three learning routes of the Wet inburgering 2021 ; the gemeente
 * decides the route in the PIP. Used by contracts, inburgeraars, procedures and tenders.
 */
public enum Leerroute {
    /** Onderwijsroute: Dutch at B1/B2 as preparation for further education; bought by Open House. */
    ONDERWIJSROUTE,
    /** B1-route: Dutch at B1 combined with participation; language part tendered. */
    B1_ROUTE,
    /** Zelfredzaamheidsroute: for whom B1 is out of reach; language part tendered. */
    Z_ROUTE
}
