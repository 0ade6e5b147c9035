package nl.inburgering.portal.web.api.contracten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * A contract as the API shows it (OpenAPI schema {@code Contract}); its tariffs are at
 * {@code /contracten/{contractId}/tarieven}.
 *
 * @param perceel    the tender's lot; only for AANBESTEDING
 * @param capaciteit maximum concurrent open placements; absent is unlimited
 */
@JsonbPropertyOrder({"id", "contractNummer", "aanbiederId", "herkomst", "herkomstReferentie", "perceel",
        "leerroutes", "gemeenteIds", "startdatum", "einddatum", "verlengoptiesResterend", "capaciteit", "btwTarief",
        "geoorloofdVerzuimDeclarabel", "status"})
public record ContractDto(long id, String contractNummer, long aanbiederId, ContractHerkomst herkomst,
        String herkomstReferentie, String perceel, List<Leerroute> leerroutes, List<Long> gemeenteIds,
        LocalDate startdatum, LocalDate einddatum, int verlengoptiesResterend, Integer capaciteit,
        BtwTarief btwTarief, boolean geoorloofdVerzuimDeclarabel, ContractStatus status) {

    static ContractDto of(Contract c) {
        return new ContractDto(c.getId(), c.getContractNummer().value(), c.getAanbiederId(), c.getHerkomst(),
                c.getHerkomstReferentie(), c.getPerceel(), List.copyOf(c.getLeerroutes()),
                List.copyOf(c.getGemeenteIds()), c.getStartdatum(), c.getEinddatum(), c.getVerlengoptiesResterend(),
                c.getCapaciteit(), c.getBtwTarief(), c.isGeoorloofdVerzuimDeclarabel(), c.getStatus());
    }
}
