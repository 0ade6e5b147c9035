package nl.inburgering.portal.contracts.settlement;

/**
 * Where an invoice is in its workflow (DESIGN.md, "Settlement"): {@code CONCEPT} (computed; a re-run
 * recomputes it) -> {@code INGEDIEND} (the provider confirms it with its own invoice number) ->
 * {@code GOEDGEKEURD} or {@code AFGEKEURD} (the contract manager) -> {@code BETAALD} (from GOEDGEKEURD).
 * Every status after CONCEPT is frozen: a settlement run never changes it.
 */
public enum Factuurstatus {
    CONCEPT, INGEDIEND, GOEDGEKEURD, AFGEKEURD, BETAALD;

    public boolean kanNaar(Factuurstatus naar) {
        return switch (this) {
            case CONCEPT -> naar == INGEDIEND;
            case INGEDIEND -> naar == GOEDGEKEURD || naar == AFGEKEURD;
            case GOEDGEKEURD -> naar == BETAALD;
            case AFGEKEURD, BETAALD -> false;
        };
    }
}
