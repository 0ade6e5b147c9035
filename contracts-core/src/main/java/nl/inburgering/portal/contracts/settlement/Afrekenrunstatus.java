package nl.inburgering.portal.contracts.settlement;

/** A settlement run: waiting to start, working, done (with a count of what it did) or failed (with why). */
public enum Afrekenrunstatus {
    WACHTEND, LOPEND, GEREED, MISLUKT;

    public boolean isKlaar() {
        return this == GEREED || this == MISLUKT;
    }
}
