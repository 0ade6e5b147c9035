package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import nl.inburgering.portal.tendering.beoordeling.Loting;

/** A recorded draw (OpenAPI schema {@code Loting}). */
@JsonbPropertyOrder({"id", "perceelId", "volgorde", "toelichting", "uitgevoerdOp", "uitgevoerdDoor"})
public record LotingDto(long id, long perceelId, List<Long> volgorde, String toelichting, OffsetDateTime uitgevoerdOp,
        String uitgevoerdDoor) {

    static LotingDto of(Loting l) {
        return new LotingDto(l.getId(), l.getPerceelId(), l.getVolgorde(), l.getToelichting(),
                Tijd.nl(l.getUitgevoerdOp()), l.getUitgevoerdDoor());
    }
}
