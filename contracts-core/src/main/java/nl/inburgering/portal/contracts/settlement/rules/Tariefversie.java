package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.MijlpaalAandeel;
import nl.inburgering.portal.contracts.contract.Tarief;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * One version of a contract's tariff as settlement uses it: a value copy of
 * {@link nl.inburgering.portal.contracts.contract.Tarief}, valid from its date until the next version's
 * (DESIGN.md, "Contract": tariffs are versioned by valid-from date).
 *
 * @param bedrag              the rate per hour ({@code PER_UUR}), per month ({@code PER_MAAND}) or the
 *                            trajectory price ({@code TRAJECT})
 * @param maxUrenPerPlaatsing {@code PER_UUR} only, null for no cap: billable hours per placement over all months
 * @param mijlpalen           {@code TRAJECT} only: each milestone's percentage of the price, summing to 100
 * @param onderdeel           {@code PER_UUR} only, optional: the component whose hours this version prices; null
 *                            for every component without a rate of its own
 */
public record Tariefversie(LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag, Uren maxUrenPerPlaatsing,
        Map<Mijlpaal, Percentage> mijlpalen, Onderdeel onderdeel) {

    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    public Tariefversie {
        Objects.requireNonNull(geldigVanaf, "geldigVanaf");
        Objects.requireNonNull(betaalmodel, "betaalmodel");
        Objects.requireNonNull(bedrag, "bedrag");
        if (bedrag.isNegative()) {
            throw new IllegalArgumentException("a tariff is not negative: " + bedrag);
        }
        if (maxUrenPerPlaatsing != null && (betaalmodel != Betaalmodel.PER_UUR || !maxUrenPerPlaatsing.isPositief())) {
            throw new IllegalArgumentException("a cap of hours is positive and belongs to PER_UUR only");
        }
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        if (mijlpalen != null) {
            m.putAll(mijlpalen);
        }
        if (betaalmodel == Betaalmodel.TRAJECT) {
            BigDecimal som = m.values().stream().map(Percentage::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (som.compareTo(HONDERD) != 0) {
                throw new IllegalArgumentException("milestone percentages sum to 100, not " + som);
            }
        } else if (!m.isEmpty()) {
            throw new IllegalArgumentException("milestones belong to TRAJECT only");
        }
        mijlpalen = Collections.unmodifiableMap(m);
        if (onderdeel != null && betaalmodel != Betaalmodel.PER_UUR) {
            throw new IllegalArgumentException("a rate per component belongs to PER_UUR only");
        }
    }

    /** A version for all components. */
    public Tariefversie(LocalDate geldigVanaf, Betaalmodel betaalmodel, Money bedrag, Uren maxUrenPerPlaatsing,
            Map<Mijlpaal, Percentage> mijlpalen) {
        this(geldigVanaf, betaalmodel, bedrag, maxUrenPerPlaatsing, mijlpalen, null);
    }

    /** A PER_UUR version for one component's hours. */
    public static Tariefversie perUur(LocalDate geldigVanaf, Money uurtarief, Uren maxUrenPerPlaatsing,
            Onderdeel onderdeel) {
        return new Tariefversie(geldigVanaf, Betaalmodel.PER_UUR, uurtarief, maxUrenPerPlaatsing, null, onderdeel);
    }

    public static Tariefversie perUur(LocalDate geldigVanaf, Money uurtarief, Uren maxUrenPerPlaatsing) {
        return new Tariefversie(geldigVanaf, Betaalmodel.PER_UUR, uurtarief, maxUrenPerPlaatsing, null);
    }

    public static Tariefversie perMaand(LocalDate geldigVanaf, Money maandtarief) {
        return new Tariefversie(geldigVanaf, Betaalmodel.PER_MAAND, maandtarief, null, null);
    }

    public static Tariefversie traject(LocalDate geldigVanaf, Money trajectprijs, Map<Mijlpaal, Percentage> mijlpalen) {
        return new Tariefversie(geldigVanaf, Betaalmodel.TRAJECT, trajectprijs, null, mijlpalen);
    }

    /** The value copy of a contract's tariff version. */
    public static Tariefversie van(Tarief tarief) {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        for (MijlpaalAandeel a : tarief.getMijlpalen()) {
            m.put(a.getMijlpaal(), a.getPercentage());
        }
        BigDecimal max = tarief.getMaxUrenPerPlaatsing();
        return new Tariefversie(tarief.getGeldigVanaf(), tarief.getBetaalmodel(), tarief.getBedrag(),
                max == null ? null : Uren.of(max), m, tarief.getOnderdeel());
    }
}
