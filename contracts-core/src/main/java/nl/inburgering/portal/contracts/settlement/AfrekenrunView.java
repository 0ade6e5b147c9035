package nl.inburgering.portal.contracts.settlement;

import java.time.Instant;
import java.time.YearMonth;

/** A settlement run as pages and the API show it, with its progress. */
public record AfrekenrunView(long id, YearMonth maand, Long contractId, Afrekenrunstatus status, int aantalContracten,
        int verwerkt, int voortgang, int facturenBerekend, int facturenBevroren, String gestartDoor, Instant gestartOp,
        Instant klaarOp, String melding) {

    static AfrekenrunView van(Afrekenrun r) {
        return new AfrekenrunView(r.getId(), r.getMaand(), r.getContractId(), r.getStatus(), r.getAantalContracten(),
                r.getVerwerkt(), r.getVoortgang(), r.getFacturenBerekend(), r.getFacturenBevroren(), r.getGestartDoor(),
                r.getGestartOp(), r.getKlaarOp(), r.getMelding());
    }

    public boolean isKlaar() {
        return status.isKlaar();
    }
}
