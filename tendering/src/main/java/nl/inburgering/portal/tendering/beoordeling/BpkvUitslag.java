package nl.inburgering.portal.tendering.beoordeling;

import java.util.List;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * The BPKV table of one lot, as {@link BpkvScorer} computes it: the valid bids in rank order, then
 * the excluded bids with their reasons.
 *
 * @param laagsteGeldigePrijs     the lowest evaluation price among the valid bids; null when there are none
 * @param regels                  valid bids by rank, then excluded bids by name
 * @param onbeslisteGelijkspelen  groups of bid ids equal in total and quality points without a recorded draw
 */
public record BpkvUitslag(int aantalWinnaars, Money laagsteGeldigePrijs, List<BpkvRegel> regels,
        List<List<Long>> onbeslisteGelijkspelen) {

    public BpkvUitslag {
        regels = List.copyOf(regels);
        onbeslisteGelijkspelen = onbeslisteGelijkspelen.stream().map(List::copyOf).toList();
    }

    /** Final: every valid bid fully scored and every tie decided. */
    public boolean isCompleet() {
        return onbeslisteGelijkspelen.isEmpty() && geldige().stream().allMatch(BpkvRegel::volledigGescoord);
    }

    /** The valid bids, by rank. */
    public List<BpkvRegel> geldige() {
        return regels.stream().filter(r -> !r.isUitgesloten()).toList();
    }

    public List<BpkvRegel> uitgesloten() {
        return regels.stream().filter(BpkvRegel::isUitgesloten).toList();
    }

    /** The winning bids, by rank: at most the lot's number of winners. */
    public List<BpkvRegel> winnaars() {
        return regels.stream().filter(BpkvRegel::winnaar).toList();
    }

    public Optional<BpkvRegel> regel(long inschrijvingId) {
        return regels.stream().filter(r -> r.inschrijvingId() == inschrijvingId).findFirst();
    }
}
