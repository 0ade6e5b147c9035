package nl.inburgering.portal.contracts.settlement;

/** The contract manager's verdict on one invoice line: open until decided; a rejected line is not paid. */
public enum Regelbeoordeling {
    OPEN, GOEDGEKEURD, AFGEKEURD
}
