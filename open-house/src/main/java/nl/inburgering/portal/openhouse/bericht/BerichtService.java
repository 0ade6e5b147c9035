package nl.inburgering.portal.openhouse.bericht;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.internal.Klok;
import nl.inburgering.portal.openhouse.internal.Voorwaarden;

/**
 * The providers' in-portal inbox (issue 3: every decision on an application reaches the provider in
 * the portal).
 *
 * <p>Tenancy (DESIGN.md, "Users"): only an {@link Role#AANBIEDER} reads an inbox, and only its own;
 * another provider's message answers {@link NotFoundException}, any other role
 * {@link NotAllowedException}. Messages are sent by the services of this module on behalf of the
 * contract manager who decided ({@link #verstuur}); a provider may only send to itself (the receipt
 * of its own application). Sending and marking read write an audit line.
 */
@ApplicationScoped
public class BerichtService {

    static final String ENTITEIT = "Bericht";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private Klok klok;

    /** The actor's messages, newest first. */
    public List<Bericht> lijst(Actor actor, int first, int pageSize) {
        long aanbiederId = eigenAanbieder(actor);
        Voorwaarden.controleerPagina(first, pageSize);
        return em.createQuery("select b from Bericht b where b.aanbiederId = :a order by b.datum desc, b.id desc",
                        Bericht.class)
                .setParameter("a", aanbiederId)
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long aantal(Actor actor) {
        return em.createQuery("select count(b) from Bericht b where b.aanbiederId = :a", Long.class)
                .setParameter("a", eigenAanbieder(actor))
                .getSingleResult();
    }

    /** For the badge on the menu. */
    public long aantalOngelezen(Actor actor) {
        return em.createQuery("select count(b) from Bericht b where b.aanbiederId = :a and b.gelezenOp is null",
                        Long.class)
                .setParameter("a", eigenAanbieder(actor))
                .getSingleResult();
    }

    /** One message, if it is the actor's; otherwise {@link NotFoundException}. */
    public Bericht get(Actor actor, long id) {
        long aanbiederId = eigenAanbieder(actor);
        Bericht b = em.find(Bericht.class, id);
        if (b == null || b.getAanbiederId() != aanbiederId) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return b;
    }

    /** Marks the message read (once; again changes nothing). */
    @Transactional
    public Bericht markeerGelezen(Actor actor, long id) {
        Bericht b = get(actor, id);
        if (b.markeerGelezen(klok.nu())) {
            auditLog.record(actor, "GELEZEN", ENTITEIT, b.getId(), "Bericht '" + b.getOnderwerp() + "' gelezen");
        }
        return b;
    }

    /**
     * Puts a message in a provider's inbox, in the caller's transaction. For the services of this
     * module: the contract manager's decisions, and a provider's receipt of its own actions.
     */
    @Transactional
    public Bericht verstuur(Actor afzender, long aanbiederId, String onderwerp, String tekst) {
        boolean magHet = afzender.is(Role.CONTRACTBEHEERDER)
                || (afzender.is(Role.AANBIEDER) && afzender.aanbiederId() == aanbiederId);
        if (!magHet) {
            throw new NotAllowedException("Alleen contractbeheerders sturen berichten aan aanbieders.");
        }
        Bericht b = new Bericht(aanbiederId, onderwerp, tekst, klok.nu());
        em.persist(b);
        em.flush();
        auditLog.record(afzender, "VERSTUURD", ENTITEIT, b.getId(), "Bericht '" + b.getOnderwerp()
                + "' aan aanbieder " + aanbiederId);
        return b;
    }

    private static long eigenAanbieder(Actor actor) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Alleen aanbieders hebben een postvak.");
        }
        return actor.aanbiederId();
    }
}
