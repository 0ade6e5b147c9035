package nl.inburgering.portal.web.api.contracten;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.web.api.Messages;

/**
 * A new contract (OpenAPI schema {@code ContractInvoer}); it starts ACTIEF.
 *
 * @param perceel                     only for AANBESTEDING
 * @param verlengopties               optional, default 0
 * @param capaciteit                  optional; absent is unlimited
 * @param geoorloofdVerzuimDeclarabel optional, default false
 * @param tarieven                    at least one; the earliest in force on the start date
 */
public record ContractInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 30, message = Messages.TE_LANG) String contractNummer,
        @NotNull(message = Messages.VERPLICHT) Long aanbiederId,
        @NotNull(message = Messages.VERPLICHT) ContractHerkomst herkomst,
        @NotNull(message = Messages.VERPLICHT) @Size(max = 100, message = Messages.TE_LANG) String herkomstReferentie,
        @Size(max = 100, message = Messages.TE_LANG) String perceel,
        @NotEmpty(message = Messages.NIET_LEEG) Set<@NotNull(message = Messages.VERPLICHT) Leerroute> leerroutes,
        @NotEmpty(message = Messages.NIET_LEEG) @Size(max = 100, message = Messages.TE_VEEL)
        Set<@NotNull(message = Messages.VERPLICHT) Long> gemeenteIds,
        @NotNull(message = Messages.VERPLICHT) LocalDate startdatum,
        @NotNull(message = Messages.VERPLICHT) LocalDate einddatum,
        @PositiveOrZero(message = Messages.NUL_OF_MEER) Integer verlengopties,
        @Positive(message = Messages.POSITIEF) Integer capaciteit,
        @NotNull(message = Messages.VERPLICHT) BtwTarief btwTarief,
        Boolean geoorloofdVerzuimDeclarabel,
        @NotEmpty(message = Messages.NIET_LEEG) @Size(max = 50, message = Messages.TE_VEEL)
        List<@NotNull(message = Messages.VERPLICHT) @Valid TariefInvoer> tarieven) {

    ContractGegevens gegevens() {
        return new ContractGegevens(contractNummer, aanbiederId, herkomst, herkomstReferentie, perceel, leerroutes,
                gemeenteIds, startdatum, einddatum, verlengopties, capaciteit, btwTarief,
                Boolean.TRUE.equals(geoorloofdVerzuimDeclarabel),
                tarieven == null ? null : tarieven.stream().map(t -> t == null ? null : t.gegevens()).toList());
    }
}
