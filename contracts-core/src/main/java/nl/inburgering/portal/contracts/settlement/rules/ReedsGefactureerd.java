package nl.inburgering.portal.contracts.settlement.rules;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;

/**
 * What was already billed for the placements of a contract: the lines of earlier settlements, month's
 * own lines and corrections alike, each counted in the month it settles ({@link Factuurregel#periode()}).
 * Settlement uses it so that nothing is billed twice: the hours cap counts the hours billed in earlier
 * months, a milestone billed in an earlier month is not billed again, and a correction is the recomputed
 * month minus what was billed for that month.
 *
 * <p>Immutable. Which lines count as billed is the caller's choice and should be: every line of a frozen
 * invoice (INGEDIEND or later), never the lines of the CONCEPT invoice a re-run replaces. A line the
 * contract manager rejected (AFGEKEURD) was not paid; leave it out and a later correction of its month can
 * bill it again, and its hours no longer count against the cap; pass it in if the rejection is to be final.
 */
public final class ReedsGefactureerd {

    public static final ReedsGefactureerd NIETS = new ReedsGefactureerd(Map.of());

    private final Map<Long, List<Factuurregel>> perPlaatsing;

    private ReedsGefactureerd(Map<Long, List<Factuurregel>> perPlaatsing) {
        this.perPlaatsing = perPlaatsing;
    }

    public static ReedsGefactureerd uit(Collection<? extends Factuurregel> regels) {
        return NIETS.plus(regels);
    }

    /** This state with more billed lines. */
    public ReedsGefactureerd plus(Collection<? extends Factuurregel> regels) {
        if (regels.isEmpty()) {
            return this;
        }
        Map<Long, List<Factuurregel>> m = new HashMap<>();
        perPlaatsing.forEach((id, l) -> m.put(id, new ArrayList<>(l)));
        for (Factuurregel r : regels) {
            m.computeIfAbsent(r.plaatsingId(), id -> new ArrayList<>()).add(r);
        }
        Map<Long, List<Factuurregel>> vast = new HashMap<>();
        m.forEach((id, l) -> vast.put(id, List.copyOf(l)));
        return new ReedsGefactureerd(Map.copyOf(vast));
    }

    /** All the lines. */
    public List<Factuurregel> regels() {
        return perPlaatsing.values().stream().flatMap(List::stream).sorted(Factuurregel.ORDE).toList();
    }

    /** The lines billed so far for one placement and month (the month's own and its corrections). */
    public List<Factuurregel> van(long plaatsingId, YearMonth maand) {
        return allesVan(plaatsingId).stream().filter(r -> r.periode().equals(maand)).toList();
    }

    /** Hours billed ({@code PER_UUR}) for a placement in the months before {@code maand}. */
    public Uren urenVoor(long plaatsingId, YearMonth maand) {
        return urenVoor(allesVan(plaatsingId), maand);
    }

    /** Whether a milestone of a placement was billed (and not corrected away) in a month before {@code maand}. */
    public boolean mijlpaalVoor(long plaatsingId, Mijlpaal mijlpaal, YearMonth maand) {
        return mijlpaalVoor(allesVan(plaatsingId), mijlpaal, maand);
    }

    List<Factuurregel> allesVan(long plaatsingId) {
        return perPlaatsing.getOrDefault(plaatsingId, List.of());
    }

    static Uren urenVoor(List<? extends Factuurregel> regelsVanPlaatsing, YearMonth maand) {
        BigDecimal som = BigDecimal.ZERO;
        for (Factuurregel r : regelsVanPlaatsing) {
            if (r.product().betaalmodel() == Betaalmodel.PER_UUR && r.periode().isBefore(maand)) {
                som = som.add(r.aantal());
            }
        }
        return Uren.of(som);
    }

    static boolean mijlpaalVoor(List<? extends Factuurregel> regelsVanPlaatsing, Mijlpaal mijlpaal, YearMonth maand) {
        BigDecimal keren = BigDecimal.ZERO;
        for (Factuurregel r : regelsVanPlaatsing) {
            if (r.product().mijlpaal() == mijlpaal && r.periode().isBefore(maand)) {
                keren = keren.add(r.aantal());
            }
        }
        return keren.signum() > 0;
    }
}
