package nl.inburgering.portal.web.api.presenties;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.attendance.CorrectieStatus;
import nl.inburgering.portal.contracts.attendance.CorrectieView;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;

/**
 * A correction request (OpenAPI schema {@code Correctieverzoek}): the record's old and proposed values, the
 * decision, and whether the next settlement still has to pick it up.
 *
 * @param maand       the settled month, {@code JJJJ-MM}
 * @param verrekendIn the settlement month that picked it up, {@code JJJJ-MM}
 */
@JsonbPropertyOrder({"id", "plaatsingId", "contractId", "datum", "onderdeel", "maand", "oudGeroosterd", "oudAanwezig",
        "oudVerzuimreden", "nieuwGeroosterd", "nieuwAanwezig", "nieuwVerzuimreden", "reden", "status",
        "ingediendDoor", "ingediendOp", "beoordeeldDoor", "beoordeeldOp", "beoordeling", "teVerrekenen",
        "verrekendIn"})
public record CorrectieverzoekDto(Long id, long plaatsingId, long contractId, LocalDate datum, Onderdeel onderdeel,
        String maand, BigDecimal oudGeroosterd, BigDecimal oudAanwezig, Verzuimreden oudVerzuimreden,
        BigDecimal nieuwGeroosterd, BigDecimal nieuwAanwezig, Verzuimreden nieuwVerzuimreden, String reden,
        CorrectieStatus status, String ingediendDoor, Instant ingediendOp, String beoordeeldDoor, Instant beoordeeldOp,
        String beoordeling, boolean teVerrekenen, String verrekendIn) {

    static CorrectieverzoekDto of(CorrectieView v) {
        return new CorrectieverzoekDto(v.id(), v.plaatsingId(), v.contractId(), v.datum(), v.onderdeel(),
                v.maand() == null ? null : v.maand().toString(), v.oudGeroosterd(), v.oudAanwezig(),
                v.oudVerzuimreden(), v.nieuwGeroosterd(), v.nieuwAanwezig(), v.nieuwVerzuimreden(), v.reden(),
                v.status(), v.ingediendDoor(), v.ingediendOp(), v.beoordeeldDoor(), v.beoordeeldOp(), v.beoordeling(),
                v.teVerrekenen(), v.verrekendIn() == null ? null : v.verrekendIn().toString());
    }
}
