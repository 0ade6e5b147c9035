package nl.inburgering.portal.web.api.aanbieders;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkPeriode;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;

/**
 * One period of a provider's Blik op Werk keurmerk history (OpenAPI schema {@code KeurmerkPeriode}).
 *
 * @param geldigTot always for GELDIG, optional otherwise
 */
@JsonbPropertyOrder({"status", "vanaf", "geldigTot"})
public record KeurmerkPeriodeDto(KeurmerkStatus status, LocalDate vanaf, LocalDate geldigTot) {

    static KeurmerkPeriodeDto of(KeurmerkPeriode p) {
        return new KeurmerkPeriodeDto(p.getStatus(), p.getVanaf(), p.getGeldigTot());
    }
}
