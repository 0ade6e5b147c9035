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
        Set<LocalDate> data = new HashSet<>();
        for (Tariefversie t : tarieven) {
            if (t.betaalmodel() != tarieven.get(0).betaalmodel()) {
                throw new IllegalArgumentException("contract " + contractId + " mixes payment models");
            }
            if (!data.add(t.geldigVanaf())) {
                throw new IllegalArgumentException("contract " + contractId + " has two tariffs valid from "
                        + t.geldigVanaf());
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
     * The version in force on a date: the latest valid from on or before it.
     *
     * @throws IllegalStateException before the first version: there is no price to bill at
     */
    public Tariefversie tariefOp(LocalDate dag) {
        Tariefversie inForce = null;
        for (Tariefversie t : tarieven) {
            if (t.geldigVanaf().isAfter(dag)) {
                break;
            }
            inForce = t;
        }
        if (inForce == null) {
            throw new IllegalStateException("contract " + contractId + " has no tariff in force on " + dag);
        }
        return inForce;
    }
}
