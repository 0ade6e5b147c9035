package nl.inburgering.portal.contracts.shared;

/**
 * The component of the course an attendance record is for (DESIGN.md, "Presentie"): one record per
 * placement, date and component.
 */
public enum Onderdeel {
    /** Language lessons. */
    TAAL,
    /** Kennis van de Nederlandse Maatschappij. */
    KNM,
    /** Module Arbeidsmarkt en Participatie. */
    MAP,
    /** Participation (work placement, volunteering). */
    PARTICIPATIE
}
