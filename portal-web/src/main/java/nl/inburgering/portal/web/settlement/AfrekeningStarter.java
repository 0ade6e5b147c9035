package nl.inburgering.portal.web.settlement;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.settlement.AfrekenService;
import nl.inburgering.portal.contracts.settlement.AfrekenrunView;

/**
 * Starts a settlement run and lets it work in the background (DESIGN.md, "Pages": long jobs show progress):
 * the run is registered in the caller's request (so bad input is refused at once and nothing is stored),
 * then executed on the container's managed executor while the page polls or the API client reads
 * {@code GET /afrekeningen/{id}}.
 */
@ApplicationScoped
public class AfrekeningStarter {

    @Inject
    private AfrekenService afrekenService;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    public AfrekenrunView start(Actor actor, YearMonth maand, Long contractId) {
        AfrekenrunView run = afrekenService.start(actor, maand, contractId);
        executor.submit(() -> afrekenService.voerUit(actor, run.id()));
        return run;
    }
}
