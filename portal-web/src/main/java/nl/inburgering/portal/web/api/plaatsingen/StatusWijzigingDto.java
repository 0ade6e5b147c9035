package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.StatusWijziging;

/**
 * One step in a placement's history (OpenAPI schema {@code StatusWijziging}).
 *
 * @param van   absent for the referral itself
 * @param datum the date the step took effect (actual start, first day of a pause, last day), if any
 */
@JsonbPropertyOrder({"tijdstip", "van", "naar", "datum", "contractId", "door", "rol", "toelichting"})
public record StatusWijzigingDto(Instant tijdstip, PlaatsingStatus van, PlaatsingStatus naar, LocalDate datum,
        Long contractId, String door, Role rol, String toelichting) {

    static StatusWijzigingDto of(StatusWijziging s) {
        return new StatusWijzigingDto(s.getTijdstip(), s.getVan(), s.getNaar(), s.getDatum(), s.getContractId(),
                s.getDoor(), s.getRol(), s.getToelichting());
    }
}
