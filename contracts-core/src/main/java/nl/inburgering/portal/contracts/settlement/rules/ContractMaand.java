package nl.inburgering.portal.contracts.settlement.rules;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the settlement of one contract for one month needs (DESIGN.md, "Settlement": monthly, per
 * contract): the month, the contract's terms, its placements with their dates and attendance, what was
 * already billed, and the approved attendance corrections of months already settled.
 *
 * @param plaatsingen       every placement of the contract that can bill in this month or has a correction:
 *                          in practice those active at some time in the month, and those named in
 *                          {@code correcties}; kept in order of id
 * @param reedsGefactureerd the lines of the contract's frozen invoices (see {@link ReedsGefactureerd})
 * @param correcties        approved attendance corrections; a correction of this month or a later one is
 *                          not needed (this month is computed from the attendance as it is) and is ignored
 */
public record ContractMaand(YearMonth maand, Contractvoorwaarden contract, List<PlaatsingFeiten> plaatsingen,
        ReedsGefactureerd reedsGefactureerd, List<Correctieverzoek> correcties) {

    public ContractMaand {
        Objects.requireNonNull(maand, "maand");
        Objects.requireNonNull(contract, "contract");
        plaatsingen = plaatsingen.stream().sorted(Comparator.comparingLong(PlaatsingFeiten::plaatsingId)).toList();
        reedsGefactureerd = reedsGefactureerd == null ? ReedsGefactureerd.NIETS : reedsGefactureerd;
        correcties = correcties == null ? List.of() : List.copyOf(correcties);
        Set<Long> ids = new HashSet<>();
        for (PlaatsingFeiten p : plaatsingen) {
            if (!ids.add(p.plaatsingId())) {
                throw new IllegalArgumentException("placement " + p.plaatsingId() + " is given twice");
            }
        }
        for (Correctieverzoek c : correcties) {
            if (!ids.contains(c.plaatsingId())) {
                throw new IllegalArgumentException("a correction for placement " + c.plaatsingId()
                        + ", which is not among the placements given");
            }
        }
    }

    /** A month without corrections. */
    public ContractMaand(YearMonth maand, Contractvoorwaarden contract, List<PlaatsingFeiten> plaatsingen,
            ReedsGefactureerd reedsGefactureerd) {
        this(maand, contract, plaatsingen, reedsGefactureerd, List.of());
    }
}
