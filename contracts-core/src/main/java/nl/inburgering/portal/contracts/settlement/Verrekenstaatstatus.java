package nl.inburgering.portal.contracts.settlement;

/** A gemeente's monthly statement: OPEN while invoices of the month may still be decided; DEFINITIEF frozen. */
public enum Verrekenstaatstatus {
    OPEN, DEFINITIEF
}
