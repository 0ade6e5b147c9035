package nl.inburgering.portal.web.api.presenties;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntToLongFunction;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.attendance.Verwerkingsstatus;

/**
 * The answer to a bulk submission (OpenAPI schema {@code PresentieAntwoord}): counts and one result per
 * record, in the order of the request.
 *
 * @param herhaald true when this is the stored answer to an earlier request with the same Idempotency-Key
 */
@JsonbPropertyOrder({"idempotencyKey", "herhaald", "geaccepteerd", "vervangen", "geweigerd", "resultaten"})
public record PresentieAntwoordDto(String idempotencyKey, boolean herhaald, long geaccepteerd, long vervangen,
        long geweigerd, List<Resultaat> resultaten) {

    /**
     * One record's result (OpenAPI schema {@code PresentieVerwerking}).
     *
     * @param index 0-based position in the request
     * @param regel the CSV row number (header is row 1); null for JSON
     */
    @JsonbPropertyOrder({"index", "regel", "status", "code", "melding", "plaatsingId", "datum", "onderdeel",
            "fouten"})
    public record Resultaat(int index, Long regel, Verwerkingsstatus status, String code, String melding,
            Long plaatsingId, LocalDate datum, Onderdeel onderdeel, List<Fout> fouten) {
    }

    /** One broken rule of a refused record (OpenAPI schema {@code PresentieFout}). */
    @JsonbPropertyOrder({"veld", "code", "melding"})
    public record Fout(String veld, String code, String melding) {
    }

    /** @param regels the CSV row number of each index, or null for JSON */
    static PresentieAntwoordDto of(PresentieAntwoord a, IntToLongFunction regels) {
        return new PresentieAntwoordDto(a.idempotencyKey(), a.herhaald(), a.geaccepteerd(), a.vervangen(),
                a.geweigerd(), a.resultaten().stream().map(r -> resultaat(r, regels)).toList());
    }

    private static Resultaat resultaat(PresentieResultaat r, IntToLongFunction regels) {
        return new Resultaat(r.index(), regels == null ? null : regels.applyAsLong(r.index()), r.status(), r.code(),
                r.melding(), r.plaatsingId(), r.datum(), r.onderdeel(),
                r.fouten().stream().map(f -> new Fout(f.field(), f.code(), f.message())).toList());
    }
}
