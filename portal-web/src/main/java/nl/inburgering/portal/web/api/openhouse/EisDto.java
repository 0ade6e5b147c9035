package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import nl.inburgering.portal.openhouse.procedure.Eis;

/**
 * One published condition of a procedure version (OpenAPI schema {@code Eis}).
 *
 * @param volgnummer the number an application answers it by, from 1
 * @param verplicht  whether admission requires it to be met
 */
@JsonbPropertyOrder({"volgnummer", "omschrijving", "toelichting", "verplicht"})
public record EisDto(int volgnummer, String omschrijving, String toelichting, boolean verplicht) {

    static EisDto of(Eis e) {
        return new EisDto(e.getVolgnummer(), e.getOmschrijving(), e.getToelichting(), e.isVerplicht());
    }
}
