package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.Toewijzingsvoorstel;

/**
 * The proposal for one referral (OpenAPI schema {@code VoorstelRegel}).
 *
 * @param contractId absent when no contract of the lot is eligible with a free place
 * @param uitleg     one Dutch sentence: why this contract, or why none
 */
@JsonbPropertyOrder({"plaatsingId", "inburgeraarId", "inburgeraarNaam", "gemeenteId", "aangemeldOp", "contractId",
        "contractNummer", "uitleg"})
public record VoorstelRegelDto(long plaatsingId, long inburgeraarId, String inburgeraarNaam, long gemeenteId,
        LocalDate aangemeldOp, Long contractId, String contractNummer, String uitleg) {

    static VoorstelRegelDto of(Toewijzingsvoorstel.Regel r) {
        return new VoorstelRegelDto(r.plaatsingId(), r.inburgeraarId(), r.inburgeraarNaam(), r.gemeenteId(),
                r.aangemeldOp(), r.contractId(), r.contractNummer() == null ? null : r.contractNummer().value(),
                r.uitleg());
    }
}
