package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;

/**
 * An evidence file as stored (OpenAPI schema {@code Bewijsstuk}): a PDF, with the SHA-256 checksum
 * of exactly the bytes received.
 *
 * @param grootte in bytes
 */
@JsonbPropertyOrder({"id", "bestandsnaam", "grootte", "sha256", "geuploadOp"})
public record BewijsstukDto(long id, String bestandsnaam, long grootte, String sha256, Instant geuploadOp) {

    static BewijsstukDto of(BewijsstukInfo b) {
        return new BewijsstukDto(b.id(), b.bestandsnaam(), b.grootte(), b.sha256(), b.geuploadOp());
    }
}
