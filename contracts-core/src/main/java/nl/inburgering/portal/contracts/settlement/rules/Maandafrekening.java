package nl.inburgering.portal.contracts.settlement.rules;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The outcome of settling one contract for one month: the month's own lines, the correction lines of
 * earlier months, and the two invoices they make (DESIGN.md, "Settlement"): one for the gemeenten, with
 * each gemeente's share, and a separate one for the zelfbetalers. Either invoice may be empty.
 *
 * @param regels     the month's own lines, by placement and product
 * @param correcties the correction lines, by original month, placement and product
 */
public record Maandafrekening(YearMonth maand, long contractId, List<Afrekenregel> regels,
        List<Correctieregel> correcties, Factuur gemeenten, Factuur zelfbetalers) {

    public Maandafrekening {
        Objects.requireNonNull(maand, "maand");
        regels = List.copyOf(regels);
        correcties = List.copyOf(correcties);
        Objects.requireNonNull(gemeenten, "gemeenten");
        Objects.requireNonNull(zelfbetalers, "zelfbetalers");
    }

    /** The month's lines and corrections together: what this settlement adds to what is billed. */
    public List<Factuurregel> alleRegels() {
        return Stream.concat(regels.stream(), correcties.stream()).map(Factuurregel.class::cast).toList();
    }
}
