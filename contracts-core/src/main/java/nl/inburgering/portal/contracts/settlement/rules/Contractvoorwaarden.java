package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * The terms of a contract that settlement applies (DESIGN.md, "Contract" and "Tarief"): its VAT rate,
 * whether excused absence is billable under {@code PER_UUR}, and its tariff versions, all of one payment
 * model.
 *
 * @param tarieven at least one; kept in order of valid-from date
 */
public record Contractvoorwaarden(long contractId, BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel,
        List<Tariefversie> tarieven) {

    public Contractvoorwaarden {
        Objects.requireNonNull(btwTarief, "btwTarief");
        if (tarieven == null || tarieven.isEmpty()) {
            throw new IllegalArgumentException("contract " + contractId + " has no tariff");
        }
        tarieven = tarieven.stream().sorted(Comparator.comparing(Tariefversie::geldigVanaf)).toList();
        Set<String> data = new HashSet<>();
        for (Tariefversie t : tarieven) {
            if (t.betaalmodel() != tarieven.get(0).betaalmodel()) {
                throw new IllegalArgumentException("contract " + contractId + " mixes payment models");
            }
            if (!data.add(t.geldigVanaf() + "/" + t.onderdeel())) {
                throw new IllegalArgumentException("contract " + contractId + " has two tariffs"
                        + (t.onderdeel() == null ? "" : " for " + t.onderdeel()) + " valid from " + t.geldigVanaf());
            }
        }
    }

    /** The terms of a contract entity: its id, VAT rate, excused-absence flag and tariff versions. */
    public static Contractvoorwaarden van(Contract contract) {
        Objects.requireNonNull(contract.getId(), "a contract is settled once it is stored");
        return new Contractvoorwaarden(contract.getId(), contract.getBtwTarief(),
                contract.isGeoorloofdVerzuimDeclarabel(),
                contract.getTarieven().stream().map(Tariefversie::van).toList());
    }

    public Betaalmodel betaalmodel() {
        return tarieven.get(0).betaalmodel();
    }

    /**
     * The general version in force on a date (the one without a component): the latest valid from on or
     * before it.
     *
     * @throws IllegalStateException before the first version: there is no price to bill at
     */
    public Tariefversie tariefOp(LocalDate dag) {
        Tariefversie inForce = laatste(dag, null);
        if (inForce == null) {
            throw new IllegalStateException("contract " + contractId + " has no tariff in force on " + dag);
        }
        return inForce;
    }

    /**
     * The version that prices a component's hours on a date: the component's own latest version on or before
     * it, else the general one; null when neither is in force but another component's rate is (a contract with
     * only component rates does not buy the other components, so their hours are not billed).
     *
     * @throws IllegalStateException before the first version of any rate: there is no price to bill at
     */
    public Tariefversie tariefVoor(LocalDate dag, Onderdeel onderdeel) {
        Tariefversie eigen = onderdeel == null ? null : laatste(dag, onderdeel);
        Tariefversie v = eigen != null ? eigen : laatste(dag, null);
        if (v == null && tarieven.stream().noneMatch(t -> !t.geldigVanaf().isAfter(dag))) {
            throw new IllegalStateException("contract " + contractId + " has no tariff in force on " + dag);
        }
        return v;
    }

    /** The version that prices a product: the one with its valid-from date and component. */
    public Tariefversie versie(Product product) {
        return tarieven.stream()
                .filter(t -> t.geldigVanaf().equals(product.tariefGeldigVanaf())
                        && Objects.equals(t.onderdeel(), product.onderdeel()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("contract " + contractId + " has no tariff for "
                        + product));
    }

    /** Whether some version prices one component's hours only. */
    public boolean heeftOnderdeeltarieven() {
        return tarieven.stream().anyMatch(t -> t.onderdeel() != null);
    }

    private Tariefversie laatste(LocalDate dag, Onderdeel onderdeel) {
        Tariefversie inForce = null;
        for (Tariefversie t : tarieven) {
            if (t.geldigVanaf().isAfter(dag)) {
                break;
            }
            if (Objects.equals(t.onderdeel(), onderdeel)) {
                inForce = t;
            }
        }
        return inForce;
    }
}
