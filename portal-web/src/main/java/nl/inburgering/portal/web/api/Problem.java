package nl.inburgering.portal.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An error answer as RFC 9457 {@code application/problem+json}, the form the Dutch API Design Rules
 * prescribe. {@code invalidParams} is only present on 400 answers and then lists every invalid field.
 *
 * @param type          a URI that identifies the kind of problem
 * @param title         short Dutch summary of the kind of problem
 * @param detail        Dutch explanation of this occurrence
 * @param instance      the request path the problem occurred on
 * @param invalidParams every invalid field, or null
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidParam> invalidParams) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input field.
     *
     * @param name   the field as the client sent it: {@code kvkNummer}, {@code tarieven[0].bedrag}, a
     *               path or query parameter ({@code aanbiederId}, {@code pagina}), or {@code body}
     * @param code   a stable, machine-readable code
     * @param reason Dutch explanation for people
     */
    @JsonbPropertyOrder({"name", "code", "reason"})
    public record InvalidParam(String name, String code, String reason) {
    }
}
