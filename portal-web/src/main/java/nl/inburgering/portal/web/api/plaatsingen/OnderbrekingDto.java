package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.placement.Onderbreking;

/**
 * A pause of a placement (OpenAPI schema {@code Onderbreking}).
 *
 * @param totEnMet its last day; absent while the pause lasts
 */
@JsonbPropertyOrder({"vanaf", "totEnMet", "reden"})
public record OnderbrekingDto(LocalDate vanaf, LocalDate totEnMet, String reden) {

    static OnderbrekingDto of(Onderbreking o) {
        return new OnderbrekingDto(o.getVanaf(), o.getTotEnMet(), o.getReden());
    }
}
