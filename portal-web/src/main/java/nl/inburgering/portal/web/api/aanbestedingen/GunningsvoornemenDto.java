package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.inburgering.portal.tendering.gunning.Gunningsvoornemen;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.tendering.gunning.Standstill;

/**
 * An award decision with its standstill (OpenAPI schema {@code Gunningsvoornemen}).
 *
 * @param standstillEinde       the last day of the standstill: the send date plus the standstill days
 * @param eersteDagNaStandstill the first day contracts may be created
 * @param dagenResterend        the countdown: calendar days of the standstill still to run, today included
 * @param aantalBerichten       the messages sent: one per bid on every lot
 */
@JsonbPropertyOrder({"id", "aanbestedingId", "status", "verzondenOp", "verzenddatum", "standstillDagen",
        "standstillEinde", "eersteDagNaStandstill", "dagenResterend", "verzondenDoor", "aantalBerichten",
        "ingetrokkenOp", "intrekkingsreden", "definitiefOp"})
public record GunningsvoornemenDto(long id, long aanbestedingId, GunningsvoornemenStatus status,
        OffsetDateTime verzondenOp, LocalDate verzenddatum, int standstillDagen, LocalDate standstillEinde,
        LocalDate eersteDagNaStandstill, long dagenResterend, String verzondenDoor, int aantalBerichten,
        OffsetDateTime ingetrokkenOp, String intrekkingsreden, OffsetDateTime definitiefOp) {

    static GunningsvoornemenDto of(Gunningsvoornemen v, int aantalBerichten, LocalDate vandaag) {
        Standstill s = v.standstill();
        return new GunningsvoornemenDto(v.getId(), v.getAanbestedingId(), v.getStatus(), Tijd.nl(v.getVerzondenOp()),
                v.getVerzenddatum(), v.getStandstillDagen(), v.getStandstillEinde(), s.eersteDagNaEinde(),
                s.dagenResterend(vandaag), v.getVerzondenDoor(), aantalBerichten, Tijd.nl(v.getIngetrokkenOp()),
                v.getIntrekkingsreden(), Tijd.nl(v.getDefinitiefOp()));
    }
}
