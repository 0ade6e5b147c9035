package nl.inburgering.portal.contracts.attendance;

/** Language levels of the Common European Framework used in the inburgering routes (Z-route to B1, and B2). */
public enum Taalniveau {
    A1,
    A2,
    B1,
    B2
}
