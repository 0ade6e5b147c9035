package nl.inburgering.portal.web.api.facturen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.settlement.Afkeurcode;
import nl.inburgering.portal.contracts.settlement.FactuurregelView;
import nl.inburgering.portal.contracts.settlement.Regelbeoordeling;

/**
 * An invoice line (OpenAPI schema {@code Factuurregel}): one placement and product for one month
 * ({@code periode}, {@code JJJJ-MM}; for a correction the original month), tagged with the gemeente that pays.
 *
 * @param aantal hours (PER_UUR), active days (PER_MAAND) or 1 milestone (TRAJECT); in a correction the difference
 */
@JsonbPropertyOrder({"id", "volgnummer", "plaatsingId", "inburgeraar", "gemeenteId", "gemeente", "zelfbetaler",
        "periode", "correctie", "betaalmodel", "mijlpaal", "aantal", "prijs", "bedrag", "omschrijving", "beoordeling",
        "afkeurcode", "opmerking"})
public record FactuurregelDto(long id, int volgnummer, long plaatsingId, String inburgeraar, long gemeenteId,
        String gemeente, boolean zelfbetaler, String periode, boolean correctie, Betaalmodel betaalmodel,
        Mijlpaal mijlpaal, BigDecimal aantal, String prijs, String bedrag, String omschrijving,
        Regelbeoordeling beoordeling, Afkeurcode afkeurcode, String opmerking) {

    static FactuurregelDto of(FactuurregelView v) {
        return new FactuurregelDto(v.id(), v.volgnummer(), v.plaatsingId(), v.inburgeraar(), v.gemeenteId(),
                v.gemeente(), v.zelfbetaler(), v.periode().toString(), v.correctie(), v.betaalmodel(), v.mijlpaal(),
                v.aantal().stripTrailingZeros().scale() < 0 ? v.aantal().setScale(0) : v.aantal().stripTrailingZeros(),
                FactuurDto.s(v.prijs()), FactuurDto.s(v.bedrag()), v.omschrijving(), v.beoordeling(), v.afkeurcode(),
                v.opmerking());
    }
}
