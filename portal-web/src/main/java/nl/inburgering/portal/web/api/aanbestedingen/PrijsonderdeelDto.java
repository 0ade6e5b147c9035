package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.tendering.aanbesteding.Tariefpost;

/**
 * A priced item of a lot with its estimated volume (OpenAPI schema {@code Prijsonderdeel}); the domain's
 * tariff item ({@link Tariefpost}), named so in the API because the ADR linter reads any property
 * containing "post" as an HTTP method.
 *
 * @param onderdeel the course component the item prices (TAAL, KNM, MAP, PARTICIPATIE); null when it prices
 *                  every component
 */
@JsonbPropertyOrder({"nummer", "omschrijving", "geraamdVolume", "onderdeel"})
public record PrijsonderdeelDto(int nummer, String omschrijving, long geraamdVolume, Onderdeel onderdeel) {

    static PrijsonderdeelDto of(Tariefpost t) {
        return new PrijsonderdeelDto(t.getNummer(), t.getOmschrijving(), t.getGeraamdVolume(), t.getOnderdeel());
    }
}
