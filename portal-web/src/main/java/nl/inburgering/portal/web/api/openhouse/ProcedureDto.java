package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.openhouse.procedure.ProcedureStatus;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;

/**
 * An Open House procedure in one version (OpenAPI schema {@code OpenHouseProcedure}): by default the
 * version in force, or the concept before the first publication.
 *
 * @param versienummer    the version shown; a published procedure never changes silently, every change
 *                        is a new version
 * @param gepubliceerdOp  absent for the concept
 * @param aanmeldenOpen   whether providers may apply today (up to and including the deadline)
 * @param versies         the numbers of all published versions, oldest first
 */
@JsonbPropertyOrder({"id", "status", "versienummer", "gepubliceerdOp", "versies", "titel", "leerroute", "eisen",
        "tarieven", "gemeenteIds", "startdatum", "einddatum", "aanmelddeadline", "aanmeldenOpen",
        "opzegtermijnMaanden", "btwTarief", "geoorloofdVerzuimDeclarabel"})
public record ProcedureDto(long id, ProcedureStatus status, int versienummer, Instant gepubliceerdOp,
        List<Integer> versies, String titel, Leerroute leerroute, List<EisDto> eisen, List<VastTariefDto> tarieven,
        List<Long> gemeenteIds, LocalDate startdatum, LocalDate einddatum, LocalDate aanmelddeadline,
        boolean aanmeldenOpen, int opzegtermijnMaanden, BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel) {

    static ProcedureDto of(ProcedureVersie v, ProcedureStatus status, List<Integer> versies, LocalDate vandaag) {
        return new ProcedureDto(v.getProcedureId(), status, v.getVersienummer(), v.getGepubliceerdOp(),
                List.copyOf(versies), v.getTitel(), v.getLeerroute(), v.getEisen().stream().map(EisDto::of).toList(),
                v.getTarieven().stream().map(VastTariefDto::of).toList(), List.copyOf(v.getGemeenteIds()),
                v.getStartdatum(), v.getEinddatum(), v.getAanmelddeadline(),
                v.isGepubliceerd() && v.isAanmeldenOpen(vandaag), v.getOpzegtermijnMaanden(), v.getBtwTarief(),
                v.isGeoorloofdVerzuimDeclarabel());
    }
}
