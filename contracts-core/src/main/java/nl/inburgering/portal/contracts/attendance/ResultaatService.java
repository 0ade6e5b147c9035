package nl.inburgering.portal.contracts.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.attendance.internal.Tenancy;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.placement.Plaatsing;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Results of placements (DESIGN.md, "Domain model", Resultaat; issue 6, "Results"): the provider records exam
 * results, progress reports and the completion of the route; the gemeente sees those of its own inburgeraars.
 *
 * <p>A ROUTE_AFGEROND result completes the placement in the same transaction, through
 * {@link PlaatsingService#rondAf}: its rules apply (status GESTART or ONDERBROKEN, the date not before the
 * start or a pause, not in the future), and if the placement cannot be completed nothing is recorded.
 *
 * <p>Tenancy, in the query: a provider records and reads only for placements on its own contracts (another's
 * placement is "onbekende plaatsing", as a missing one); a gemeente reads its own inburgeraars'; the contract
 * manager all.
 */
@ApplicationScoped
public class ResultaatService {

    static final String ENTITEIT = "Resultaat";

    private static final Map<String, String> SORT = Map.of(
            "datum", "r.datum",
            "soort", "r.soort",
            "vastgelegdOp", "r.vastgelegdOp");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PlaatsingService plaatsingService;

    /**
     * Records a result. The date lies from the placement's actual start up to today.
     *
     * @throws InvalidInputException   every invalid field; an unknown or another provider's placement is
     *                                 {@code resultaat.onbekende-plaatsing} on {@code plaatsingId}
     * @throws StateConflictException  ROUTE_AFGEROND for a placement that cannot be completed (its status)
     */
    @Transactional
    public ResultaatView legVast(Actor actor, ResultaatGegevens in) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Resultaten legt de aanbieder vast.");
        }
        Objects.requireNonNull(in, "in");
        FieldChecks checks = new FieldChecks();
        Plaatsing p = null;
        if (checks.required("plaatsingId", in.plaatsingId()) != null) {
            p = eigenPlaatsing(actor, in.plaatsingId());
            checks.check(p != null, "plaatsingId", "resultaat.onbekende-plaatsing", "Onbekende plaatsing.");
        }
        if (in.datum() != null) {
            if (in.datum().isAfter(LocalDate.now())) {
                checks.add("datum", "resultaat.datum-in-toekomst", "De datum ligt in de toekomst; leg vast wat er"
                        + " gebeurd is.");
            } else if (p != null && p.getWerkelijkeStart() == null) {
                checks.add("plaatsingId", "resultaat.plaatsing-niet-gestart", "De plaatsing is niet gestart; een"
                        + " resultaat volgt op de start.");
            } else if (p != null && in.datum().isBefore(p.getWerkelijkeStart())) {
                checks.add("datum", "resultaat.datum-voor-start", "De datum ligt voor de start van de plaatsing ("
                        + p.getWerkelijkeStart() + ").");
            }
        }
        Resultaat r;
        try {
            r = new Resultaat(p == null ? 0 : p.getId(), in, actor);
        } catch (InvalidInputException e) {
            checks.addAll("", e);
            r = null;
        }
        checks.throwIfAny();
        if (in.soort() == ResultaatSoort.ROUTE_AFGEROND) {
            plaatsingService.rondAf(actor, p.getId(), in.datum());
        }
        em.persist(r);
        em.flush();
        auditLog.record(actor, "VASTGELEGD", ENTITEIT, r.getId(), "Resultaat " + r.getSoort()
                + (r.getNiveau() == null ? "" : " " + r.getNiveau()) + (r.getUitslag() == null ? "" : " "
                + r.getUitslag()) + " van " + r.getDatum() + " vastgelegd voor plaatsing " + p.getId());
        return view(r, p);
    }

    /** One result the actor may see; otherwise {@link NotFoundException}. */
    public ResultaatView get(Actor actor, long id) {
        JpqlWhere where = Tenancy.opPlaatsing(actor, "r.plaatsingId", "resultaten").and("r.id = :id", "id", id);
        List<Object[]> rijen = query(where, "").setMaxResults(1).getResultList();
        if (rijen.isEmpty()) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return view((Resultaat) rijen.get(0)[0], (Plaatsing) rijen.get(0)[1]);
    }

    /**
     * A page of the results the actor may see, newest first unless sorted otherwise. Audited as a view of
     * personal data when the list is of one inburgeraar or placement.
     */
    @Transactional
    public List<ResultaatView> zoek(Actor actor, ResultaatFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        List<ResultaatView> uit = query(where, Listing.orderBy(
                sortField, ascending, SORT, "datum", "r"))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(row -> view((Resultaat) row[0], (Plaatsing) row[1]))
                .toList();
        if (filter != null && filter.inburgeraarId() != null) {
            auditLog.record(actor, AuditLog.BEKEKEN, "Inburgeraar", filter.inburgeraarId(), "Resultaten ingezien");
        } else if (filter != null && filter.plaatsingId() != null) {
            auditLog.record(actor, AuditLog.BEKEKEN, "Plaatsing", filter.plaatsingId(), "Resultaten ingezien");
        }
        return uit;
    }

    public long tel(Actor actor, ResultaatFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(r) from Resultaat r" + where, Long.class)).getSingleResult();
    }

    private TypedQuery<Object[]> query(JpqlWhere where, String orderBy) {
        String join = where.toString().isEmpty() ? " where p.id = r.plaatsingId" : where + " and p.id = r.plaatsingId";
        return where.bind(em.createQuery("select r, p from Resultaat r, Plaatsing p" + join + orderBy,
                Object[].class));
    }

    private Plaatsing eigenPlaatsing(Actor actor, long plaatsingId) {
        return em.createQuery("select p from Plaatsing p where p.id = :id and p.contractId in (select c.id from"
                        + " Contract c where c.aanbiederId = :a)", Plaatsing.class)
                .setParameter("id", plaatsingId)
                .setParameter("a", actor.aanbiederId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static ResultaatView view(Resultaat r, Plaatsing p) {
        return new ResultaatView(r.getId(), r.getPlaatsingId(), p.getInburgeraarId(), p.getGemeenteId(), r.getSoort(),
                r.getNiveau(), r.getUitslag(), r.getDatum(), r.getToelichting(), r.getVastgelegdDoor(),
                r.getVastgelegdOp());
    }

    private static JpqlWhere where(Actor actor, ResultaatFilter f) {
        JpqlWhere where = Tenancy.opPlaatsing(actor, "r.plaatsingId", "resultaten");
        if (f == null) {
            return where;
        }
        if (f.plaatsingId() != null) {
            where.and("r.plaatsingId = :plaatsingId", "plaatsingId", f.plaatsingId());
        }
        if (f.inburgeraarId() != null) {
            where.and("r.plaatsingId in (select fi.id from Plaatsing fi where fi.inburgeraarId = :inburgeraarId)",
                    "inburgeraarId", f.inburgeraarId());
        }
        if (f.soort() != null) {
            where.and("r.soort = :soort", "soort", f.soort());
        }
        return where;
    }
}
