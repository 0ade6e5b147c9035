package nl.inburgering.portal.contracts.contract;

/** Life cycle of a contract: {@code ACTIEF <-> OPGESCHORT}, both {@code -> BEEINDIGD}. */
public enum ContractStatus {
    /** In force: takes new placements between its start and end date. */
    ACTIEF,
    /** Suspended by the contract manager: no new placements until resumed. */
    OPGESCHORT,
    /** Ended early (withdrawal, termination); final. */
    BEEINDIGD
}
