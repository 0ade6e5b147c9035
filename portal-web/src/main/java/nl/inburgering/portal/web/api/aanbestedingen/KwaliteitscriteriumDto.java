package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import nl.inburgering.portal.tendering.aanbesteding.Kwaliteitscriterium;

/** A published quality criterion (OpenAPI schema {@code Kwaliteitscriterium}). */
@JsonbPropertyOrder({"nummer", "naam", "weging", "maxScore"})
public record KwaliteitscriteriumDto(int nummer, String naam, BigDecimal weging, int maxScore) {

    static KwaliteitscriteriumDto of(Kwaliteitscriterium k) {
        return new KwaliteitscriteriumDto(k.getNummer(), k.getNaam(), k.getWeging(), k.getMaxScore());
    }
}
