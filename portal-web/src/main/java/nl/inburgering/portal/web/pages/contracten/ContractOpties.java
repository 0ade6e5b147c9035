package nl.inburgering.portal.web.pages.contracten;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.Leerroute;

/** Choices and small views of a contract that several pages show ({@code #{contractOpties}}). */
@Named
@ApplicationScoped
public class ContractOpties {

    public ContractStatus[] getStatussen() {
        return ContractStatus.values();
    }

    public ContractHerkomst[] getHerkomsten() {
        return ContractHerkomst.values();
    }

    /** The contract's leerroutes in their natural order. */
    public List<Leerroute> leerroutes(Contract contract) {
        return contract.getLeerroutes().stream().sorted().toList();
    }
}
