package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The education institutions admitted through Open House for the onderwijsroute, as the choices an
 * inburgeraar has (DESIGN.md, "Allocation": the inburgeraar chooses, the portal never does), by name.
 * For a gemeente only those whose contract it participates in.
 */
@Named
@RequestScoped
public class OpenHouseAanbieders {

    /** One choice. */
    public record Keuze(long id, String naam) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ContractService contracten;

    @Inject
    AanbiederService aanbieders;

    private List<Keuze> keuzes;

    public List<Keuze> getKeuzes() {
        if (keuzes == null) {
            ContractFilter filter = new ContractFilter(null, ContractStatus.ACTIEF, ContractHerkomst.OPEN_HOUSE, null,
                    Leerroute.ONDERWIJSROUTE, null);
            Set<Long> ids = new TreeSet<>();
            for (Contract c : contracten.search(currentUser.actor(), filter, 0, 1000, null, true)) {
                ids.add(c.getAanbiederId());
            }
            keuzes = ids.stream().map(this::keuze).filter(k -> k != null)
                    .sorted(Comparator.comparing(Keuze::naam)).toList();
        }
        return keuzes;
    }

    private Keuze keuze(long id) {
        try {
            return new Keuze(id, aanbieders.get(currentUser.actor(), id).getNaam());
        } catch (NotFoundException e) {
            return null;
        }
    }
}
