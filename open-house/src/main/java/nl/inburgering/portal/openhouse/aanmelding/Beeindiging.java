package nl.inburgering.portal.openhouse.aanmelding;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * An Open House contract that ends after a withdrawal: which contract, and on which date.
 *
 * <p>The placements still running on the contract after that date must be handled by the contract
 * manager (transferred, or ended with reason). Placements are not built yet: listing them from this
 * contract id and end date is left to the placements issue.
 *
 * @param verwerkt whether the contract has been ended in contracts-core already
 */
public record Beeindiging(long aanmeldingId, long contractId, ContractNumber contractNummer, LocalDate einddatum,
        boolean verwerkt) {
}
