package nl.inburgering.portal.contracts.attendance;

/** What happened to one submitted attendance record. */
public enum Verwerkingsstatus {
    /** Stored; there was no record for this placement, date and component. */
    GEACCEPTEERD,
    /** Stored in place of the earlier record for this placement, date and component. */
    VERVANGEN,
    /** Not stored; the result names the rule ({@link Presentieregel}) and why. */
    GEWEIGERD;

    public boolean isOpgeslagen() {
        return this != GEWEIGERD;
    }
}
