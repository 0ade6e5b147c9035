package nl.inburgering.portal.contracts.contract;

/**
 * The three payment models of a tariff, the uitvoeringsvarianten of the Dutch social domain
 * (Ketenbureau i-Sociaal Domein; DESIGN.md, "Tarief").
 */
public enum Betaalmodel {
    /** Inspanningsgericht: a rate per attended hour, optionally capped per placement. */
    PER_UUR,
    /** A rate per calendar month a placement is active, pro rata by active days. */
    PER_MAAND,
    /** Outputgericht: a price per trajectory, paid in milestones that sum to 100 %. */
    TRAJECT
}
