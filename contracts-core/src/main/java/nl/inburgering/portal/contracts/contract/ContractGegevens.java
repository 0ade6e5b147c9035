package nl.inburgering.portal.contracts.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * Input for a new contract, as entered or as handed over by an Open House admission or a tender
 * award: {@link ContractService} validates every field at once.
 *
 * @param herkomstReferentie the procedure or tender (reference or id) the contract came from
 * @param perceel            optional; the lot, only for AANBESTEDING
 * @param verlengopties      extension options; null is none
 * @param capaciteit         optional: maximum concurrent open placements
 * @param tarieven           at least one version; the earliest in force on the start date
 */
public record ContractGegevens(String contractNummer, Long aanbiederId, ContractHerkomst herkomst,
        String herkomstReferentie, String perceel, Set<Leerroute> leerroutes, Set<Long> gemeenteIds,
        LocalDate startdatum, LocalDate einddatum, Integer verlengopties, Integer capaciteit, BtwTarief btwTarief,
        boolean geoorloofdVerzuimDeclarabel, List<TariefGegevens> tarieven) {
}
