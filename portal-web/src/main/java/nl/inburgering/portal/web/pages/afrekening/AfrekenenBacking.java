package nl.inburgering.portal.web.pages.afrekening;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederFilter;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.settlement.AfrekenService;
import nl.inburgering.portal.contracts.settlement.AfrekenrunView;
import nl.inburgering.portal.contracts.settlement.Afrekenrunstatus;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.settlement.AfrekeningStarter;

/**
 * The monthly settlement run ({@code /app/afrekening/afrekenen.xhtml}; DESIGN.md, "Settlement"; "Pages": long
 * jobs show progress). The contract manager chooses a month that has ended (last month by default) and
 * optionally one contract and starts the run ({@link AfrekeningStarter}: registered now, executed in the
 * background); the page polls {@link AfrekenService#get} for its progress until it is done, then shows what it
 * did and its message. Below: the latest runs. {@code ?run=} shows one run's progress (after a reload).
 * Others: 403.
 */
@Named
@ViewScoped
public class AfrekenenBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String FORM = "afrekenen";

    /** A contract in the choice list. */
    public record ContractKeuze(long id, String label) implements Serializable {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AfrekeningStarter starter;

    @Inject
    AfrekenService afrekenService;

    @Inject
    ContractService contracten;

    @Inject
    AanbiederService aanbieders;

    private String maand = YearMonth.now(ZONE).minusMonths(1).toString();
    private Long contractId;
    private Long runId;
    private AfrekenrunView run;
    private List<ContractKeuze> contractKeuzes;
    private transient List<AfrekenrunView> recent;

    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (runId != null) {
            try {
                run = afrekenService.get(currentUser.actor(), runId);
            } catch (NotFoundException e) {
                runId = null;
            }
        }
    }

    /** Registers the run and sets it working; the page then polls its progress. */
    public void start() {
        try {
            run = starter.start(currentUser.actor(), AfrekeningOpties.maand(maand), contractId);
            runId = run.id();
            recent = null;
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM, Map.of("maand", "maand", "contractId", "contract"), null);
        } catch (StateConflictException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    /** The poll: the run as it is now. */
    public void ververs() {
        if (runId != null) {
            run = afrekenService.get(currentUser.actor(), runId);
            if (run.isKlaar()) {
                recent = null;
                if (run.status() == Afrekenrunstatus.GEREED) {
                    PageMessages.info("afrekening.klaarMelding", run.facturenBerekend(), run.aantalContracten());
                }
            }
        }
    }

    /** Whether the page polls: a run is shown and still working. */
    public boolean isBezig() {
        return run != null && !run.isKlaar();
    }

    public List<AfrekenrunView> getRecent() {
        if (recent == null) {
            recent = afrekenService.recent(currentUser.actor(), 0, 10);
        }
        return recent;
    }

    public List<ContractKeuze> getContractKeuzes() {
        if (contractKeuzes == null) {
            Map<Long, String> namen = new HashMap<>();
            for (Aanbieder a : aanbieders.search(currentUser.actor(), AanbiederFilter.none(), 0, 1000, "naam", true)) {
                namen.put(a.getId(), a.getNaam());
            }
            List<ContractKeuze> l = new ArrayList<>();
            for (Contract c : contracten.search(currentUser.actor(), ContractFilter.none(), 0, 1000, "contractNummer",
                    true)) {
                l.add(new ContractKeuze(c.getId(), c.getContractNummer() + " · " + namen.getOrDefault(
                        c.getAanbiederId(), "")));
            }
            contractKeuzes = l;
        }
        return contractKeuzes;
    }

    /** The contract number of a run's contract, or null for all. */
    public String contract(Long id) {
        if (id == null) {
            return null;
        }
        return getContractKeuzes().stream().filter(k -> k.id() == id).map(ContractKeuze::label).findFirst()
                .orElse(String.valueOf(id));
    }

    public String getMaand() {
        return maand;
    }

    public void setMaand(String maand) {
        this.maand = maand;
    }

    public Long getContractId() {
        return contractId;
    }

    public void setContractId(Long contractId) {
        this.contractId = contractId;
    }

    public Long getRunId() {
        return runId;
    }

    public void setRunId(Long runId) {
        this.runId = runId;
    }

    public AfrekenrunView getRun() {
        return run;
    }
}
