package nl.inburgering.portal.tendering.gunning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.internal.Jpql;
import nl.inburgering.portal.tendering.internal.Klok;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * Objections against an award decision (DESIGN.md, "Tender": contracts can be created only while no
 * objection is open; see {@link Bezwaar}).
 *
 * <p>A bidder ({@link Role#AANBIEDER}) lodges its own objection while the standstill runs
 * (Aanbestedingswet 2012, art. 2.127) and may withdraw it; the {@link Role#CONTRACTBEHEERDER}
 * registers objections received otherwise (at any time while the decision stands) and resolves them.
 * Only bidders that received the decision can object. A provider sees only its own objections; the
 * contract manager all. Every change writes an audit line.
 */
@ApplicationScoped
public class BezwaarService {

    static final String ENTITEIT = "Bezwaar";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbestedingService aanbestedingService;

    @Inject
    private Klok klok;

    /** Registers an objection against the tender's current award decision. */
    @Transactional
    public Bezwaar dienIn(Actor actor, long aanbestedingId, BezwaarGegevens in) {
        if (!actor.is(Role.AANBIEDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen inschrijvers en contractbeheerders registreren bezwaren.");
        }
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        Gunningsvoornemen v = em.createQuery("select v from Gunningsvoornemen v where v.aanbestedingId = :a"
                        + " and v.status = :verzonden", Gunningsvoornemen.class)
                .setParameter("a", a.getId())
                .setParameter("verzonden", GunningsvoornemenStatus.VERZONDEN)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new StateConflictException("Aanbesteding " + a.getReferentie() + " heeft geen "
                        + "gunningsvoornemen waartegen bezwaar kan worden gemaakt."));
        Long aanbiederId = actor.is(Role.AANBIEDER) ? actor.aanbiederId() : in.aanbiederId();
        if (aanbiederId == null) {
            throw InvalidInputException.of("aanbiederId", "verplicht", "Kies de aanbieder die bezwaar maakt.");
        }
        List<Gunningsbericht> berichten = em.createQuery("select b from Gunningsbericht b where b.voornemen = :v"
                        + " and b.aanbiederId = :aanbieder", Gunningsbericht.class)
                .setParameter("v", v)
                .setParameter("aanbieder", aanbiederId)
                .getResultList();
        if (berichten.isEmpty()) {
            if (actor.is(Role.AANBIEDER)) {
                throw new StateConflictException("Alleen inschrijvers die het gunningsvoornemen ontvingen, kunnen "
                        + "bezwaar maken.");
            }
            throw InvalidInputException.of("aanbiederId", "bezwaar.geen-inschrijver",
                    "Deze aanbieder heeft het gunningsvoornemen niet ontvangen.");
        }
        if (in.perceelId() != null && berichten.stream().noneMatch(b -> b.getPerceelId().equals(in.perceelId()))) {
            throw InvalidInputException.of("perceelId", "bezwaar.perceel", "De aanbieder heeft niet op dit perceel "
                    + "ingeschreven.");
        }
        LocalDate vandaag = klok.vandaag();
        if (actor.is(Role.AANBIEDER) && v.standstill().isVerstreken(vandaag)) {
            throw new StateConflictException("De standstilltermijn is op " + Nl.datum(v.getStandstillEinde())
                    + " geëindigd; bezwaar kan niet meer via het portaal worden ingediend.");
        }
        Bezwaar b = new Bezwaar(v, aanbiederId, berichten.get(0).getAanbiederNaam(), in.perceelId(), in.omschrijving(),
                actor.username(), klok.nu());
        em.persist(b);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, b.getId(), "Bezwaar van " + b.getAanbiederNaam()
                + " tegen het gunningsvoornemen van " + a.getReferentie());
        return b;
    }

    /**
     * Resolves an objection as GEGROND, ONGEGROND or INGETROKKEN, with an explanation. The contract
     * manager resolves any; a provider may only withdraw its own.
     */
    @Transactional
    public Bezwaar handelAf(Actor actor, long bezwaarId, BezwaarStatus uitkomst, String toelichting) {
        Bezwaar b = get(actor, bezwaarId);
        if (actor.is(Role.AANBIEDER) && uitkomst != BezwaarStatus.INGETROKKEN) {
            throw new NotAllowedException("Een aanbieder kan zijn bezwaar alleen intrekken; de contractbeheerder "
                    + "beslist erover.");
        }
        b.handelAf(uitkomst, toelichting, actor.username(), klok.nu());
        auditLog.record(actor, "AFGEHANDELD", ENTITEIT, b.getId(), "Bezwaar van " + b.getAanbiederNaam() + ": "
                + b.getStatus());
        return b;
    }

    /** The objections against a tender's decisions the actor may see, newest first. */
    public List<Bezwaar> bezwaren(Actor actor, long aanbestedingId) {
        Jpql where = tenancy(actor).and("b.aanbestedingId = :a", "a", aanbestedingId);
        return where.bind(em.createQuery("select b from Bezwaar b" + where + " order by b.ingediendOp desc, b.id desc",
                        Bezwaar.class))
                .getResultList();
    }

    public Bezwaar get(Actor actor, long bezwaarId) {
        Jpql where = tenancy(actor).and("b.id = :id", "id", bezwaarId);
        return where.bind(em.createQuery("select b from Bezwaar b" + where, Bezwaar.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, bezwaarId));
    }

    /** A provider sees its own objections only; the contract manager all; other roles none. */
    private static Jpql tenancy(Actor actor) {
        Jpql where = new Jpql();
        if (actor.is(Role.AANBIEDER)) {
            where.and("b.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (!actor.is(Role.CONTRACTBEHEERDER)) {
            where.none();
        }
        return where;
    }
}
