package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.openhouse.procedure.ProcedureGegevens;
import nl.inburgering.portal.web.api.Messages;
import nl.inburgering.portal.web.api.contracten.TariefInvoer;

/**
 * A procedure to create, or the new terms of one (OpenAPI schema {@code OpenHouseProcedureInvoer}).
 *
 * @param aanmelddeadline optional: the last day to apply; absent is 30 days before the end date
 */
public record ProcedureInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 200, message = Messages.TE_LANG) String titel,
        @NotNull(message = Messages.VERPLICHT) Leerroute leerroute,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 50, message = Messages.TE_VEEL)
                List<@NotNull(message = Messages.VERPLICHT) @Valid EisInvoer> eisen,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 20, message = Messages.TE_VEEL)
                List<@NotNull(message = Messages.VERPLICHT) @Valid TariefInvoer> tarieven,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_VEEL) Set<Long> gemeenteIds,
        @NotNull(message = Messages.VERPLICHT) LocalDate startdatum,
        @NotNull(message = Messages.VERPLICHT) LocalDate einddatum,
        LocalDate aanmelddeadline,
        @NotNull(message = Messages.VERPLICHT) Integer opzegtermijnMaanden,
        @NotNull(message = Messages.VERPLICHT) BtwTarief btwTarief,
        Boolean geoorloofdVerzuimDeclarabel) {

    ProcedureGegevens gegevens() {
        return new ProcedureGegevens(titel, leerroute, eisen.stream().map(EisInvoer::gegevens).toList(),
                tarieven.stream().map(ProcedureInvoer::tarief).toList(), gemeenteIds, startdatum, einddatum,
                aanmelddeadline, opzegtermijnMaanden, btwTarief, Boolean.TRUE.equals(geoorloofdVerzuimDeclarabel));
    }

    private static TariefGegevens tarief(TariefInvoer t) {
        return new TariefGegevens(t.geldigVanaf(), t.betaalmodel(), t.bedrag(), t.maxUrenPerPlaatsing(), t.mijlpalen(),
                t.omschrijving());
    }
}
