package nl.inburgering.portal.contracts.attendance;

/** The outcome of an exam component. */
public enum Uitslag {
    GEHAALD,
    NIET_GEHAALD
}
