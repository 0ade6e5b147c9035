package nl.inburgering.portal.web.api.facturen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.FactuurView;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * An invoice (OpenAPI schema {@code Factuur}). Money is a string with two decimals. {@code goedgekeurd*} are
 * present once approved (without the rejected lines); {@code aandelen} are the gemeenten's shares, over all
 * lines until approval, over the approved ones after; empty on a zelfbetaler invoice.
 */
@JsonbPropertyOrder({"id", "contractId", "contractnummer", "aanbiederId", "aanbieder", "maand", "soort", "status",
        "btwTarief", "netto", "btw", "totaal", "goedgekeurdNetto", "goedgekeurdBtw", "goedgekeurdTotaal",
        "factuurnummer", "aantalRegels", "aantalAfgekeurd", "berekendOp", "ingediendDoor", "ingediendOp",
        "beoordeeldDoor", "beoordeeldOp", "afkeurreden", "betaaldOp", "betaalreferentie", "aandelen"})
public record FactuurDto(long id, long contractId, String contractnummer, long aanbiederId, String aanbieder,
        String maand, Factuursoort soort, Factuurstatus status, BtwTarief btwTarief, String netto, String btw,
        String totaal, String goedgekeurdNetto, String goedgekeurdBtw, String goedgekeurdTotaal, String factuurnummer,
        long aantalRegels, long aantalAfgekeurd, Instant berekendOp, String ingediendDoor, Instant ingediendOp,
        String beoordeeldDoor, Instant beoordeeldOp, String afkeurreden, LocalDate betaaldOp, String betaalreferentie,
        List<AandeelDto> aandelen) {

    /** A gemeente's share (OpenAPI schema {@code FactuurAandeel}). */
    @JsonbPropertyOrder({"gemeenteId", "gemeente", "netto", "btw", "totaal"})
    public record AandeelDto(long gemeenteId, String gemeente, String netto, String btw, String totaal) {
    }

    static FactuurDto of(FactuurView v) {
        return new FactuurDto(v.id(), v.contractId(), v.contractnummer(), v.aanbiederId(), v.aanbieder(),
                v.maand().toString(), v.soort(), v.status(), v.btwTarief(), s(v.netto()), s(v.btw()), s(v.totaal()),
                s(v.goedgekeurdNetto()), s(v.goedgekeurdBtw()), s(v.goedgekeurdTotaal()), v.factuurnummer(),
                v.aantalRegels(), v.aantalAfgekeurd(), v.berekendOp(), v.ingediendDoor(), v.ingediendOp(),
                v.beoordeeldDoor(), v.beoordeeldOp(), v.afkeurreden(), v.betaaldOp(), v.betaalreferentie(),
                v.aandelen().stream().map(a -> new AandeelDto(a.gemeenteId(), a.gemeente(), s(a.netto()), s(a.btw()),
                        s(a.totaal()))).toList());
    }

    static String s(Money m) {
        return m == null ? null : m.toString();
    }
}
