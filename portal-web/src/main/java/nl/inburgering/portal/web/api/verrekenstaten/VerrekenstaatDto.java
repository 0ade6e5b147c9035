package nl.inburgering.portal.web.api.verrekenstaten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatView;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;

/**
 * A gemeente's monthly statement (OpenAPI schema {@code Verrekenstaat}): the sum of its shares of the approved
 * invoices of the month, what it owes the lead municipality. Money is a string with two decimals. The list
 * leaves {@code aandelen} out; the single statement has them.
 */
@JsonbPropertyOrder({"id", "nummer", "gemeenteId", "gemeente", "cbsCode", "maand", "status", "netto", "btw", "totaal",
        "aantalFacturen", "definitiefDoor", "definitiefOp", "aandelen"})
public record VerrekenstaatDto(long id, String nummer, long gemeenteId, String gemeente, String cbsCode, String maand,
        Verrekenstaatstatus status, String netto, String btw, String totaal, long aantalFacturen, String definitiefDoor,
        Instant definitiefOp, List<PostDto> aandelen) {

    /** The gemeente's share of one approved invoice (OpenAPI schema {@code Verrekenstaatpost}). */
    @JsonbPropertyOrder({"factuurId", "factuurnummer", "contractId", "contractnummer", "aanbieder", "btwTarief",
            "netto", "btw", "totaal"})
    public record PostDto(long factuurId, String factuurnummer, long contractId, String contractnummer,
            String aanbieder, BtwTarief btwTarief, String netto, String btw, String totaal) {
    }

    static VerrekenstaatDto of(VerrekenstaatView v, List<Verrekenstaatpost> posten) {
        return new VerrekenstaatDto(v.id(), v.nummer(), v.gemeenteId(), v.gemeente(), v.cbsCode(), v.maand().toString(),
                v.status(), v.netto().toString(), v.btw().toString(), v.totaal().toString(), v.aantalFacturen(),
                v.definitiefDoor(), v.definitiefOp(), posten == null ? null : posten.stream()
                        .map(p -> new PostDto(p.factuurId(), p.factuurnummer(), p.contractId(), p.contractnummer(),
                                p.aanbieder(), p.btwTarief(), p.netto().toString(), p.btw().toString(),
                                p.totaal().toString()))
                        .toList());
    }
}
