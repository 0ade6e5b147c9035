package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;

/**
 * A lot (OpenAPI schema {@code Perceel}).
 *
 * @param aantalInschrijvingen the number of current bids; only for the contract manager (never their content)
 */
@JsonbPropertyOrder({"id", "nummer", "naam", "leerroute", "gemeenteIds", "aantalWinnaars", "prijsonderdelen",
        "aantalInschrijvingen"})
public record PerceelDto(long id, int nummer, String naam, Leerroute leerroute, List<Long> gemeenteIds,
        int aantalWinnaars, List<PrijsonderdeelDto> prijsonderdelen, Long aantalInschrijvingen) {

    static PerceelDto of(Perceel p, Long aantalInschrijvingen) {
        return new PerceelDto(p.getId(), p.getNummer(), p.getNaam(), p.getLeerroute(), List.copyOf(p.getGemeenteIds()),
                p.getAantalWinnaars(), p.getTariefposten().stream().map(PrijsonderdeelDto::of).toList(),
                aantalInschrijvingen);
    }
}
