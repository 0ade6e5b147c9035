package nl.inburgering.portal.contracts.aanbieder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.EmailAddress;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Providers and their keurmerk history (DESIGN.md, "Domain model", Aanbieder).
 *
 * <p>Tenancy (DESIGN.md, "Users"): an {@link Role#AANBIEDER} sees only its own provider, and gets
 * {@link NotFoundException} for any other; {@link Role#GEMEENTE}, {@link Role#CONTRACTBEHEERDER} and
 * {@link Role#BEHEERDER} see all providers (which providers the region contracts is public
 * information). Only the contract manager and the administrator create and change providers and
 * register keurmerk periods (the keurmerk is checked by the lead municipality against the Blik op
 * Werk register). Every change writes an audit line.
 *
 * <p>Returns the {@link Aanbieder} entities themselves (detached once the call returns), with their
 * keurmerk history loaded.
 */
@ApplicationScoped
public class AanbiederService {

    static final String ENTITEIT = "Aanbieder";

    private static final Map<String, String> SORT = Map.of(
            "naam", "a.naam",
            "kvkNummer", "a.kvkNummer",
            "soort", "a.soort");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /** A page of the providers the actor may see. */
    public List<Aanbieder> search(Actor actor, AanbiederFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        String jpql = "select a from Aanbieder a" + where + Listing.orderBy(sortField, ascending, SORT, "naam", "a");
        return Listing.batchFetch(where.bind(em.createQuery(jpql, Aanbieder.class)), "a.keurmerkHistorie")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(Actor actor, AanbiederFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(a) from Aanbieder a" + where, Long.class)).getSingleResult();
    }

    /**
     * Providers that need the contract manager's attention on a date (DESIGN.md, "Signals"): a keurmerk
     * that is GELDIG but expires within {@code dagen} days, or a keurmerk that is GESCHORST (a suspended
     * provider takes no new cursisten). By name. The region has tens of providers, so the rule of
     * {@link Aanbieder#keurmerkPeriodeOp} is applied to each rather than re-stated in SQL.
     */
    public List<Aanbieder> keurmerkAandachtspunten(Actor actor, LocalDate peildatum, int dagen) {
        JpqlWhere where = tenancy(actor);
        return Listing.batchFetch(where.bind(em.createQuery("select a from Aanbieder a" + where + " order by a.naam",
                        Aanbieder.class)), "a.keurmerkHistorie")
                .getResultStream()
                .filter(a -> a.keurmerkPeriodeOp(peildatum).filter(p -> p.getStatus() == KeurmerkStatus.GESCHORST
                        || p.getStatus() == KeurmerkStatus.GELDIG && p.getGeldigTot() != null
                                && !p.getGeldigTot().isAfter(peildatum.plusDays(dagen))).isPresent())
                .toList();
    }

    /** The provider, if the actor may see it; otherwise {@link NotFoundException}. */
    public Aanbieder get(Actor actor, long id) {
        JpqlWhere where = tenancy(actor).and("a.id = :id", "id", id);
        return where.bind(em.createQuery("select a from Aanbieder a" + where, Aanbieder.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    @Transactional
    public Aanbieder create(Actor actor, AanbiederGegevens in) {
        mayEdit(actor);
        Valid v = validate(in, null);
        Aanbieder a = new Aanbieder(v.naam, v.kvk, in.soort(), v.brin, in.webErkend(), in.webErkendSinds(), v.iban,
                v.email);
        em.persist(a);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, a.getId(), "Aanbieder " + a + " aangemaakt");
        return a;
    }

    @Transactional
    public Aanbieder update(Actor actor, long id, AanbiederGegevens in) {
        mayEdit(actor);
        Aanbieder a = get(actor, id);
        Valid v = validate(in, a.getId());
        a.wijzig(v.naam, v.kvk, in.soort(), v.brin, in.webErkend(), in.webErkendSinds(), v.iban, v.email);
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, a.getId(), "Aanbieder " + a + " gewijzigd");
        return a;
    }

    /**
     * Records a new keurmerk period (see {@link Aanbieder#registreerKeurmerk}): it must start after
     * the latest one; GELDIG needs a valid-until date.
     */
    @Transactional
    public Aanbieder registreerKeurmerk(Actor actor, long id, KeurmerkStatus status, LocalDate vanaf,
            LocalDate geldigTot) {
        mayEdit(actor);
        Aanbieder a = get(actor, id);
        FieldChecks checks = new FieldChecks();
        KeurmerkPeriode.check(checks, status, vanaf, geldigTot);
        checks.throwIfAny();
        KeurmerkPeriode p = a.registreerKeurmerk(status, vanaf, geldigTot);
        auditLog.record(actor, "KEURMERK_GEREGISTREERD", ENTITEIT, a.getId(), "Keurmerk van " + a.getNaam() + ": " + p);
        return a;
    }

    private record Valid(String naam, KvkNumber kvk, BrinCode brin, Iban iban, EmailAddress email) {
    }

    /** Checks every field and rule, and throws one exception listing all that fail. */
    private Valid validate(AanbiederGegevens in, Long self) {
        FieldChecks checks = new FieldChecks();
        String naam = checks.requiredText("naam", in.naam(), Aanbieder.MAX_NAAM);
        KvkNumber kvk = checks.required("kvkNummer", in.kvkNummer(), KvkNumber::of);
        if (kvk != null) {
            checks.check(!kvkInGebruik(kvk, self), "kvkNummer", "kvk.bestaat",
                    "Er is al een aanbieder met KvK-nummer " + kvk + ".");
        }
        BrinCode brin = checks.optional("brinCode", in.brinCode(), BrinCode::of);
        Aanbieder.checkSoort(checks, in.soort(), !Listing.isBlank(in.brinCode()), in.webErkend(),
                in.webErkendSinds());
        Iban iban = checks.required("iban", in.iban(), Iban::of);
        EmailAddress email = checks.optional("contactEmail", in.contactEmail(), EmailAddress::of);
        checks.throwIfAny();
        return new Valid(naam, kvk, brin, iban, email);
    }

    private boolean kvkInGebruik(KvkNumber kvk, Long self) {
        JpqlWhere where = new JpqlWhere().and("a.kvkNummer = :kvk", "kvk", kvk);
        if (self != null) {
            where.and("a.id <> :self", "self", self);
        }
        return where.bind(em.createQuery("select count(a) from Aanbieder a" + where, Long.class)).getSingleResult() > 0;
    }

    private static JpqlWhere tenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        if (actor.is(Role.AANBIEDER)) {
            where.and("a.id = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        }
        return where;
    }

    private static JpqlWhere where(Actor actor, AanbiederFilter f) {
        JpqlWhere where = tenancy(actor);
        if (f == null) {
            return where;
        }
        if (!Listing.isBlank(f.naam())) {
            where.and("lower(a.naam) like :naam escape '!'", "naam", Listing.containsPattern(f.naam()));
        }
        if (f.soort() != null) {
            where.and("a.soort = :soort", "soort", f.soort());
        }
        if (f.keurmerkStatus() != null) {
            // the latest period started on or before the date, not expired, with this status
            where.and("exists (select x.id from Aanbieder x join x.keurmerkHistorie k"
                    + " where x.id = a.id and k.status = :keurmerkStatus and k.vanaf <= :peildatum"
                    + " and (k.geldigTot is null or k.geldigTot >= :peildatum)"
                    + " and not exists (select y.id from Aanbieder y join y.keurmerkHistorie later"
                    + " where y.id = a.id and later.vanaf > k.vanaf and later.vanaf <= :peildatum))")
                    .param("keurmerkStatus", f.keurmerkStatus())
                    .param("peildatum", f.peildatum() == null ? LocalDate.now() : f.peildatum());
        }
        return where;
    }

    private static void mayEdit(Actor actor) {
        if (!actor.is(Role.BEHEERDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders en beheerders mogen aanbieders wijzigen.");
        }
    }
}
