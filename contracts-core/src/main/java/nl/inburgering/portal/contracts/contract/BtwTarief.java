package nl.inburgering.portal.contracts.contract;

import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/**
 * The VAT rate of a contract (DESIGN.md, "Contract"): 0 % for exempt education (Wet OB 1968,
 * art. 11(1)(o): the education exemption), or the general rate of 21 %. Which applies is a term of
 * the contract, not something the portal decides.
 */
public enum BtwTarief {
    NUL(Percentage.ZERO),
    EENENTWINTIG(Percentage.of(21));

    private final Percentage percentage;

    BtwTarief(Percentage percentage) {
        this.percentage = percentage;
    }

    public Percentage percentage() {
        return percentage;
    }

    /** VAT over a net amount, rounded half up to cents (DESIGN.md: VAT per invoice = round(sum x rate)). */
    public Money btwOver(Money netto) {
        return percentage.applyTo(netto);
    }
}
