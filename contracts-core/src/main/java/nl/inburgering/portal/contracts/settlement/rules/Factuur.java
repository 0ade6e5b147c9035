package nl.inburgering.portal.contracts.settlement.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * The amounts of one invoice (DESIGN.md, "Settlement"): its lines, their sum, VAT per invoice =
 * round(sum of lines x rate), and for the gemeenten's invoice each gemeente's share, with the VAT split by
 * {@link BtwVerdeling} so the shares sum exactly to the invoice.
 *
 * <p>The canonical constructor checks that the figures agree, so an inconsistent invoice cannot be made.
 * {@link #bereken} computes one: for a CONCEPT from the settlement, or again over the lines the contract
 * manager approved.
 *
 * @param aandelen for {@link Factuursoort#GEMEENTEN}: one per gemeente with lines, by gemeente id; empty for
 *                 {@link Factuursoort#ZELFBETALERS}
 */
public record Factuur(Factuursoort soort, BtwTarief btwTarief, List<Factuurregel> regels, Money netto, Money btw,
        List<GemeenteAandeel> aandelen) {

    public Factuur {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(btwTarief, "btwTarief");
        Objects.requireNonNull(netto, "netto");
        Objects.requireNonNull(btw, "btw");
        regels = List.copyOf(regels);
        aandelen = List.copyOf(aandelen);
        boolean zelfbetalers = soort == Factuursoort.ZELFBETALERS;
        if (regels.stream().anyMatch(r -> r.zelfbetaler() != zelfbetalers)) {
            throw new IllegalArgumentException(zelfbetalers ? "a gemeente's line on the zelfbetaler invoice"
                    : "a zelfbetaler's line on the gemeenten's invoice");
        }
        if (!netto.equals(som(regels))) {
            throw new IllegalArgumentException("net " + netto + " is not the sum of the lines");
        }
        if (!btw.equals(btwTarief.btwOver(netto))) {
            throw new IllegalArgumentException("VAT " + btw + " is not " + btwTarief.percentage() + " % of " + netto);
        }
        if (zelfbetalers) {
            if (!aandelen.isEmpty()) {
                throw new IllegalArgumentException("a zelfbetaler invoice has no gemeente shares");
            }
        } else {
            Map<Long, Money> perGemeente = nettoPerGemeente(regels);
            if (aandelen.size() != perGemeente.size()
                    || aandelen.stream().anyMatch(a -> !a.netto().equals(perGemeente.get(a.gemeenteId())))
                    || !btw.equals(Money.sum(aandelen.stream().map(GemeenteAandeel::btw).toList()))) {
                throw new IllegalArgumentException("the gemeente shares do not add up to the invoice");
            }
        }
    }

    /**
     * The invoice over these lines: VAT rounded once over their sum, and for {@link Factuursoort#GEMEENTEN}
     * the shares per gemeente.
     */
    public static Factuur bereken(Factuursoort soort, BtwTarief btwTarief, Collection<? extends Factuurregel> regels) {
        List<Factuurregel> r = List.copyOf(regels);
        Money netto = som(r);
        Money btw = btwTarief.btwOver(netto);
        List<GemeenteAandeel> aandelen = List.of();
        if (soort == Factuursoort.GEMEENTEN) {
            Map<Long, Money> perGemeente = nettoPerGemeente(r);
            SortedMap<Long, Money> btwPerGemeente = BtwVerdeling.verdeel(btw, perGemeente);
            aandelen = perGemeente.entrySet().stream()
                    .map(e -> new GemeenteAandeel(e.getKey(), e.getValue(), btwPerGemeente.get(e.getKey())))
                    .toList();
        }
        return new Factuur(soort, btwTarief, r, netto, btw, aandelen);
    }

    public Money totaal() {
        return netto.plus(btw);
    }

    public boolean isLeeg() {
        return regels.isEmpty();
    }

    public Optional<GemeenteAandeel> aandeelVan(long gemeenteId) {
        return aandelen.stream().filter(a -> a.gemeenteId() == gemeenteId).findFirst();
    }

    private static Money som(List<Factuurregel> regels) {
        return Money.sum(regels.stream().map(Factuurregel::bedrag).toList());
    }

    private static SortedMap<Long, Money> nettoPerGemeente(List<Factuurregel> regels) {
        SortedMap<Long, Money> m = new TreeMap<>();
        for (Factuurregel r : regels) {
            m.merge(r.gemeenteId(), r.bedrag(), Money::plus);
        }
        return m;
    }
}
