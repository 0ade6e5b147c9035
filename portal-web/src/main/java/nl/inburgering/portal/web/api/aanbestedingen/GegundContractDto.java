package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.inburgering.portal.tendering.gunning.GegundContract;
import nl.inburgering.portal.tendering.gunning.Verlenging;

/**
 * A contract the definitive award created (OpenAPI schema {@code GegundContract}); the contract itself
 * is at {@code /contracten/{contractId}}.
 *
 * @param optiesResterend extension options not yet exercised
 */
@JsonbPropertyOrder({"id", "contractId", "contractNummer", "perceelId", "aanbiederId", "inschrijvingId", "rang",
        "verlengopties", "optiesResterend", "gegundOp", "verlengingen"})
public record GegundContractDto(long id, long contractId, String contractNummer, long perceelId, long aanbiederId,
        long inschrijvingId, int rang, int verlengopties, int optiesResterend, OffsetDateTime gegundOp,
        List<VerlengingDto> verlengingen) {

    /** An exercised extension option (OpenAPI schema {@code Verlenging}). */
    @JsonbPropertyOrder({"optie", "oudeEinddatum", "nieuweEinddatum", "uitgevoerdOp", "uitgevoerdDoor"})
    public record VerlengingDto(int optie, LocalDate oudeEinddatum, LocalDate nieuweEinddatum,
            OffsetDateTime uitgevoerdOp, String uitgevoerdDoor) {

        static VerlengingDto of(Verlenging v) {
            return new VerlengingDto(v.getOptie(), v.getOudeEinddatum(), v.getNieuweEinddatum(),
                    Tijd.nl(v.getUitgevoerdOp()), v.getUitgevoerdDoor());
        }
    }

    static GegundContractDto of(GegundContract g) {
        return new GegundContractDto(g.getId(), g.getContractId(), g.getContractNummer(), g.getPerceelId(),
                g.getAanbiederId(), g.getInschrijvingId(), g.getRang(), g.getVerlengopties(), g.getOptiesResterend(),
                Tijd.nl(g.getGegundOp()), g.getVerlengingen().stream().map(VerlengingDto::of).toList());
    }
}
