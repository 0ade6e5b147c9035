package nl.inburgering.portal.contracts.placement;

import java.util.List;

/**
 * Occupancy of a tendered lot: the sum over its contracts.
 *
 * @param capaciteit null when any contract of the lot is unlimited
 * @param vrij       null when unlimited
 */
public record PerceelBezetting(Perceel perceel, Integer capaciteit, long open, long voorgesteld, Integer vrij,
        List<ContractBezetting> contracten) {

    public PerceelBezetting {
        contracten = List.copyOf(contracten);
    }
}
