package nl.inburgering.portal.contracts.placement;

import java.util.Objects;

/**
 * A lot of a tender, as the contracts awarded in it name it: the tender reference (the contract's
 * {@code herkomstReferentie}) and the lot (its {@code perceel}). The fair share is computed per lot.
 */
public record Perceel(String aanbesteding, String perceel) {

    public Perceel {
        Objects.requireNonNull(aanbesteding, "aanbesteding");
        Objects.requireNonNull(perceel, "perceel");
    }

    @Override
    public String toString() {
        return aanbesteding + " " + perceel;
    }
}
