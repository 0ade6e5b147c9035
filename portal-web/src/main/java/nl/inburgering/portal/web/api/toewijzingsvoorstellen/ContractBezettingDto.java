package nl.inburgering.portal.web.api.toewijzingsvoorstellen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.placement.ContractBezetting;

/**
 * Occupancy of one contract of the lot (OpenAPI schema {@code ContractBezetting}).
 *
 * @param capaciteit  absent: no maximum
 * @param open        open placements (GEACCEPTEERD, GESTART, ONDERBROKEN)
 * @param voorgesteld proposals waiting for the provider; they reserve a place
 * @param vrij        places left; absent without maximum
 * @param geplaatst   placements counting for the fair share over the whole term
 * @param gewicht     the contract's weight in the lot's fair share; absent: equal shares
 */
@JsonbPropertyOrder({"contractId", "contractNummer", "aanbiederId", "status", "capaciteit", "open", "voorgesteld",
        "vrij", "geplaatst", "gewicht"})
public record ContractBezettingDto(long contractId, String contractNummer, long aanbiederId, ContractStatus status,
        Integer capaciteit, long open, long voorgesteld, Integer vrij, long geplaatst, BigDecimal gewicht) {

    public static ContractBezettingDto of(ContractBezetting b) {
        return new ContractBezettingDto(b.contractId(), b.contractNummer().value(), b.aanbiederId(), b.status(),
                b.capaciteit(), b.open(), b.voorgesteld(), b.vrij(), b.geplaatst(), b.gewicht());
    }
}
