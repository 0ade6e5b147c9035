package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.Contractvoorwaarden;

/** The published terms of the resulting contracts (OpenAPI schema {@code Contractvoorwaarden}). */
@JsonbPropertyOrder({"looptijdMaanden", "verlengopties", "verlengingMaanden", "betaalmodel", "mijlpalen",
        "maxUrenPerPlaatsing", "btwTarief", "geoorloofdVerzuimDeclarabel"})
public record ContractvoorwaardenDto(int looptijdMaanden, int verlengopties, int verlengingMaanden,
        Betaalmodel betaalmodel, Map<Mijlpaal, BigDecimal> mijlpalen, BigDecimal maxUrenPerPlaatsing,
        BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel) {

    static ContractvoorwaardenDto of(Aanbesteding a) {
        Contractvoorwaarden v = a.getVoorwaarden();
        Map<Mijlpaal, BigDecimal> mijlpalen = null;
        if (!a.getMijlpalen().isEmpty()) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (var e : a.getMijlpalen().entrySet()) {
                mijlpalen.put(e.getKey(), e.getValue().value());
            }
        }
        return new ContractvoorwaardenDto(v.getLooptijdMaanden(), v.getVerlengopties(), v.getVerlengingMaanden(),
                v.getBetaalmodel(), mijlpalen, v.getMaxUrenPerPlaatsing(), v.getBtwTarief(),
                v.isGeoorloofdVerzuimDeclarabel());
    }
}
