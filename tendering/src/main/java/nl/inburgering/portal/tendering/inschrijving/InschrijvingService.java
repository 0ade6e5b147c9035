package nl.inburgering.portal.tendering.inschrijving;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.internal.Jpql;
import nl.inburgering.portal.tendering.internal.Klok;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * Bids (DESIGN.md, "Tender"; the rules are on {@link Inschrijving}): submitted, replaced and
 * withdrawn by providers before the deadline, opened by the contract manager after it.
 *
 * <p>Bids are sealed (DESIGN.md, "Users"), and that is decided in the queries: an
 * {@link Role#AANBIEDER} only ever sees its own bids; another provider's bid answers
 * {@link NotFoundException}. The {@link Role#CONTRACTBEHEERDER} sees how many bids each lot has at any
 * time, but their content only once the tender is closed and the bids opened ({@link #sluitEnOpen}). After the award decision a provider learns about other bids
 * only through the decision's summary (the gunning package). Gemeenten and administrators see no
 * bids. Every change writes an audit line.
 */
@ApplicationScoped
public class InschrijvingService {

    static final String ENTITEIT = "Inschrijving";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbestedingService aanbestedingService;

    @Inject
    private AanbiederService aanbiederService;

    @Inject
    private Klok klok;

    /**
     * Submits a bid on one lot, for the actor's own provider. A bid after the deadline is refused
     * with the deadline and the time it came in; a second bid on the same lot before the deadline
     * replaces the first. All price errors are reported at once; nothing is stored on any refusal.
     */
    @Transactional
    public Inschrijving dienIn(Actor actor, long aanbestedingId, InschrijvingGegevens in) {
        mayBid(actor);
        Instant nu = klok.nu();
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        Perceel perceel = perceel(a, in.perceelId());
        Inschrijving eerdere = huidige(perceel.getId(), actor.aanbiederId());
        Inschrijving.controleerTijdig(a, nu, eerdere);
        FieldChecks checks = new FieldChecks();
        Inschrijving.controleerPrijzen(checks, perceel, in.prijzen());
        checks.throwIfAny();
        Aanbieder aanbieder = aanbiederService.get(actor, actor.aanbiederId());
        if (eerdere != null) {
            eerdere.vervang(a, nu);
            em.flush(); // one current bid per provider per lot: a unique index in the database
        }
        Inschrijving i = new Inschrijving(a, perceel, aanbieder.getId(), aanbieder.getNaam(), actor.username(),
                in.prijzen(), nu);
        em.persist(i);
        em.flush();
        auditLog.record(actor, eerdere == null ? "INGEDIEND" : "VERVANGEN", ENTITEIT, i.getId(), "Inschrijving van "
                + aanbieder.getNaam() + " op " + a.getReferentie() + " " + perceel.label()
                + (eerdere == null ? "" : " (vervangt inschrijving " + eerdere.getId() + ")"));
        return i;
    }

    /** Withdraws the provider's own bid, before the deadline. */
    @Transactional
    public Inschrijving trekIn(Actor actor, long inschrijvingId) {
        mayBid(actor);
        Inschrijving i = get(actor, inschrijvingId);
        Aanbesteding a = aanbestedingService.get(actor, i.getAanbestedingId());
        i.trekIn(a, klok.nu());
        auditLog.record(actor, "INGETROKKEN", ENTITEIT, i.getId(), "Inschrijving van " + i.getAanbiederNaam() + " op "
                + a.getReferentie() + " ingetrokken");
        return i;
    }

    /**
     * One bid: a provider's own (any status), or, for the contract manager, any bid once the tender's
     * bids are opened. Anything else is {@link NotFoundException}, or for the contract manager before
     * the opening {@link StateConflictException}.
     */
    public Inschrijving get(Actor actor, long inschrijvingId) {
        Jpql where = tenancy(actor).and("i.id = :id", "id", inschrijvingId);
        Inschrijving i = where.bind(em.createQuery("select i from Inschrijving i" + where, Inschrijving.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, inschrijvingId));
        if (actor.is(Role.CONTRACTBEHEERDER)) {
            moetGeopendZijn(aanbestedingService.get(actor, i.getAanbestedingId()));
        }
        return i;
    }

    /**
     * The bids on a tender the actor may see: for a provider all its own (replaced and withdrawn ones
     * too, newest first); for the contract manager, once opened, the current bid of every provider
     * per lot, excluded ones included.
     */
    public List<Inschrijving> inschrijvingen(Actor actor, long aanbestedingId) {
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        if (actor.is(Role.AANBIEDER)) {
            return em.createQuery("select i from Inschrijving i where i.aanbestedingId = :a"
                            + " and i.aanbiederId = :eigenAanbieder order by i.ingediendOp desc, i.id desc",
                            Inschrijving.class)
                    .setParameter("a", a.getId())
                    .setParameter("eigenAanbieder", actor.aanbiederId())
                    .getResultList();
        }
        mayManage(actor);
        moetGeopendZijn(a);
        return em.createQuery("select i from Inschrijving i where i.aanbestedingId = :a and i.status = :ingediend"
                        + " order by i.perceelId, i.aanbiederNaam, i.id", Inschrijving.class)
                .setParameter("a", a.getId())
                .setParameter("ingediend", InschrijvingStatus.INGEDIEND)
                .getResultList();
    }

    /** The current bids on one lot, for the contract manager once opened. */
    public List<Inschrijving> inschrijvingenOpPerceel(Actor actor, long aanbestedingId, long perceelId) {
        return inschrijvingen(actor, aanbestedingId).stream().filter(i -> i.getPerceelId() == perceelId).toList();
    }

    /** How many current bids each lot has, by lot id: for the contract manager at any time (no content). */
    public Map<Long, Long> aantalPerPerceel(Actor actor, long aanbestedingId) {
        mayManage(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        Map<Long, Long> aantal = new TreeMap<>();
        a.getPercelen().forEach(p -> aantal.put(p.getId(), 0L));
        em.createQuery("select i.perceelId, count(i) from Inschrijving i where i.aanbestedingId = :a"
                        + " and i.status = :ingediend group by i.perceelId", Object[].class)
                .setParameter("a", a.getId())
                .setParameter("ingediend", InschrijvingStatus.INGEDIEND)
                .getResultList()
                .forEach(r -> aantal.put((Long) r[0], (Long) r[1]));
        return aantal;
    }

    /**
     * Closes bidding at or after the deadline and opens the bids: every bidder whose keurmerk is not
     * GELDIG on the deadline's date is excluded, with that reason (DESIGN.md, "Tender"). The
     * keurmerk status is fixed here, so a later change to the history does not change the outcome.
     */
    @Transactional
    public Aanbesteding sluitEnOpen(Actor actor, long aanbestedingId) {
        mayManage(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        a.sluit(klok.nu());
        LocalDate datum = a.sluitingsdatum();
        List<Inschrijving> bids = inschrijvingen(actor, aanbestedingId);
        int uitgesloten = 0;
        for (Inschrijving i : bids) {
            Aanbieder aanbieder = aanbiederService.get(actor, i.getAanbiederId());
            i.beoordeelKeurmerk(aanbieder.keurmerkStatusOp(datum), datum);
            if (i.isUitgesloten()) {
                uitgesloten++;
                auditLog.record(actor, "UITGESLOTEN", ENTITEIT, i.getId(), i.getUitsluitingsreden());
            }
        }
        auditLog.record(actor, "GESLOTEN", "Aanbesteding", a.getId(), "Aanbesteding " + a.getReferentie()
                + " gesloten en geopend: " + bids.size() + " inschrijving(en), waarvan " + uitgesloten + " uitgesloten");
        return a;
    }

    private Inschrijving huidige(long perceelId, long aanbiederId) {
        return em.createQuery("select i from Inschrijving i where i.perceelId = :p and i.aanbiederId = :aanbieder"
                        + " and i.status = :ingediend", Inschrijving.class)
                .setParameter("p", perceelId)
                .setParameter("aanbieder", aanbiederId)
                .setParameter("ingediend", InschrijvingStatus.INGEDIEND)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static Perceel perceel(Aanbesteding a, Long perceelId) {
        if (perceelId == null) {
            throw InvalidInputException.of("perceelId", "verplicht", "Kies het perceel waarop u inschrijft.");
        }
        return a.perceel(perceelId).orElseThrow(() -> InvalidInputException.of("perceelId", "perceel.onbekend",
                "Aanbesteding " + a.getReferentie() + " heeft dit perceel niet."));
    }

    /** A provider sees its own bids only; the contract manager all; other roles none. */
    private static Jpql tenancy(Actor actor) {
        Jpql where = new Jpql();
        if (actor.is(Role.AANBIEDER)) {
            where.and("i.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (!actor.is(Role.CONTRACTBEHEERDER)) {
            where.none();
        }
        return where;
    }

    private static void moetGeopendZijn(Aanbesteding a) {
        if (!a.isGeopend()) {
            throw new StateConflictException("De inschrijvingen op " + a.getReferentie() + " worden pas na de "
                    + "sluitingstijd (" + Nl.tijdstip(a.getSluitingstijd()) + ") geopend.");
        }
    }

    private static void mayBid(Actor actor) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Alleen aanbieders schrijven in op een aanbesteding.");
        }
    }

    private static void mayManage(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders openen en beoordelen inschrijvingen.");
        }
    }
}
