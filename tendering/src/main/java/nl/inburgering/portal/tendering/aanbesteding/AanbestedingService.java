package nl.inburgering.portal.tendering.aanbesteding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.PerceelInvoer;
import nl.inburgering.portal.tendering.internal.Jpql;
import nl.inburgering.portal.tendering.internal.Klok;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * Tenders: drafting, publication and the public notice (DESIGN.md, "Rules", Tender; the rules
 * themselves are on {@link Aanbesteding}).
 *
 * <p>Visibility (DESIGN.md, "Users"), always in the query: the {@link Role#CONTRACTBEHEERDER} sees
 * every tender, drafts included; every other role sees only tenders whose notice is public (status
 * after CONCEPT), as does anyone without login through {@link #publiekeAankondiging(long)}. A draft
 * asked for by anyone else answers {@link NotFoundException}. Only the contract manager creates,
 * changes, publishes and cancels tenders; every change writes an audit line in the same transaction.
 *
 * <p>Closing the tender and opening the bids is {@code InschrijvingService.sluitEnOpen}, since it
 * checks every bidder's keurmerk. Returns the {@link Aanbesteding} entities themselves (detached once
 * the call returns) with lots and criteria loaded; they hold no bid data.
 */
@ApplicationScoped
public class AanbestedingService {

    static final String ENTITEIT = "Aanbesteding";

    private static final Map<String, String> SORT = Map.of(
            "referentie", "a.referentie",
            "titel", "a.titel",
            "sluitingstijd", "a.sluitingstijd",
            "status", "a.status");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private GemeenteService gemeenteService;

    @Inject
    private Klok klok;

    @Inject
    private Event<AanbestedingIngetrokken> ingetrokken;

    /** A page of the tenders the actor may see, latest deadline first unless sorted otherwise. */
    public List<Aanbesteding> search(Actor actor, AanbestedingFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Jpql.checkPage(first, pageSize);
        Jpql where = where(actor, filter);
        String jpql = "select a from Aanbesteding a" + where
                + Jpql.orderBy(sortField, ascending, SORT, "sluitingstijd", "a");
        return where.bind(em.createQuery(jpql, Aanbesteding.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(Actor actor, AanbestedingFilter filter) {
        Jpql where = where(actor, filter);
        return where.bind(em.createQuery("select count(a) from Aanbesteding a" + where, Long.class)).getSingleResult();
    }

    /** The tender, if the actor may see it; otherwise {@link NotFoundException}. */
    public Aanbesteding get(Actor actor, long id) {
        return find(actor.is(Role.CONTRACTBEHEERDER), id);
    }

    private Aanbesteding find(boolean ookConcepten, long id) {
        Jpql where = tenancy(ookConcepten).and("a.id = :id", "id", id);
        return where.bind(em.createQuery("select a from Aanbesteding a" + where, Aanbesteding.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    /**
     * The public notice of a tender, without login (DESIGN.md, "Pages": public notice page): every
     * tender past CONCEPT, cancelled ones included (with their reason). A draft is
     * {@link NotFoundException}.
     */
    public Aanbesteding publiekeAankondiging(long id) {
        return find(false, id);
    }

    /** All public notices, latest deadline first: the public list. */
    public List<Aanbesteding> publiekeAankondigingen() {
        return em.createQuery("select a from Aanbesteding a where a.status <> :concept"
                        + " order by a.sluitingstijd desc, a.id desc", Aanbesteding.class)
                .setParameter("concept", AanbestedingStatus.CONCEPT)
                .getResultList();
    }

    @Transactional
    public Aanbesteding create(Actor actor, AanbestedingGegevens in) {
        mayManage(actor);
        Instant nu = klok.nu();
        controleer(actor, in, nu, null);
        Aanbesteding a = new Aanbesteding(in, nu);
        em.persist(a);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, a.getId(), "Aanbesteding " + a + " aangemaakt met "
                + a.getPercelen().size() + " perceel/percelen");
        return a;
    }

    /** Replaces a draft; refused once published. */
    @Transactional
    public Aanbesteding wijzig(Actor actor, long id, AanbestedingGegevens in) {
        mayManage(actor);
        Aanbesteding a = get(actor, id);
        a.controleerConcept();
        Instant nu = klok.nu();
        controleer(actor, in, nu, a.getId());
        a.wijzig(in, nu);
        em.flush();
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, a.getId(), "Aanbesteding " + a + " gewijzigd");
        return a;
    }

    @Transactional
    public Aanbesteding publiceer(Actor actor, long id) {
        mayManage(actor);
        Aanbesteding a = get(actor, id);
        a.publiceer(klok.nu());
        auditLog.record(actor, "GEPUBLICEERD", ENTITEIT, a.getId(), "Aanbesteding " + a.getReferentie()
                + " gepubliceerd; sluitingstijd " + Nl.tijdstip(a.getSluitingstijd()));
        return a;
    }

    /**
     * Moves the deadline later while bidding is open, with the reason published on the notice; see
     * {@link Aanbesteding#verlengSluitingstijd} for the rules. Every bidder sees the new deadline on
     * the notice; the audit line keeps the old and new deadline and the reason.
     */
    @Transactional
    public Aanbesteding verlengSluitingstijd(Actor actor, long id, LocalDateTime nieuweSluitingstijd, String reden) {
        mayManage(actor);
        Aanbesteding a = get(actor, id);
        Instant oud = a.getSluitingstijd();
        a.verlengSluitingstijd(nieuweSluitingstijd, reden, klok.nu());
        auditLog.record(actor, "SLUITINGSTIJD_VERLENGD", ENTITEIT, a.getId(), "Aanbesteding " + a.getReferentie()
                + ": sluitingstijd van " + Nl.tijdstip(oud) + " naar " + Nl.tijdstip(a.getSluitingstijd()) + "; reden: "
                + a.getVerlengingsreden());
        return a;
    }

    /** Cancels the tender, with a reason; a sent award decision becomes void. */
    @Transactional
    public Aanbesteding trekIn(Actor actor, long id, String reden) {
        mayManage(actor);
        Aanbesteding a = get(actor, id);
        a.trekIn(reden, klok.nu());
        ingetrokken.fire(new AanbestedingIngetrokken(a.getId(), a.getIntrekkingsreden()));
        auditLog.record(actor, "INGETROKKEN", ENTITEIT, a.getId(), "Aanbesteding " + a.getReferentie()
                + " ingetrokken: " + a.getIntrekkingsreden());
        return a;
    }

    /** The aggregate's rules plus a unique reference and existing gemeenten, all reported at once. */
    private void controleer(Actor actor, AanbestedingGegevens in, Instant nu, Long self) {
        FieldChecks checks = new FieldChecks();
        Aanbesteding.controleer(checks, in, nu);
        if (!checks.hasError("referentie")) {
            checks.check(!referentieInGebruik(in.referentie().strip(), self), "referentie",
                    "aanbesteding.referentie-bestaat", "Er is al een aanbesteding met referentie "
                            + in.referentie().strip() + ".");
        }
        List<PerceelInvoer> lots = in.percelen() == null ? List.of() : in.percelen();
        Set<Long> bekend = null;
        for (int i = 0; i < lots.size(); i++) {
            String veld = "percelen[" + i + "].gemeenteIds";
            if (lots.get(i) == null || lots.get(i).gemeenteIds() == null || checks.hasError(veld)) {
                continue;
            }
            if (bekend == null) {
                bekend = new HashSet<>(gemeenteService.list(actor).stream().map(Gemeente::getId).toList());
            }
            Set<Long> onbekend = new TreeSet<>(lots.get(i).gemeenteIds());
            onbekend.removeAll(bekend);
            checks.check(onbekend.isEmpty(), veld, "gemeente.onbekend", "Onbekende gemeente(n): " + onbekend + ".");
        }
        checks.throwIfAny();
    }

    private boolean referentieInGebruik(String referentie, Long self) {
        Jpql where = new Jpql().and("lower(a.referentie) = :ref", "ref", referentie.toLowerCase(Nl.LOCALE));
        if (self != null) {
            where.and("a.id <> :self", "self", self);
        }
        return where.bind(em.createQuery("select count(a) from Aanbesteding a" + where, Long.class))
                .getSingleResult() > 0;
    }

    private static Jpql tenancy(boolean ookConcepten) {
        Jpql where = new Jpql();
        if (!ookConcepten) {
            where.and("a.status <> :concept", "concept", AanbestedingStatus.CONCEPT);
        }
        return where;
    }

    private static Jpql where(Actor actor, AanbestedingFilter f) {
        Jpql where = tenancy(actor.is(Role.CONTRACTBEHEERDER));
        if (f == null) {
            return where;
        }
        if (!Jpql.isBlank(f.tekst())) {
            where.and("(lower(a.referentie) like :tekst escape '!' or lower(a.titel) like :tekst escape '!')",
                    "tekst", Jpql.containsPattern(f.tekst()));
        }
        if (f.status() != null) {
            where.and("a.status = :status", "status", f.status());
        }
        return where;
    }

    static void mayManage(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders mogen aanbestedingen opstellen, publiceren en "
                    + "beheren.");
        }
    }
}
