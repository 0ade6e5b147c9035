package nl.inburgering.portal.openhouse.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * One fixed tariff of a procedure version: the terms every admitted provider gets (DESIGN.md, "Open
 * House procedure": fixed tariffs; no price competition). The shape and the rules are those of
 * contracts-core's {@link Tarief} (DESIGN.md, "Tarief": {@link Betaalmodel#PER_UUR} with an optional
 * cap of hours per placement, {@link Betaalmodel#PER_MAAND}, or {@link Betaalmodel#TRAJECT} with
 * milestone percentages summing to 100); it is validated by building a {@code Tarief}, and handed to
 * the contract as {@link TariefGegevens} on admission. The three milestones are stored as three
 * columns, as the payment model has exactly three. Immutable.
 */
@Embeddable
public class VastTarief implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "geldig_vanaf", nullable = false)
    private LocalDate geldigVanaf;

    @Enumerated(EnumType.STRING)
    @Column(name = "betaalmodel", nullable = false, length = 20)
    private Betaalmodel betaalmodel;

    @Column(name = "bedrag", nullable = false, precision = 19, scale = 2)
    private Money bedrag;

    @Column(name = "max_uren_per_plaatsing", precision = 7, scale = 2)
    private BigDecimal maxUrenPerPlaatsing;

    @Column(name = "percentage_start", precision = 5, scale = 2)
    private Percentage percentageStart;

    @Column(name = "percentage_halverwege", precision = 5, scale = 2)
    private Percentage percentageHalverwege;

    @Column(name = "percentage_afronding", precision = 5, scale = 2)
    private Percentage percentageAfronding;

    @Column(name = "omschrijving", length = 200)
    private String omschrijving;

    protected VastTarief() {
    }

    private VastTarief(Tarief t) {
        this.geldigVanaf = t.getGeldigVanaf();
        this.betaalmodel = t.getBetaalmodel();
        this.bedrag = t.getBedrag();
        this.maxUrenPerPlaatsing = t.getMaxUrenPerPlaatsing() == null ? null
                : t.getMaxUrenPerPlaatsing().setScale(2, RoundingMode.UNNECESSARY);
        this.percentageStart = t.percentageVoor(Mijlpaal.START).orElse(null);
        this.percentageHalverwege = t.percentageVoor(Mijlpaal.HALVERWEGE).orElse(null);
        this.percentageAfronding = t.percentageVoor(Mijlpaal.AFRONDING).orElse(null);
        this.omschrijving = t.getOmschrijving();
    }

    /**
     * A tariff from input, checked by the rules of contracts-core; errors are recorded under the
     * prefix (e.g. {@code tarieven[0].bedrag}) and null is returned.
     */
    public static VastTarief uit(FieldChecks checks, String prefix, TariefGegevens in) {
        if (in == null) {
            checks.add(prefix, "verplicht", "Vul het tarief in.");
            return null;
        }
        FieldChecks local = new FieldChecks();
        Money bedrag = local.convert("bedrag", in.bedrag(), Money::of);
        Map<Mijlpaal, Percentage> mijlpalen = null;
        if (in.mijlpalen() != null) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (Map.Entry<Mijlpaal, BigDecimal> e : in.mijlpalen().entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    local.add("mijlpalen", "tarief.mijlpaal-onvolledig", "Elke mijlpaal heeft een percentage.");
                    continue;
                }
                Percentage p = local.convert("mijlpalen", e.getValue(), Percentage::of);
                if (p != null) {
                    mijlpalen.put(e.getKey(), p);
                }
            }
        }
        Tarief tarief = null;
        try {
            tarief = Tarief.of(in.geldigVanaf(), in.betaalmodel(), bedrag, in.maxUrenPerPlaatsing(), mijlpalen,
                    in.omschrijving());
        } catch (InvalidInputException e) {
            for (FieldError fe : e.errors()) {
                if (!local.hasError(fe.field())) {
                    local.add(fe.field(), fe.code(), fe.message());
                }
            }
        }
        if (local.hasErrors()) {
            checks.addAll(prefix, local);
            return null;
        }
        return new VastTarief(tarief);
    }

    /** The tariff as contracts-core takes it for a new contract. */
    public TariefGegevens naarGegevens() {
        Map<Mijlpaal, BigDecimal> m = null;
        if (betaalmodel == Betaalmodel.TRAJECT) {
            m = new EnumMap<>(Mijlpaal.class);
            for (Map.Entry<Mijlpaal, Percentage> e : getMijlpalen().entrySet()) {
                m.put(e.getKey(), e.getValue().value());
            }
        }
        return new TariefGegevens(geldigVanaf, betaalmodel, bedrag.amount(), maxUrenPerPlaatsing, m, omschrijving);
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

    /** PER_UUR only, optional: the billable hours per placement. */
    public BigDecimal getMaxUrenPerPlaatsing() {
        return maxUrenPerPlaatsing;
    }

    /** TRAJECT only: the milestones in the order they are reached, with their share of the price. */
    public Map<Mijlpaal, Percentage> getMijlpalen() {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        if (percentageStart != null) {
            m.put(Mijlpaal.START, percentageStart);
        }
        if (percentageHalverwege != null) {
            m.put(Mijlpaal.HALVERWEGE, percentageHalverwege);
        }
        if (percentageAfronding != null) {
            m.put(Mijlpaal.AFRONDING, percentageAfronding);
        }
        return m;
    }

    /** Optional product description. */
    public String getOmschrijving() {
        return omschrijving;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VastTarief t && geldigVanaf.equals(t.geldigVanaf) && betaalmodel == t.betaalmodel
                && bedrag.equals(t.bedrag) && sameNumber(maxUrenPerPlaatsing, t.maxUrenPerPlaatsing)
                && getMijlpalen().equals(t.getMijlpalen()) && Objects.equals(omschrijving, t.omschrijving);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(geldigVanaf, betaalmodel, bedrag);
    }

    @Override
    public String toString() {
        return betaalmodel + " " + bedrag + " vanaf " + geldigVanaf;
    }
}
