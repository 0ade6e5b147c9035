package nl.inburgering.portal.openhouse.registratie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.bericht.BerichtService;
import nl.inburgering.portal.openhouse.internal.Klok;

/**
 * Providers' self-registration on the public Open House pages (issue 3; the rules are in
 * {@link Registratie}).
 *
 * <p>Anyone may register, without login ({@link #registreer}); the account works only after a
 * {@link Role#CONTRACTBEHEERDER} approves it ({@link #keurGoed}), which creates the provider through
 * contracts-core's {@link AanbiederService} in the same transaction. The web layer then makes the
 * user account with the stored user name and password hash, preferably in that same transaction, and
 * calls {@link #accountAangemaakt} so the hash is not kept. Contract managers and administrators may
 * read the requests; only contract managers decide.
 *
 * <p>Every change writes an audit line. A registration without login is recorded under the system
 * actor ({@link Actor#system()}), with the requested user name in the summary: contracts-core has no
 * actor for an anonymous visitor.
 */
@ApplicationScoped
public class RegistratieService {

    static final String ENTITEIT = "Registratie";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbiederService aanbiederService;

    @Inject
    private BerichtService berichtService;

    @Inject
    private Klok klok;

    /**
     * Records a request from the public page; every invalid field is reported at once. Refused while
     * another request for the same KvK number or user name awaits approval. Whether the user name is
     * free among the existing accounts is the web layer's check (the accounts live there).
     */
    @Transactional
    public Registratie registreer(RegistratieGegevens in) {
        Registratie r = new Registratie(in, klok.nu());
        FieldChecks checks = new FieldChecks();
        checks.check(lopend("r.kvkNummer = :v", r.getKvkNummer()) == 0, "kvkNummer", "registratie.kvk-loopt",
                "Voor KvK-nummer " + r.getKvkNummer() + " loopt al een aanvraag.");
        checks.check(lopend("r.gebruikersnaam = :v", r.getGebruikersnaam()) == 0, "gebruikersnaam",
                "gebruikersnaam.bestaat", "Deze gebruikersnaam is al in gebruik.");
        checks.throwIfAny();
        em.persist(r);
        em.flush();
        auditLog.record(Actor.system(), "AANGEVRAAGD", ENTITEIT, r.getId(), "Zelfregistratie (zonder inlog) van " + r
                + " als " + r.getSoort() + ", gebruikersnaam " + r.getGebruikersnaam());
        return r;
    }

    /** The requests, oldest first; optionally of one status. */
    public List<Registratie> zoek(Actor actor, RegistratieStatus status) {
        mayRead(actor);
        var query = em.createQuery("select r from Registratie r" + (status == null ? "" : " where r.status = :status")
                + " order by r.aangevraagdOp, r.id", Registratie.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }

    public long tel(Actor actor, RegistratieStatus status) {
        mayRead(actor);
        var query = em.createQuery("select count(r) from Registratie r"
                + (status == null ? "" : " where r.status = :status"), Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    public Registratie get(Actor actor, long id) {
        mayRead(actor);
        Registratie r = em.find(Registratie.class, id);
        if (r == null) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return r;
    }

    /**
     * Approves the request: creates the provider through contracts-core (which refuses, among others,
     * a KvK number already registered) and returns its id. The web layer then makes the account
     * (user name {@link Registratie#getGebruikersnaam()}, hash {@link Registratie#getWachtwoordHash()},
     * role AANBIEDER, this provider) and calls {@link #accountAangemaakt}.
     */
    @Transactional
    public long keurGoed(Actor actor, long id) {
        mayDecide(actor);
        Registratie r = voorBesluit(actor, id);
        r.eisAangevraagd();
        Aanbieder a = aanbiederService.create(actor, r.alsAanbieder());
        r.keurGoed(a.getId(), actor.username(), klok.nu());
        auditLog.record(actor, "GOEDGEKEURD", ENTITEIT, r.getId(), "Registratie van " + r + " goedgekeurd; aanbieder "
                + a.getId() + " aangemaakt, gebruikersnaam " + r.getGebruikersnaam());
        berichtService.verstuur(actor, a.getId(), "Welkom in het inkoopportaal",
                "Uw registratie als " + (r.getSoort() == null ? "aanbieder" : r.getSoort().name().toLowerCase())
                        + " is goedgekeurd. U kunt zich nu aanmelden voor de gepubliceerde Open House-procedures.");
        return a.getId();
    }

    /** Rejects the request, with a reason; the password hash is removed at once. */
    @Transactional
    public Registratie wijsAf(Actor actor, long id, String reden) {
        mayDecide(actor);
        Registratie r = voorBesluit(actor, id);
        r.wijsAf(reden, actor.username(), klok.nu());
        auditLog.record(actor, "AFGEWEZEN", ENTITEIT, r.getId(), "Registratie van " + r + " afgewezen: "
                + r.getAfwijzingsreden());
        return r;
    }

    /** The web layer has made the account of an approved request: the password hash is removed. */
    @Transactional
    public Registratie accountAangemaakt(Actor actor, long id) {
        mayRead(actor);
        Registratie r = voorBesluit(actor, id);
        r.wisWachtwoordHash();
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, r.getId(), "Account " + r.getGebruikersnaam()
                + " aangemaakt; wachtwoordhash van de registratie gewist");
        return r;
    }

    private Registratie voorBesluit(Actor actor, long id) {
        Registratie r = get(actor, id);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        return r;
    }

    private long lopend(String conditie, Object waarde) {
        return em.createQuery("select count(r) from Registratie r where r.status = :s and " + conditie, Long.class)
                .setParameter("s", RegistratieStatus.AANGEVRAAGD)
                .setParameter("v", waarde)
                .getSingleResult();
    }

    private static void mayRead(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER) && !actor.is(Role.BEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders en beheerders zien registraties van aanbieders.");
        }
    }

    private static void mayDecide(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders keuren registraties van aanbieders goed of af.");
        }
    }
}
