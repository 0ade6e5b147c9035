package nl.inburgering.portal.openhouse.procedure;

/** Life cycle of an Open House procedure: {@code CONCEPT -> GEPUBLICEERD}. */
public enum ProcedureStatus {
    /** Being prepared by the contract manager; not visible outside the contract managers. */
    CONCEPT,
    /** Public, without login; every change publishes a new version (see {@link OpenHouseProcedure}). */
    GEPUBLICEERD
}
