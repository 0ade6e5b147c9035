package nl.inburgering.portal.web.api.afrekeningen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import nl.inburgering.portal.contracts.settlement.AfrekenrunView;
import nl.inburgering.portal.contracts.settlement.Afrekenrunstatus;

/**
 * A settlement run with its progress (OpenAPI schema {@code Afrekening}).
 *
 * @param maand            {@code JJJJ-MM}
 * @param voortgang        percentage of the contracts done
 * @param facturenBerekend CONCEPT invoices written
 * @param facturenBevroren invoices left alone because they were submitted or decided already
 */
@JsonbPropertyOrder({"id", "maand", "contractId", "status", "aantalContracten", "verwerkt", "voortgang",
        "facturenBerekend", "facturenBevroren", "gestartDoor", "gestartOp", "klaarOp", "melding"})
public record AfrekeningDto(long id, String maand, Long contractId, Afrekenrunstatus status, int aantalContracten,
        int verwerkt, int voortgang, int facturenBerekend, int facturenBevroren, String gestartDoor,
        Instant gestartOp, Instant klaarOp, String melding) {

    static AfrekeningDto of(AfrekenrunView v) {
        return new AfrekeningDto(v.id(), v.maand().toString(), v.contractId(), v.status(), v.aantalContracten(),
                v.verwerkt(), v.voortgang(), v.facturenBerekend(), v.facturenBevroren(), v.gestartDoor(),
                v.gestartOp(), v.klaarOp(), v.melding());
    }
}
