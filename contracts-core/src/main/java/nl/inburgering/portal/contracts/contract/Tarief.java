package nl.inburgering.portal.contracts.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * One version of a contract's tariff, valid from a date until the next version starts (DESIGN.md,
 * "Contract": tariffs are versioned by valid-from date for the yearly indexation). Part of the
 * {@link Contract} aggregate and immutable once made: a new price is a new version.
 *
 * <p>The payment model (DESIGN.md, "Tarief") decides what {@link #getBedrag()} means:
 * <ul>
 * <li>{@link Betaalmodel#PER_UUR}: the rate per attended hour, with an optional cap of billable hours
 * per placement (e.g. 800 language hours in the Z-route);</li>
 * <li>{@link Betaalmodel#PER_MAAND}: the rate per active calendar month;</li>
 * <li>{@link Betaalmodel#TRAJECT}: the trajectory price, paid in milestones whose percentages sum to
 * exactly 100, e.g. START 40, HALVERWEGE 40, AFRONDING 20.</li>
 * </ul>
 */
@Entity
@Table(name = "tarief")
public class Tarief {

    static final int MAX_OMSCHRIJVING = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(name = "geldig_vanaf", nullable = false)
    private LocalDate geldigVanaf;

    @Enumerated(EnumType.STRING)
    @Column(name = "betaalmodel", nullable = false, length = 20)
    private Betaalmodel betaalmodel;

    @Column(name = "bedrag", nullable = false, precision = 19, scale = 2)
    private Money bedrag;

    @Column(name = "max_uren_per_plaatsing", precision = 7, scale = 2)
    private BigDecimal maxUrenPerPlaatsing;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tarief_mijlpaal", joinColumns = @JoinColumn(name = "tarief_id"))
    private List<MijlpaalAandeel> mijlpalen = new ArrayList<>();

    @Column(name = "omschrijving", length = MAX_OMSCHRIJVING)
    private String omschrijving;

    /** PER_UUR only: the component whose hours this rate prices; null for every component without its own. */
    @Enumerated(EnumType.STRING)
    @Column(name = "onderdeel", length = 20)
    private Onderdeel onderdeel;

    protected Tarief() {
    }

    private Tarief(LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag, BigDecimal maxUrenPerPlaatsing,
            Map<Mijlpaal, Percentage> mijlpalen, String omschrijving, Onderdeel onderdeel) {
        FieldChecks checks = new FieldChecks();
        check(checks, geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen);
        if (onderdeel != null && betaalmodel != null) {
            checks.check(betaalmodel == Betaalmodel.PER_UUR, "onderdeel", "tarief.onderdeel-alleen-per-uur",
                    "Een tarief per onderdeel bestaat alleen bij betaling per uur.");
        }
        String o = checks.optionalText("omschrijving", omschrijving, MAX_OMSCHRIJVING);
        checks.throwIfAny();
        this.geldigVanaf = geldigVanaf;
        this.betaalmodel = betaalmodel;
        this.bedrag = bedrag;
        this.maxUrenPerPlaatsing = maxUrenPerPlaatsing;
        if (mijlpalen != null) {
            new EnumMap<>(mijlpalen).forEach((m, p) -> this.mijlpalen.add(new MijlpaalAandeel(m, p)));
        }
        this.omschrijving = o;
        this.onderdeel = onderdeel;
    }

    /**
     * A tariff of any model; the rules of the model are checked and every violation reported.
     *
     * @param maxUrenPerPlaatsing only for PER_UUR, optional
     * @param mijlpalen           only for TRAJECT, required there (percentages summing to 100)
     * @param omschrijving        optional: the product, e.g. "Taalles B1 incl. KNM"
     */
    public static Tarief of(LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag, BigDecimal maxUrenPerPlaatsing,
            Map<Mijlpaal, Percentage> mijlpalen, String omschrijving) {
        return new Tarief(geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen, omschrijving, null);
    }

    /**
     * As {@link #of(LocalDate, Betaalmodel, Money, BigDecimal, Map, String)}, for one component's hours.
     *
     * @param onderdeel PER_UUR only; null for every component without a rate of its own
     */
    public static Tarief of(LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag, BigDecimal maxUrenPerPlaatsing,
            Map<Mijlpaal, Percentage> mijlpalen, String omschrijving, Onderdeel onderdeel) {
        return new Tarief(geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen, omschrijving, onderdeel);
    }

    /** Rate per attended hour, optionally capped per placement. */
    public static Tarief perUur(LocalDate geldigVanaf, Money uurtarief, BigDecimal maxUrenPerPlaatsing) {
        return of(geldigVanaf, Betaalmodel.PER_UUR, uurtarief, maxUrenPerPlaatsing, null, null);
    }

    /** Rate per active calendar month. */
    public static Tarief perMaand(LocalDate geldigVanaf, Money maandtarief) {
        return of(geldigVanaf, Betaalmodel.PER_MAAND, maandtarief, null, null, null);
    }

    /** Trajectory price paid in milestones; the percentages must sum to 100. */
    public static Tarief traject(LocalDate geldigVanaf, Money trajectprijs, Map<Mijlpaal, Percentage> mijlpalen) {
        return of(geldigVanaf, Betaalmodel.TRAJECT, trajectprijs, null, mijlpalen, null);
    }

    static void check(FieldChecks checks, LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag,
            BigDecimal maxUren, Map<Mijlpaal, Percentage> mijlpalen) {
        checks.required("geldigVanaf", geldigVanaf);
        checks.required("betaalmodel", betaalmodel);
        if (checks.required("bedrag", bedrag) != null) {
            checks.check(bedrag.isPositive(), "bedrag", "tarief.bedrag-positief", "Een tarief is groter dan nul.");
        }
        boolean heeftMijlpalen = mijlpalen != null && !mijlpalen.isEmpty();
        if (maxUren != null) {
            checks.check(betaalmodel == Betaalmodel.PER_UUR, "maxUrenPerPlaatsing", "tarief.max-uren-alleen-per-uur",
                    "Een maximum aantal uren hoort alleen bij een uurtarief.");
            checks.check(maxUren.signum() > 0 && maxUren.stripTrailingZeros().scale() <= 2
                    && maxUren.compareTo(new BigDecimal("99999")) <= 0, "maxUrenPerPlaatsing",
                    "tarief.max-uren-ongeldig", "Het maximum aantal uren is een positief getal met hoogstens twee decimalen.");
        }
        if (betaalmodel == Betaalmodel.TRAJECT) {
            if (checks.check(heeftMijlpalen, "mijlpalen", "tarief.mijlpalen-verplicht",
                    "Een trajectprijs wordt betaald in mijlpalen: vul de percentages in.")) {
                BigDecimal som = BigDecimal.ZERO;
                for (Map.Entry<Mijlpaal, Percentage> e : mijlpalen.entrySet()) {
                    if (e.getKey() == null || e.getValue() == null) {
                        checks.add("mijlpalen", "tarief.mijlpaal-onvolledig", "Elke mijlpaal heeft een percentage.");
                        return;
                    }
                    checks.check(!e.getValue().isZero(), "mijlpalen", "tarief.mijlpaal-nul",
                            "Het percentage van " + e.getKey() + " is groter dan nul.");
                    som = som.add(e.getValue().value());
                }
                checks.check(som.compareTo(HUNDRED) == 0, "mijlpalen", "tarief.mijlpalen-som",
                        "De percentages van de mijlpalen tellen op tot 100 (nu " + som.stripTrailingZeros().toPlainString()
                                + ").");
            }
        } else if (betaalmodel != null) {
            checks.check(!heeftMijlpalen, "mijlpalen", "tarief.mijlpalen-alleen-traject",
                    "Mijlpalen horen alleen bij een trajectprijs.");
        }
    }

    void hoortBij(Contract c) {
        this.contract = c;
    }

    /** The milestone's share of the trajectory price, if this tariff has that milestone. */
    public Optional<Percentage> percentageVoor(Mijlpaal m) {
        return mijlpalen.stream().filter(a -> a.getMijlpaal() == m).map(MijlpaalAandeel::getPercentage).findFirst();
    }

    /**
     * What a milestone earns: {@code round(price x percentage / 100)}, half up to cents (DESIGN.md,
     * "Settlement", TRAJECT). Zero for a milestone this tariff does not have.
     */
    public Money bedragVoorMijlpaal(Mijlpaal m) {
        return percentageVoor(m).map(p -> p.applyTo(bedrag)).orElse(Money.ZERO);
    }

    /** PER_UUR only: the component this rate prices; null for all components without a rate of their own. */
    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getGeldigVanaf() {
        return geldigVanaf;
    }

    public Betaalmodel getBetaalmodel() {
        return betaalmodel;
    }

    /** Rate per hour, per month, or the trajectory price, by {@link #getBetaalmodel()}. */
    public Money getBedrag() {
        return bedrag;
    }

    /** PER_UUR only, optional: the billable hours per placement, counted over all months. */
    public BigDecimal getMaxUrenPerPlaatsing() {
        return maxUrenPerPlaatsing;
    }

    /** TRAJECT only: the milestones in the order they are reached. */
    public List<MijlpaalAandeel> getMijlpalen() {
        List<MijlpaalAandeel> sorted = new ArrayList<>(mijlpalen);
        sorted.sort(Comparator.comparing(MijlpaalAandeel::getMijlpaal));
        return List.copyOf(sorted);
    }

    /** Optional product description. */
    public String getOmschrijving() {
        return omschrijving;
    }

    @Override
    public String toString() {
        return betaalmodel + " " + bedrag + " vanaf " + geldigVanaf;
    }
}
