package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * Occupancy of one contract (eligibility rule 4).
 *
 * @param perceel     null for a contract that is not from a tendered lot
 * @param capaciteit  null is unlimited
 * @param open        open placements: GEACCEPTEERD, GESTART, ONDERBROKEN
 * @param voorgesteld proposals waiting for the provider: they reserve a place
 * @param vrij        places left (capacity minus open minus proposed); null when unlimited
 * @param geplaatst   placements counting for the fair share, over the whole term
 * @param gewicht     the weight set for the fair share; null when not set (equal shares)
 */
public record ContractBezetting(long contractId, ContractNumber contractNummer, long aanbiederId,
        ContractStatus status, Perceel perceel, Integer capaciteit, long open, long voorgesteld, Integer vrij,
        long geplaatst, BigDecimal gewicht) {

    public boolean isVol() {
        return vrij != null && vrij <= 0;
    }
}
