package nl.inburgering.portal.contracts.placement;

import java.util.Objects;

/**
 * One failed eligibility rule, with a Dutch reason that names the specifics ("Contract AB-2026-B1-01
 * loopt van 2026-01-01 tot en met 2027-12-31; de geplande start 2028-02-01 valt daarbuiten.").
 */
public record Afwijzing(PlaatsingsRegel regel, String reden) {

    public Afwijzing {
        Objects.requireNonNull(regel, "regel");
        Objects.requireNonNull(reden, "reden");
    }
}
