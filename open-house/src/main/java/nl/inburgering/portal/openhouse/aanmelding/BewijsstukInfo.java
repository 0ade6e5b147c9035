package nl.inburgering.portal.openhouse.aanmelding;

import java.time.Instant;

/** What a list shows of an evidence file, without its bytes. */
public record BewijsstukInfo(long id, long aanmeldingId, String bestandsnaam, long grootte, String sha256,
        String contentType, Instant geuploadOp) {
}
