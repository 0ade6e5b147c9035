package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * The answer to one condition, with its evidence and the contract manager's assessment (OpenAPI
 * schema {@code Antwoord}).
 *
 * @param bewijs  absent while no PDF is uploaded
 * @param voldaan absent while not assessed
 */
@JsonbPropertyOrder({"eisVolgnummer", "verplicht", "tekst", "bewijs", "voldaan", "opmerking"})
public record AntwoordDto(int eisVolgnummer, boolean verplicht, String tekst, BewijsstukDto bewijs, Boolean voldaan,
        String opmerking) {
}
