package nl.inburgering.portal.contracts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * What callers see of a placement, with the names a list needs (the inburgeraar's initials and surname,
 * the contract number), the history and the pauses. Never a BSN.
 *
 * @param acties the actions this actor may take now, given the status and the actor's role (for the
 *               buttons of a page; the service checks again)
 */
public record PlaatsingView(long id, long version, long inburgeraarId, String inburgeraarNaam,
        String klantReferentie, long gemeenteId, boolean zelfbetaler, Leerroute leerroute, PlaatsingStatus status,
        Long contractId, ContractNumber contractNummer, Long aanbiederId, Long voorkeurAanbiederId,
        LocalDate aangemeldOp, LocalDate geplandeStart, BigDecimal geplandeUren, LocalDate werkelijkeStart,
        LocalDate einddatum, BeeindigingsReden eindreden, String eindtoelichting, Long vorigePlaatsingId,
        List<StatusWijziging> historie, List<Onderbreking> onderbrekingen, Set<PlaatsingActie> acties) {

    public PlaatsingView {
        historie = List.copyOf(historie);
        onderbrekingen = List.copyOf(onderbrekingen);
        acties = Set.copyOf(acties);
    }

    public boolean kan(PlaatsingActie actie) {
        return acties.contains(actie);
    }
}
