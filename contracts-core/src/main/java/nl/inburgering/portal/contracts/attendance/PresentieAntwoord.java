package nl.inburgering.portal.contracts.attendance;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a bulk submission: one {@link PresentieResultaat} per record, in the order of the
 * request. Accepted and replaced records are stored even when others are refused.
 *
 * @param idempotencyKey the request's {@code Idempotency-Key}, or null
 * @param herhaald       true when this is the stored answer to an earlier request with the same key and
 *                       the same records: nothing was stored this time
 */
public record PresentieAntwoord(String idempotencyKey, boolean herhaald, List<PresentieResultaat> resultaten) {

    public PresentieAntwoord {
        resultaten = List.copyOf(Objects.requireNonNull(resultaten, "resultaten"));
    }

    public long geaccepteerd() {
        return tel(Verwerkingsstatus.GEACCEPTEERD);
    }

    public long vervangen() {
        return tel(Verwerkingsstatus.VERVANGEN);
    }

    public long geweigerd() {
        return tel(Verwerkingsstatus.GEWEIGERD);
    }

    private long tel(Verwerkingsstatus status) {
        return resultaten.stream().filter(r -> r.status() == status).count();
    }
}
