package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A line of an invoice: for one placement and {@link Product}, for one month, tagged with the
 * placement's gemeente (DESIGN.md, "Settlement"). Either the month's own line ({@link Afrekenregel}) or a
 * correction of an earlier month ({@link Correctieregel}), as settlement computes them; or a line as it was
 * stored on an invoice ({@link GefactureerdeRegel}), which is how what was billed comes back.
 */
public sealed interface Factuurregel permits Afrekenregel, Correctieregel, GefactureerdeRegel {

    /** Lines in a stable order: month, placement, product. */
    Comparator<Factuurregel> ORDE = Comparator.comparing(Factuurregel::periode)
            .thenComparingLong(Factuurregel::plaatsingId)
            .thenComparing(Factuurregel::product);

    long plaatsingId();

    /** The inburgeraar's gemeente, fixed on the placement. */
    long gemeenteId();

    /** The inburgeraar pays personally: the line belongs on the separate zelfbetaler invoice. */
    boolean zelfbetaler();

    /** The month the line settles; for a correction, the original month it corrects. */
    YearMonth periode();

    Product product();

    /**
     * The quantity the line adds to what is billed: hours, active days or milestones (see
     * {@link Grondslag#aantal()}); negative in a correction that takes some back.
     */
    BigDecimal aantal();

    /** Rounded to cents; negative in a correction that takes money back. */
    Money bedrag();
}
