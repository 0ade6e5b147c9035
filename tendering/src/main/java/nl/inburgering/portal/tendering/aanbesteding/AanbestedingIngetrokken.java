package nl.inburgering.portal.tendering.aanbesteding;

/**
 * A tender was cancelled. Fired inside the cancelling transaction, so observers that must change with
 * it (a sent award decision becomes void) observe it synchronously; observers outside the module
 * should use {@code AFTER_SUCCESS}.
 */
public record AanbestedingIngetrokken(long aanbestedingId, String reden) {
}
