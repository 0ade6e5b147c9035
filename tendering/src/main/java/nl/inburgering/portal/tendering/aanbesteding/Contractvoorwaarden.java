package nl.inburgering.portal.tendering.aanbesteding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Voorwaarden;

/**
 * The published terms of the contracts a tender results in (DESIGN.md, "Tender": duration,
 * extension options, tariff model). Extension options must be foreseen in the tender to be used
 * later without a new procedure (Aanbestedingswet 2012, art. 2.163b: a modification provided for in
 * the original procurement documents). The milestone percentages of a TRAJECT model are kept on the
 * {@link Aanbesteding}.
 *
 * <p>Date maths: a contract of N months starting on S ends on the day before S + N months
 * ({@link #einddatum}); an extension of M months continues from the day after the current end
 * ({@link #verlengdeEinddatum}), so month ends stay month ends (30 April + 1 month is 31 May).
 */
@Embeddable
public class Contractvoorwaarden implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_LOOPTIJD = 120;
    static final int MAX_VERLENGOPTIES = 10;
    static final int MAX_VERLENGING = 60;

    @Column(name = "looptijd_maanden", nullable = false)
    private int looptijdMaanden;

    @Column(name = "verlengopties", nullable = false)
    private int verlengopties;

    @Column(name = "verlenging_maanden", nullable = false)
    private int verlengingMaanden;

    @Enumerated(EnumType.STRING)
    @Column(name = "betaalmodel", nullable = false, length = 20)
    private Betaalmodel betaalmodel;

    @Column(name = "max_uren_per_plaatsing", precision = 7, scale = 2)
    private BigDecimal maxUrenPerPlaatsing;

    @Enumerated(EnumType.STRING)
    @Column(name = "btw_tarief", nullable = false, length = 20)
    private BtwTarief btwTarief;

    @Column(name = "geoorloofd_verzuim_declarabel", nullable = false)
    private boolean geoorloofdVerzuimDeclarabel;

    protected Contractvoorwaarden() {
    }

    /** Terms that passed {@link #check}. */
    Contractvoorwaarden(Voorwaarden in) {
        FieldChecks checks = new FieldChecks();
        check(checks, "voorwaarden", in);
        checks.throwIfAny();
        this.looptijdMaanden = in.looptijdMaanden();
        this.verlengopties = in.verlengopties() == null ? 0 : in.verlengopties();
        this.verlengingMaanden = this.verlengopties == 0 || in.verlengingMaanden() == null ? 0 : in.verlengingMaanden();
        this.betaalmodel = in.betaalmodel();
        this.maxUrenPerPlaatsing = in.maxUrenPerPlaatsing() == null ? null : in.maxUrenPerPlaatsing().setScale(2);
        this.btwTarief = in.btwTarief();
        this.geoorloofdVerzuimDeclarabel = in.geoorloofdVerzuimDeclarabel();
    }

    /** Checks every term, each violation reported under {@code prefix.field}. */
    static void check(FieldChecks checks, String prefix, Voorwaarden in) {
        if (in == null) {
            checks.add(prefix, "verplicht", "Vul de contractvoorwaarden in.");
            return;
        }
        FieldChecks v = new FieldChecks();
        if (v.required("looptijdMaanden", in.looptijdMaanden()) != null) {
            v.check(in.looptijdMaanden() >= 1 && in.looptijdMaanden() <= MAX_LOOPTIJD, "looptijdMaanden",
                    "voorwaarden.looptijd-bereik", "De looptijd is 1 tot " + MAX_LOOPTIJD + " maanden.");
        }
        int opties = in.verlengopties() == null ? 0 : in.verlengopties();
        v.check(opties >= 0 && opties <= MAX_VERLENGOPTIES, "verlengopties", "voorwaarden.verlengopties-bereik",
                "Het aantal verlengopties is 0 tot " + MAX_VERLENGOPTIES + ".");
        if (opties > 0) {
            if (v.check(in.verlengingMaanden() != null, "verlengingMaanden", "voorwaarden.verlenging-verplicht",
                    "Vul in met hoeveel maanden elke verlengoptie het contract verlengt.")) {
                v.check(in.verlengingMaanden() >= 1 && in.verlengingMaanden() <= MAX_VERLENGING, "verlengingMaanden",
                        "voorwaarden.verlenging-bereik", "Een verlenging is 1 tot " + MAX_VERLENGING + " maanden.");
            }
        } else {
            v.check(in.verlengingMaanden() == null || in.verlengingMaanden() == 0, "verlengingMaanden",
                    "voorwaarden.verlenging-zonder-optie", "Zonder verlengopties is er geen verlengingsduur.");
        }
        v.required("betaalmodel", in.betaalmodel());
        v.required("btwTarief", in.btwTarief());
        if (in.maxUrenPerPlaatsing() != null) {
            v.check(in.betaalmodel() == Betaalmodel.PER_UUR, "maxUrenPerPlaatsing", "tarief.max-uren-alleen-per-uur",
                    "Een maximum aantal uren hoort alleen bij een uurtarief.");
            v.check(in.maxUrenPerPlaatsing().signum() > 0 && in.maxUrenPerPlaatsing().stripTrailingZeros().scale() <= 2
                    && in.maxUrenPerPlaatsing().compareTo(new BigDecimal("99999")) <= 0, "maxUrenPerPlaatsing",
                    "tarief.max-uren-ongeldig",
                    "Het maximum aantal uren is een positief getal met hoogstens twee decimalen.");
        }
        checkMijlpalen(v, in.betaalmodel(), in.mijlpalen());
        checks.addAll(prefix, v);
    }

    private static void checkMijlpalen(FieldChecks v, Betaalmodel model, Map<Mijlpaal, BigDecimal> mijlpalen) {
        boolean heeft = mijlpalen != null && !mijlpalen.isEmpty();
        if (model != Betaalmodel.TRAJECT) {
            v.check(!heeft, "mijlpalen", "tarief.mijlpalen-alleen-traject", "Mijlpalen horen alleen bij een trajectprijs.");
            return;
        }
        if (!v.check(heeft, "mijlpalen", "tarief.mijlpalen-verplicht",
                "Een trajectprijs wordt betaald in mijlpalen: vul de percentages in.")) {
            return;
        }
        BigDecimal som = BigDecimal.ZERO;
        for (Map.Entry<Mijlpaal, BigDecimal> e : mijlpalen.entrySet()) {
            BigDecimal p = e.getValue();
            if (e.getKey() == null || p == null || p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0
                    || p.stripTrailingZeros().scale() > 2) {
                v.add("mijlpalen", "tarief.mijlpaal-ongeldig",
                        "Elke mijlpaal heeft een percentage groter dan 0 en hoogstens 100, met hoogstens twee decimalen.");
                return;
            }
            som = som.add(p);
        }
        v.check(som.compareTo(BigDecimal.valueOf(100)) == 0, "mijlpalen", "tarief.mijlpalen-som",
                "De percentages van de mijlpalen tellen op tot 100 (nu " + som.stripTrailingZeros().toPlainString() + ").");
    }

    /** The last day of a contract that starts on this date: the day before start + duration. */
    public LocalDate einddatum(LocalDate startdatum) {
        Objects.requireNonNull(startdatum, "startdatum");
        return startdatum.plusMonths(looptijdMaanden).minusDays(1);
    }

    /** The end date after one extension option: continues from the day after the current end. */
    public LocalDate verlengdeEinddatum(LocalDate huidigeEinddatum) {
        Objects.requireNonNull(huidigeEinddatum, "huidigeEinddatum");
        if (verlengopties == 0) {
            throw new IllegalStateException("no extension options");
        }
        return huidigeEinddatum.plusDays(1).plusMonths(verlengingMaanden).minusDays(1);
    }

    public int getLooptijdMaanden() {
        return looptijdMaanden;
    }

    public int getVerlengopties() {
        return verlengopties;
    }

    /** Months per extension option; 0 when there are none. */
    public int getVerlengingMaanden() {
        return verlengingMaanden;
    }

    public Betaalmodel getBetaalmodel() {
        return betaalmodel;
    }

    /** PER_UUR only, optional. */
    public BigDecimal getMaxUrenPerPlaatsing() {
        return maxUrenPerPlaatsing;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public boolean isGeoorloofdVerzuimDeclarabel() {
        return geoorloofdVerzuimDeclarabel;
    }

    @Override
    public String toString() {
        return looptijdMaanden + " maanden" + (verlengopties == 0 ? "" : " + " + verlengopties + " x " + verlengingMaanden
                + " maanden") + ", " + betaalmodel;
    }
}
