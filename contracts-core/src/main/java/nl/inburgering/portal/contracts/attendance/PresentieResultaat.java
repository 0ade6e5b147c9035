package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldError;

/**
 * The answer for one submitted record: its position in the request, what happened, and for a refusal
 * the first rule broken ({@link Presentieregel} code and Dutch message) with every failure in
 * {@link #fouten()}. The key (placement, date, component) is echoed as submitted, so a provider's system
 * can match the answer without counting.
 *
 * @param index  0-based position in the request (the CSV's row number is the web layer's)
 * @param code   null unless refused
 * @param melding null unless refused
 * @param fouten empty unless refused; each with the field, the rule's code and the message
 */
public record PresentieResultaat(int index, Verwerkingsstatus status, String code, String melding, Long plaatsingId,
        LocalDate datum, Onderdeel onderdeel, List<FieldError> fouten) {

    public PresentieResultaat {
        Objects.requireNonNull(status, "status");
        fouten = List.copyOf(fouten);
        if (status == Verwerkingsstatus.GEWEIGERD && fouten.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one rule");
        }
    }

    /** A stored record: GEACCEPTEERD, or VERVANGEN when it replaced an earlier one. */
    public static PresentieResultaat opgeslagen(int index, PresentieInvoer in, boolean vervangen) {
        return new PresentieResultaat(index, vervangen ? Verwerkingsstatus.VERVANGEN : Verwerkingsstatus.GEACCEPTEERD,
                null, null, in.plaatsingId(), in.datum(), in.onderdeel(), List.of());
    }

    /** A refused record; the first failure is its code and message. */
    public static PresentieResultaat geweigerd(int index, PresentieInvoer in, List<FieldError> fouten) {
        return new PresentieResultaat(index, Verwerkingsstatus.GEWEIGERD, fouten.get(0).code(),
                fouten.get(0).message(), in.plaatsingId(), in.datum(), in.onderdeel(), fouten);
    }
}
