package nl.inburgering.portal.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.settlement.FactuurFilter;
import nl.inburgering.portal.contracts.settlement.FactuurService;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The dashboard ({@code /app/dashboard.xhtml}): what the user's role may do, and the counts the
 * services give for this user. The counts are tenant-scoped by the services: a provider counts only
 * itself and its own contracts, a gemeente the contracts it takes part in.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** DESIGN.md, "Signals": keurmerk expiring within 60 days, contracts ending within 90 days. */
    static final int KEURMERK_DAGEN = 60;
    static final int CONTRACT_DAGEN = 90;

    @Inject
    CurrentUser currentUser;

    @Inject
    GemeenteService gemeenten;

    @Inject
    AanbiederService aanbieders;

    @Inject
    ContractService contracten;

    @Inject
    FactuurService facturen;

    private long aantalGemeenten;
    private long aantalAanbieders;
    private long aantalActieveContracten;
    private List<Aanbieder> keurmerkAandacht = List.of();
    private List<Contract> eindigendeContracten = List.of();
    private long facturenTeDoen;

    @PostConstruct
    void init() {
        Actor actor = currentUser.actor();
        aantalGemeenten = gemeenten.list(actor).size();
        aantalAanbieders = aanbieders.count(actor, AanbiederFilter.none());
        aantalActieveContracten = contracten.count(actor,
                new ContractFilter(null, ContractStatus.ACTIEF, null, null, null, null));
        if (currentUser.isContractbeheerder()) {
            LocalDate today = LocalDate.now(Formats.ZONE);
            keurmerkAandacht = aanbieders.keurmerkAandachtspunten(actor, today, KEURMERK_DAGEN);
            eindigendeContracten = contracten.eindigendBinnen(actor, today, CONTRACT_DAGEN);
        }
        if (currentUser.isContractbeheerder() || currentUser.isAanbieder()) {
            facturenTeDoen = facturen.tel(actor, new FactuurFilter(null, getFactuurstatusTeDoen(), null, null, null));
        }
    }

    public List<Aanbieder> getKeurmerkAandacht() {
        return keurmerkAandacht;
    }

    public List<Contract> getEindigendeContracten() {
        return eindigendeContracten;
    }

    public int getKeurmerkDagen() {
        return KEURMERK_DAGEN;
    }

    public int getContractDagen() {
        return CONTRACT_DAGEN;
    }

    /**
     * DESIGN.md, "Signals": invoices awaiting approval on the contract manager's dashboard; for a provider its
     * CONCEPT invoices still to review and submit.
     */
    public long getFacturenTeDoen() {
        return facturenTeDoen;
    }

    /** The status the invoices card counts and links to: INGEDIEND for the contract manager, else CONCEPT. */
    public Factuurstatus getFactuurstatusTeDoen() {
        return currentUser.isContractbeheerder() ? Factuurstatus.INGEDIEND : Factuurstatus.CONCEPT;
    }

    public long getAantalGemeenten() {
        return aantalGemeenten;
    }

    public long getAantalAanbieders() {
        return aantalAanbieders;
    }

    public long getAantalActieveContracten() {
        return aantalActieveContracten;
    }
}
