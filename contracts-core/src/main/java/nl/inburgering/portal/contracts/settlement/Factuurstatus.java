package nl.inburgering.portal.contracts.settlement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an invoice is in its workflow (DESIGN.md, "Settlement"): {@code CONCEPT} (computed; a re-run
 * recomputes it) -> {@code INGEDIEND} (the provider confirms it with its own invoice number) ->
 * {@code GOEDGEKEURD} or {@code AFGEKEURD} (the contract manager) -> {@code BETAALD} (from GOEDGEKEURD).
 * Every status after CONCEPT is frozen: a settlement run never changes it.
 */
public enum Factuurstatus {
    CONCEPT, INGEDIEND, GOEDGEKEURD, AFGEKEURD, BETAALD;

    /** The statuses whose amounts count as approved (in statements and reports). */
    public static final Set<Factuurstatus> GOEDGEKEURDE = EnumSet.of(GOEDGEKEURD, BETAALD);

    public boolean isBevroren() {
        return this != CONCEPT;
    }

    public boolean kanNaar(Factuurstatus naar) {
        return switch (this) {
            case CONCEPT -> naar == INGEDIEND;
            case INGEDIEND -> naar == GOEDGEKEURD || naar == AFGEKEURD;
            case GOEDGEKEURD -> naar == BETAALD;
            case AFGEKEURD, BETAALD -> false;
        };
    }
}
