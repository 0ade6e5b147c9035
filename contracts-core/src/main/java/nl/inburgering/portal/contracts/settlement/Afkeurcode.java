package nl.inburgering.portal.contracts.settlement;

/**
 * Why the contract manager rejects an invoice line (DESIGN.md, "Settlement": single lines are rejected with a
 * reason code; the rest of the invoice stands). The codes are what a municipal controller checks on a
 * provider's invoice.
 */
public enum Afkeurcode {
    /** The hours, days or milestone were not delivered as billed. */
    NIET_GELEVERD("Niet geleverd"),
    /** Billed before, on this or another invoice. */
    DUBBEL_GEFACTUREERD("Dubbel gefactureerd"),
    /** The quantity does not match the attendance or the placement's dates. */
    AANTAL_ONJUIST("Aantal onjuist"),
    /** The price is not the contract's tariff. */
    TARIEF_ONJUIST("Tarief onjuist"),
    /** The placement had no valid referral or was not on this contract then. */
    GEEN_GELDIGE_PLAATSING("Geen geldige plaatsing"),
    /** Another reason, explained in the remark. */
    ANDERS("Anders");

    private final String omschrijving;

    Afkeurcode(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    /** The Dutch label. */
    public String omschrijving() {
        return omschrijving;
    }
}
