package nl.inburgering.portal.contracts.settlement;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.settlement.internal.AfrekeningOpslag;
import nl.inburgering.portal.contracts.settlement.internal.Afrekenstap;
import nl.inburgering.portal.contracts.settlement.rules.PresentieFeit;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The monthly settlement run (DESIGN.md, "Settlement (monthly, per contract)"; issue 7): a contract manager
 * {@link #start starts} it for a month that has ended, for all contracts or one; the web layer then
 * {@link #voerUit executes} it in the background while the page or the API shows its progress.
 *
 * <p>First the month's attendance is locked for all contracts of the run (from then on it changes only by an
 * approved correction) and its PER_UUR sums are read in one query. Then per contract
 * ({@code portal.afrekening.parallel} at a time, default 2), in its own transaction: the contract row is locked,
 * the month is computed by
 * {@link nl.inburgering.portal.contracts.settlement.rules.Afrekening#bereken} from what is stored, and the
 * CONCEPT invoices (gemeenten, zelfbetalers) are written or rewritten; a frozen invoice (INGEDIEND or later)
 * is never touched. The unique key (contract, month, kind) and the row lock mean two runs of the same month at
 * the same moment still give one invoice per contract and kind: the second waits and recomputes the first's
 * CONCEPT to the same figures.
 *
 * <p><b>Decisions where DESIGN.md is silent.</b> A month can be settled once it has ended (attendance of a
 * running month is not complete). Once a gemeente's statement of the month is definitive, the month is closed
 * for settlement: a re-run is refused, and corrections go into a later month. A contract whose data cannot be
 * settled (e.g. no tariff in force on a billed date) is skipped with its reason in the run's message; the
 * others are settled.
 */
@ApplicationScoped
public class AfrekenService {

    static final String ENTITEIT = "Afrekenrun";
    private static final Logger LOG = Logger.getLogger(AfrekenService.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Afrekenstap stap;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    /**
     * How many contracts a run settles at the same time (each in its own transaction, under its own row lock);
     * 1 settles one after the other. See bench/SettlementBench.java for what it gains.
     */
    @Inject
    @ConfigProperty(name = "portal.afrekening.parallel", defaultValue = "2")
    private int parallel;

    private Clock clock = Clock.system(ZONE);

    /**
     * Registers a run; nothing is computed yet ({@link #voerUit}).
     *
     * @param contractId one contract, or null for all
     * @throws InvalidInputException month missing or not yet ended, or an unknown contract
     * @throws StateConflictException a statement of the month is already definitive
     */
    @Transactional
    public AfrekenrunView start(Actor actor, YearMonth maand, Long contractId) {
        magAfrekenen(actor);
        if (maand == null) {
            throw InvalidInputException.of("maand", "afrekening.maand.verplicht", "Kies de maand die u wilt afrekenen.");
        }
        YearMonth nu = YearMonth.now(clock);
        if (!maand.isBefore(nu)) {
            throw InvalidInputException.of("maand", "afrekening.maand.lopend", "De maand " + maand
                    + " is nog niet voorbij; een maand wordt afgerekend als alle presentie binnen is (vanaf "
                    + maand.plusMonths(1).atDay(1) + ").");
        }
        if (contractId != null && em.find(Contract.class, contractId) == null) {
            throw InvalidInputException.of("contractId", "afrekening.contract.onbekend",
                    "Contract " + contractId + " bestaat niet.");
        }
        List<String> definitief = em.createQuery("select v.nummer from Verrekenstaat v where v.maand = :m"
                        + " and v.status = nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus.DEFINITIEF"
                        + " order by v.nummer", String.class)
                .setParameter("m", maand.atDay(1))
                .getResultList();
        if (!definitief.isEmpty()) {
            throw new StateConflictException("De maand " + maand + " is gesloten: verrekenstaat "
                    + String.join(", ", definitief) + " is definitief. Correcties komen in een latere maand.");
        }
        Afrekenrun run = new Afrekenrun(maand, contractId, actor.username());
        em.persist(run);
        em.flush();
        auditLog.record(actor, "GESTART", ENTITEIT, run.getId(), "Afrekening " + maand + " gestart voor "
                + (contractId == null ? "alle contracten" : "contract " + contractId));
        return AfrekenrunView.van(run);
    }

    /**
     * Executes a registered run, contract after contract; returns when done. Call it outside a transaction
     * (a managed executor): each step commits on its own. Never throws: a failure ends the run MISLUKT with
     * the reason.
     */
    public void voerUit(Actor actor, long runId) {
        magAfrekenen(actor);
        Afrekenrun run = em.find(Afrekenrun.class, runId);
        if (run == null) {
            throw new NotFoundException(ENTITEIT, runId);
        }
        YearMonth maand = run.getMaand();
        List<String> overgeslagen = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Long> contracten = stap.begin(runId, maand, run.getContractId());
            // the placements are read on another connection while this one locks the month and sums it
            Future<AfrekeningOpslag.Plaatsingen> plaatsingen = executor == null ? null
                    : executor.submit(() -> stap.leesPlaatsingen(maand, contracten));
            Map<Long, PresentieFeit> sommen = stap.vergrendelEnTel(actor, contracten, maand);
            AfrekeningOpslag.Vooraf vooraf = AfrekeningOpslag.Vooraf.van(plaatsingen == null
                    ? stap.leesPlaatsingen(maand, contracten) : wacht(plaatsingen), sommen);
            AtomicInteger volgende = new AtomicInteger();
            Runnable werker = () -> {
                for (int i = volgende.getAndIncrement(); i < contracten.size(); i = volgende.getAndIncrement()) {
                    long contractId = contracten.get(i);
                    try {
                        stap.rekenAf(runId, contractId, maand, vooraf);     // counts itself in the progress
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        overgeslagen.add("contract " + contractId + ": " + e.getMessage());
                        stap.voortgang(runId, new Afrekenstap.Telling(0, 0));
                    }
                }
            };
            int werkers = Math.max(1, Math.min(parallel, contracten.size()));
            List<Future<?>> extra = new ArrayList<>();
            for (int w = 1; w < werkers && executor != null; w++) {
                extra.add(executor.submit(werker));
            }
            werker.run();
            for (Future<?> f : extra) {
                wacht(f);
            }
            String melding = overgeslagen.isEmpty() ? null
                    : "Niet afgerekend (" + overgeslagen.size() + "): " + String.join("; ", overgeslagen);
            stap.klaar(runId, true, melding);
            auditLog.record(actor, "AFGEROND", ENTITEIT, runId, "Afrekening " + maand + " klaar: " + contracten.size()
                    + " contracten" + (overgeslagen.isEmpty() ? "" : ", " + overgeslagen.size() + " overgeslagen"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "settlement run " + runId + " failed", e);
            stap.klaar(runId, false, "De afrekening is afgebroken: " + Objects.toString(rootMessage(e), "onbekende fout")
                    + ". Wat al berekend was blijft staan; start de afrekening opnieuw.");
        }
    }

    /** The result of a step run on the executor; its failure as this thread's. */
    private static <T> T wacht(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public AfrekenrunView get(Actor actor, long runId) {
        magAfrekenen(actor);
        Afrekenrun run = em.find(Afrekenrun.class, runId);
        if (run == null) {
            throw new NotFoundException(ENTITEIT, runId);
        }
        return AfrekenrunView.van(run);
    }

    /** The latest runs, newest first. */
    public List<AfrekenrunView> recent(Actor actor, int first, int max) {
        magAfrekenen(actor);
        return em.createQuery("select r from Afrekenrun r order by r.gestartOp desc, r.id desc", Afrekenrun.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(AfrekenrunView::van)
                .toList();
    }

    public long tel(Actor actor) {
        magAfrekenen(actor);
        return em.createQuery("select count(r) from Afrekenrun r", Long.class).getSingleResult();
    }

    /** For tests: a fixed clock. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    private static void magAfrekenen(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Afrekenen doet de contractbeheerder.");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
