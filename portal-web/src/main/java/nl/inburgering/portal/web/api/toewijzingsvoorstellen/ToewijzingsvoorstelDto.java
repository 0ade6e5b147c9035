package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.inburgering.portal.contracts.placement.ContractBezetting;
import nl.inburgering.portal.contracts.placement.Toewijzingsvoorstel;

/**
 * A fair-share proposal (OpenAPI schema {@code Toewijzingsvoorstel}): a line per referral, in referral
 * order, and the occupancy of the lot's contracts before the proposal. Nothing is stored.
 */
@JsonbPropertyOrder({"aanbesteding", "perceel", "regels", "contracten"})
public record ToewijzingsvoorstelDto(String aanbesteding, String perceel, List<VoorstelRegelDto> regels,
        List<ContractBezettingDto> contracten) {

    static ToewijzingsvoorstelDto of(Toewijzingsvoorstel v, List<ContractBezetting> bezetting) {
        return new ToewijzingsvoorstelDto(v.perceel().aanbesteding(), v.perceel().perceel(),
                v.regels().stream().map(VoorstelRegelDto::of).toList(),
                bezetting.stream().map(ContractBezettingDto::of).toList());
    }
}
