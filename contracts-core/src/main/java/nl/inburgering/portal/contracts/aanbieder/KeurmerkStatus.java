package nl.inburgering.portal.contracts.aanbieder;

/**
 * Status of a provider's Blik op Werk keurmerk inburgering (Besluit inburgering 2021:
 * language courses for asylum migrants only at a provider holding the keurmerk).
 */
public enum KeurmerkStatus {
    /** Holds the keurmerk until its valid-until date. */
    GELDIG,
    /** Applied for and in the admission process: not yet a valid keurmerk. */
    ASPIRANT,
    /** Suspended: takes no new cursisten; running placements continue (DESIGN.md, eligibility rule 3). */
    GESCHORST,
    /** Withdrawn. */
    INGETROKKEN
}
