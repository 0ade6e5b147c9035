package nl.inburgering.portal.contracts.settlement.rules;

/**
 * Which of a contract's two invoices for a month (DESIGN.md, "Settlement": zelfbetaler placements are
 * invoiced separately and never appear in a gemeente's share).
 */
public enum Factuursoort {
    /** The placements paid by the gemeenten, split into per-gemeente shares. */
    GEMEENTEN,
    /** The placements of inburgeraars who pay personally; no gemeente shares. */
    ZELFBETALERS
}
