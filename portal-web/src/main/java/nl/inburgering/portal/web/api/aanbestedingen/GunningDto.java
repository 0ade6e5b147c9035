package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The definitive award of a tender (OpenAPI schema {@code Gunning}): the contracts it created, for a
 * provider only its own.
 *
 * @param gegund   whether the tender is definitively awarded
 * @param gegundOp when; absent before the award
 */
@JsonbPropertyOrder({"aanbestedingId", "gegund", "gegundOp", "contracten"})
public record GunningDto(long aanbestedingId, boolean gegund, OffsetDateTime gegundOp,
        List<GegundContractDto> contracten) {
}
