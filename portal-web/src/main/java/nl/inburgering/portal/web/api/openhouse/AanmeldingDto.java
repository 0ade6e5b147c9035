package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgering.portal.openhouse.aanmelding.Aanmelding;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingStatus;
import nl.inburgering.portal.openhouse.aanmelding.Antwoord;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;

/**
 * A provider's application to an Open House procedure (OpenAPI schema {@code Aanmelding}).
 *
 * @param versienummer       the version of the procedure's conditions it was made under
 * @param besluitdatum       TOEGELATEN, AFGEWEZEN and OPGEZEGD: the date of the decision
 * @param afwijzingsredenen  AFGEWEZEN only
 * @param contractId         TOEGELATEN and OPGEZEGD: the OPEN_HOUSE contract the admission created
 * @param opzeggingEinddatum OPGEZEGD: the date the contract ends on
 * @param opzeggingVerwerkt  OPGEZEGD: whether the contract manager has ended the contract
 */
@JsonbPropertyOrder({"id", "procedureId", "versienummer", "aanbiederId", "status", "antwoorden", "aangemaaktOp",
        "ingediendOp", "besluitdatum", "afwijzingsredenen", "contractId", "contractNummer", "opgezegdOp",
        "opzeggingEinddatum", "opzeggingVerwerkt"})
public record AanmeldingDto(long id, long procedureId, int versienummer, long aanbiederId, AanmeldingStatus status,
        List<AntwoordDto> antwoorden, Instant aangemaaktOp, Instant ingediendOp, LocalDate besluitdatum,
        String afwijzingsredenen, Long contractId, String contractNummer, LocalDate opgezegdOp,
        LocalDate opzeggingEinddatum, Boolean opzeggingVerwerkt) {

    static AanmeldingDto of(Aanmelding a, List<BewijsstukInfo> bewijzen) {
        Map<Long, BewijsstukInfo> perId = bewijzen.stream()
                .collect(Collectors.toMap(BewijsstukInfo::id, Function.identity()));
        List<AntwoordDto> antwoorden = a.getAntwoorden().stream().map(x -> antwoord(x, perId)).toList();
        boolean opgezegd = a.getStatus() == AanmeldingStatus.OPGEZEGD;
        return new AanmeldingDto(a.getId(), a.getProcedureId(), a.getVersienummer(), a.getAanbiederId(), a.getStatus(),
                antwoorden, a.getAangemaaktOp(), a.getIngediendOp(), a.getBesluitdatum(), a.getAfwijzingsredenen(),
                a.getContractId(), a.getContractNummer() == null ? null : a.getContractNummer().value(),
                a.getOpgezegdOp(), a.getOpzeggingEinddatum(), opgezegd ? a.getOpzeggingVerwerktOp() != null : null);
    }

    private static AntwoordDto antwoord(Antwoord a, Map<Long, BewijsstukInfo> bewijzen) {
        BewijsstukInfo b = a.getBewijsstukId() == null ? null : bewijzen.get(a.getBewijsstukId());
        return new AntwoordDto(a.getEisVolgnummer(), a.isVerplicht(), a.getTekst(),
                b == null ? null : BewijsstukDto.of(b), a.getVoldaan(), a.getOpmerking());
    }
}
