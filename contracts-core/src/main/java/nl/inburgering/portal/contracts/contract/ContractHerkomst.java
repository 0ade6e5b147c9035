package nl.inburgering.portal.contracts.contract;

/** How a contract came about (DESIGN.md, introduction). */
public enum ContractHerkomst {
    /** Admission to an Open House procedure (onderwijsroute): no competition, fixed terms. */
    OPEN_HOUSE,
    /** Award of a lot in a tender (B1- and Z-route), after the standstill period. */
    AANBESTEDING
}
