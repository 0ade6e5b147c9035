package nl.inburgering.portal.contracts.placement;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.ContractNumber;

/**
 * A fair-share proposal for a batch of referrals in one lot, in the order it was made (referral date).
 * Nothing is placed until the contract manager confirms it ({@link ToewijzingService#bevestig}),
 * as proposed or changed.
 */
public record Toewijzingsvoorstel(Perceel perceel, List<Regel> regels) {

    public Toewijzingsvoorstel {
        regels = List.copyOf(regels);
    }

    /**
     * The proposal for one referral.
     *
     * @param contractId null when no contract is eligible with free capacity
     * @param uitleg     one line of Dutch: why this contract, or why none
     */
    public record Regel(long plaatsingId, long inburgeraarId, String inburgeraarNaam, long gemeenteId,
            LocalDate aangemeldOp, Long contractId, ContractNumber contractNummer, String uitleg) {
    }

    /** The lines with a contract, as the confirmation takes them. */
    public List<Toewijzing> toewijzingen() {
        return regels.stream()
                .filter(r -> r.contractId() != null)
                .map(r -> new Toewijzing(r.plaatsingId(), r.contractId()))
                .toList();
    }
}
