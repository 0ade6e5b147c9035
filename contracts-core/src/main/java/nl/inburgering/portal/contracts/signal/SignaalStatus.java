package nl.inburgering.portal.contracts.signal;

/** {@code OPEN -> AFGEHANDELD}: the gemeente handles a signal with a remark. */
public enum SignaalStatus {
    OPEN,
    AFGEHANDELD
}
