package nl.inburgering.portal.contracts.contract;

/**
 * Milestones of a {@link Betaalmodel#TRAJECT} tariff, in the order they are reached
 * (DESIGN.md, "Settlement": START on the actual start date, HALVERWEGE when the attended hours reach
 * half the planned hours, AFRONDING when the placement is completed).
 */
public enum Mijlpaal {
    START,
    HALVERWEGE,
    AFRONDING
}
