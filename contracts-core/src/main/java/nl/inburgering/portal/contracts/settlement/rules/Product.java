package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * What an invoice line sells, at one price: the "product" of DESIGN.md's "a line per placement and
 * product". A placement has one line per product per month, and a correction is matched to what was
 * billed by (placement, month, product).
 *
 * <ul>
 * <li>{@code PER_UUR}: the hours at the rate of one tariff version. Normally one line a month; a tariff
 * version that starts within the month makes two (hours before it at the old rate, from it at the new),
 * so every line stays {@code round(hours x rate)} with one rate.</li>
 * <li>{@code PER_MAAND}: the active days at the monthly rate of one tariff version; likewise split by a
 * version that starts within the month.</li>
 * <li>{@code TRAJECT}: one milestone of the trajectory; {@link #mijlpaal()} is set for this model only.</li>
 * </ul>
 *
 * <p>A contract may price the hours of one component ({@link Onderdeel}) at a rate of its own (a tender's price
 * item "KNM per uur"): such hours are a product of their own, with {@link #onderdeel()} set.
 *
 * @param tariefGeldigVanaf the valid-from date of the tariff version that prices the line
 * @param onderdeel         {@code PER_UUR} only: the component of the rate, or null for the general rate
 */
public record Product(Betaalmodel betaalmodel, LocalDate tariefGeldigVanaf, Mijlpaal mijlpaal, Onderdeel onderdeel)
        implements Comparable<Product> {

    private static final Comparator<Product> ORDE = Comparator.comparing(Product::betaalmodel)
            .thenComparing(Product::tariefGeldigVanaf)
            .thenComparing(Product::mijlpaal, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Product::onderdeel, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Product {
        Objects.requireNonNull(betaalmodel, "betaalmodel");
        Objects.requireNonNull(tariefGeldigVanaf, "tariefGeldigVanaf");
        if ((betaalmodel == Betaalmodel.TRAJECT) != (mijlpaal != null)) {
            throw new IllegalArgumentException("a milestone belongs to, and is required for, a TRAJECT product");
        }
        if (onderdeel != null && betaalmodel != Betaalmodel.PER_UUR) {
            throw new IllegalArgumentException("a component's rate belongs to PER_UUR only");
        }
    }

    /** A product at a general rate. */
    public Product(Betaalmodel betaalmodel, LocalDate tariefGeldigVanaf, Mijlpaal mijlpaal) {
        this(betaalmodel, tariefGeldigVanaf, mijlpaal, null);
    }

    @Override
    public int compareTo(Product o) {
        return ORDE.compare(this, o);
    }
}
