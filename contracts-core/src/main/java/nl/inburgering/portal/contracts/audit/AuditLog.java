package nl.inburgering.portal.contracts.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * The audit log (DESIGN.md, "Domain model", Auditregel, and "Users": the BEHEERDER keeps the audit
 * log). Every service of every module calls {@link #record} for each mutation, and for each view or
 * export of personal data, inside its own transaction: the line is written if and only if the change
 * is. Only {@link Role#BEHEERDER} and {@link Role#CONTRACTBEHEERDER} may read the log.
 *
 * <p>Never pass a BSN in a summary; see {@link AuditRegel} for the safety net.
 */
@ApplicationScoped
public class AuditLog {

    /** Common action names; modules may use their own, in upper case. */
    public static final String AANGEMAAKT = "AANGEMAAKT";
    public static final String GEWIJZIGD = "GEWIJZIGD";
    public static final String BEKEKEN = "BEKEKEN";
    public static final String GEEXPORTEERD = "GEEXPORTEERD";

    private static final Map<String, String> SORT = Map.of(
            "tijdstip", "r.tijdstip",
            "gebruiker", "r.gebruiker",
            "rol", "r.rol",
            "actie", "r.actie",
            "entiteit", "r.entiteit");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /** Writes one line in the caller's transaction (or a new one, for a read that logs a view). */
    @Transactional
    public void record(Actor actor, String actie, String entiteit, Long entiteitId, String samenvatting) {
        em.persist(new AuditRegel(Instant.now(), actor.username(), actor.role(), actie, entiteit, entiteitId,
                samenvatting));
    }

    /** A page of the log, newest first by default. */
    public List<AuditRegel> search(Actor actor, AuditFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        mayRead(actor);
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(filter);
        String jpql = "select r from AuditRegel r" + where
                + Listing.orderBy(sortField, ascending, SORT, "tijdstip", "r");
        return where.bind(em.createQuery(jpql, AuditRegel.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(Actor actor, AuditFilter filter) {
        mayRead(actor);
        JpqlWhere where = where(filter);
        return where.bind(em.createQuery("select count(r) from AuditRegel r" + where, Long.class)).getSingleResult();
    }

    private static void mayRead(Actor actor) {
        if (!actor.is(Role.BEHEERDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen beheerders en contractbeheerders mogen het auditlog inzien.");
        }
    }

    private static JpqlWhere where(AuditFilter f) {
        JpqlWhere where = new JpqlWhere();
        if (f == null) {
            return where;
        }
        if (!Listing.isBlank(f.gebruiker())) {
            where.and("r.gebruiker = :gebruiker", "gebruiker", f.gebruiker().strip());
        }
        if (!Listing.isBlank(f.actie())) {
            where.and("r.actie = :actie", "actie", f.actie().strip());
        }
        if (!Listing.isBlank(f.entiteit())) {
            where.and("r.entiteit = :entiteit", "entiteit", f.entiteit().strip());
        }
        if (f.entiteitId() != null) {
            where.and("r.entiteitId = :entiteitId", "entiteitId", f.entiteitId());
        }
        if (f.vanaf() != null) {
            where.and("r.tijdstip >= :vanaf", "vanaf", f.vanaf());
        }
        if (f.tot() != null) {
            where.and("r.tijdstip < :tot", "tot", f.tot());
        }
        if (!Listing.isBlank(f.tekst())) {
            where.and("lower(r.samenvatting) like :tekst escape '!'", "tekst", Listing.containsPattern(f.tekst()));
        }
        return where;
    }
}
