package nl.inburgering.portal.contracts.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * An invoice as pages and the API show it. {@code goedgekeurd*} are set once it is approved (the lines not
 * rejected); {@code aandelen} are the gemeenten's shares (over all lines until approval, over the approved
 * ones after), empty for a zelfbetaler invoice.
 */
public record FactuurView(long id, long version, long contractId, String contractnummer, long aanbiederId,
        String aanbieder, YearMonth maand, Factuursoort soort, Factuurstatus status, BtwTarief btwTarief, Money netto,
        Money btw, Money totaal, Money goedgekeurdNetto, Money goedgekeurdBtw, String factuurnummer, long aantalRegels,
        long aantalAfgekeurd, Instant berekendOp, String ingediendDoor, Instant ingediendOp, String beoordeeldDoor,
        Instant beoordeeldOp, String afkeurreden, LocalDate betaaldOp, String betaalreferentie,
        List<Aandeel> aandelen) {

    /** A gemeente's share of the invoice. */
    public record Aandeel(long gemeenteId, String gemeente, Money netto, Money btw, Money totaal) {
    }

    public Money goedgekeurdTotaal() {
        return goedgekeurdNetto == null ? null : goedgekeurdNetto.plus(goedgekeurdBtw);
    }
}
