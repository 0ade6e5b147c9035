package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking;
import nl.inburgering.portal.contracts.attendance.internal.Tenancy;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Corrections of attendance in settled months (DESIGN.md, "Settlement", Corrections): the provider proposes
 * new values for one record with a reason ({@link #dienIn}); the contract manager approves ({@link #keurGoed})
 * or rejects ({@link #wijsAf}). An approval applies the values to the attendance at once (the record carries
 * the request's id) and leaves the request {@link TeVerrekenenCorrectie to be settled}: the next settlement
 * run reads {@link #teVerrekenen}, bills the difference referencing the original month, and calls
 * {@link #markeerVerrekend}.
 *
 * <p>The proposal meets the same rules as any record ({@link Presentieregel}) except P11: a correction is the
 * way into a settled month, and only into one: for a month that is not settled the provider simply submits
 * the record. The rules are checked again on approval, as the placement may have changed meanwhile.
 *
 * <p>Tenancy as for attendance: a provider only for placements on its own contracts (another's is
 * "onbekende plaatsing", P01, or not found); the contract manager decides.
 */
@ApplicationScoped
public class CorrectieService {

    static final String ENTITEIT = "Correctieverzoek";

    private static final Map<String, String> SORT = Map.of(
            "ingediendOp", "c.ingediendOp",
            "datum", "c.datum",
            "status", "c.status",
            "maand", "c.maand");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /**
     * The provider proposes new values for a record in a settled month.
     *
     * @throws InvalidInputException   every broken rule (codes of {@link Presentieregel}), a missing reason, or
     *                                 a month that is not settled ({@code correctie.maand-niet-afgesloten})
     * @throws StateConflictException  a request for this record is already open
     */
    @Transactional
    public CorrectieView dienIn(Actor actor, CorrectieGegevens in) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Een correctieverzoek dient de aanbieder in.");
        }
        Objects.requireNonNull(in, "in");
        PresentieInvoer nieuw = in.presentie();
        Plaatsingsperiode plaatsing = plaatsing(actor.aanbiederId(), in.plaatsingId());
        FieldChecks checks = new FieldChecks();
        toets(checks, nieuw, plaatsing);
        checks.requiredText("reden", in.reden(), Correctieverzoek.MAX_TEKST);
        if (plaatsing != null && nieuw.datum() != null && !checks.hasError("datum")
                && !maandAfgesloten(plaatsing.contractId(), YearMonth.from(nieuw.datum()))) {
            checks.add("datum", "correctie.maand-niet-afgesloten", "De maand " + YearMonth.from(nieuw.datum())
                    + " is niet afgesloten: lever deze presentie gewoon aan, zonder correctieverzoek.");
        }
        checks.throwIfAny();
        if (openVerzoek(nieuw) != null) {
            throw new StateConflictException("Voor deze presentie staat al een correctieverzoek open; wacht op de"
                    + " beoordeling daarvan.");
        }
        Correctieverzoek c = new Correctieverzoek(plaatsing.plaatsingId(), plaatsing.contractId(), nieuw,
                huidig(nieuw), in.reden(), actor);
        em.persist(c);
        em.flush();
        auditLog.record(actor, "INGEDIEND", ENTITEIT, c.getId(), "Correctie van presentie " + nieuw.datum() + " "
                + nieuw.onderdeel() + " van plaatsing " + c.getPlaatsingId() + " voorgesteld");
        return c.view();
    }

    /**
     * The contract manager approves: the values are applied to the attendance (the record replaced or
     * created) and the request waits for the next settlement.
     *
     * @param toelichting optional
     * @throws InvalidInputException  the proposal no longer meets the rules (the placement changed): reject it
     * @throws StateConflictException already decided
     */
    @Transactional
    public CorrectieView keurGoed(Actor actor, long id, String toelichting) {
        mayDecide(actor);
        Correctieverzoek c = gelockt(id);
        if (c.getStatus() != CorrectieStatus.INGEDIEND) {
            throw new StateConflictException("Dit correctieverzoek is al beoordeeld (" + c.getStatus() + ").");
        }
        PresentieInvoer nieuw = c.nieuw();
        Contract contract = em.find(Contract.class, c.getContractId());
        Plaatsingsperiode plaatsing = plaatsing(contract.getAanbiederId(), c.getPlaatsingId());
        FieldChecks checks = new FieldChecks();
        toets(checks, nieuw, plaatsing);
        checks.throwIfAny();
        c.keurGoed(toelichting, actor);
        try {
            new PresentieVerwerking(connection()).schrijf(List.of(nieuw), actor.username(), c.getId());
        } catch (SQLException e) {
            throw new PersistenceException("correction could not be applied", e);
        }
        auditLog.record(actor, "GOEDGEKEURD", ENTITEIT, c.getId(), "Correctie van presentie " + nieuw.datum() + " "
                + nieuw.onderdeel() + " van plaatsing " + c.getPlaatsingId() + " goedgekeurd en toegepast; te"
                + " verrekenen voor " + c.getMaand());
        return c.view();
    }

    /** The contract manager rejects, with a reason. */
    @Transactional
    public CorrectieView wijsAf(Actor actor, long id, String reden) {
        mayDecide(actor);
        Correctieverzoek c = gelockt(id);
        c.wijsAf(reden, actor);
        auditLog.record(actor, "AFGEWEZEN", ENTITEIT, c.getId(), "Correctie van presentie " + c.getDatum() + " "
                + c.getOnderdeel() + " van plaatsing " + c.getPlaatsingId() + " afgewezen");
        return c.view();
    }

    /** One request the actor may see; otherwise {@link NotFoundException}. */
    public CorrectieView get(Actor actor, long id) {
        JpqlWhere where = Tenancy.opPlaatsing(actor, "c.plaatsingId", "correctieverzoeken").and("c.id = :id", "id",
                id);
        return where.bind(em.createQuery("select c from Correctieverzoek c" + where, Correctieverzoek.class))
                .getResultStream()
                .findFirst()
                .map(Correctieverzoek::view)
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    /** A page of the requests the actor may see, newest first unless sorted otherwise. */
    public List<CorrectieView> zoek(Actor actor, CorrectieFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select c from Correctieverzoek c" + where
                        + Listing.orderBy(sortField, ascending, SORT, "ingediendOp", "c"), Correctieverzoek.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(Correctieverzoek::view)
                .toList();
    }

    public long tel(Actor actor, CorrectieFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(c) from Correctieverzoek c" + where, Long.class))
                .getSingleResult();
    }

    // ---------------------------------------------------------------- for settlement

    /** The approved corrections of a contract not yet billed, by original month and placement. */
    public List<TeVerrekenenCorrectie> teVerrekenen(Actor actor, long contractId) {
        maySettle(actor);
        return em.createQuery("select c from Correctieverzoek c where c.contractId = :c and c.teVerrekenen = true"
                        + " order by c.maand, c.plaatsingId, c.datum, c.id", Correctieverzoek.class)
                .setParameter("c", contractId)
                .getResultList()
                .stream()
                .map(c -> new TeVerrekenenCorrectie(c.getId(), c.getPlaatsingId(), c.getContractId(), c.getMaand(),
                        c.getDatum(), c.getOnderdeel()))
                .toList();
    }

    /** Settlement has billed these corrections in the run of {@code afrekenmaand}. */
    @Transactional
    public void markeerVerrekend(Actor actor, Collection<Long> ids, YearMonth afrekenmaand) {
        maySettle(actor);
        Objects.requireNonNull(afrekenmaand, "afrekenmaand");
        if (ids.isEmpty()) {
            return;
        }
        List<Correctieverzoek> lijst = em.createQuery("select c from Correctieverzoek c where c.id in :ids order by"
                        + " c.id", Correctieverzoek.class)
                .setParameter("ids", List.copyOf(ids))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (lijst.size() != Set.copyOf(ids).size()) {
            throw new NotFoundException(ENTITEIT, ids);
        }
        for (Correctieverzoek c : lijst) {
            c.markeerVerrekend(afrekenmaand);
        }
        auditLog.record(actor, "VERREKEND", ENTITEIT, null, lijst.size() + " correctieverzoeken verrekend in de"
                + " afrekening van " + afrekenmaand);
    }

    // ---------------------------------------------------------------- internals

    /** The rules of {@link Presentieregel} except P11, with the day's other components as stored now. */
    private void toets(FieldChecks checks, PresentieInvoer nieuw, Plaatsingsperiode plaatsing) {
        List<FieldError> fouten = PresentieRegels.toets(nieuw, plaatsing, LocalDate.now(), Set.of(),
                andereOnderdelen(nieuw), false);
        fouten.forEach(f -> checks.add(f.field(), f.code(), f.message()));
    }

    private BigDecimal andereOnderdelen(PresentieInvoer in) {
        if (in.plaatsingId() == null || in.datum() == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal som = em.createQuery("select sum(pr.geroosterdeUren) from Presentie pr where pr.plaatsingId = :p"
                        + " and pr.datum = :d and pr.onderdeel <> :o", BigDecimal.class)
                .setParameter("p", in.plaatsingId())
                .setParameter("d", in.datum())
                .setParameter("o", in.onderdeel() == null ? Onderdeel.TAAL : in.onderdeel())
                .getSingleResult();
        return som == null ? BigDecimal.ZERO : som;
    }

    private Plaatsingsperiode plaatsing(long aanbiederId, Long plaatsingId) {
        if (plaatsingId == null) {
            return null;
        }
        try {
            return new PresentieVerwerking(connection()).plaatsingen(aanbiederId, List.of(plaatsingId))
                    .get(plaatsingId);
        } catch (SQLException e) {
            throw new PersistenceException("placement could not be read", e);
        }
    }

    private boolean maandAfgesloten(long contractId, YearMonth maand) {
        return !em.createQuery("select m.id from MaandAfsluiting m where m.contractId = :c and m.maand = :m",
                        Long.class)
                .setParameter("c", contractId)
                .setParameter("m", maand.atDay(1))
                .getResultList()
                .isEmpty();
    }

    private Correctieverzoek openVerzoek(PresentieInvoer in) {
        return em.createQuery("select c from Correctieverzoek c where c.plaatsingId = :p and c.datum = :d"
                        + " and c.onderdeel = :o and c.status = :open", Correctieverzoek.class)
                .setParameter("p", in.plaatsingId())
                .setParameter("d", in.datum())
                .setParameter("o", in.onderdeel())
                .setParameter("open", CorrectieStatus.INGEDIEND)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private PresentieView huidig(PresentieInvoer in) {
        return em.createQuery("select pr from Presentie pr where pr.plaatsingId = :p and pr.datum = :d"
                        + " and pr.onderdeel = :o", Presentie.class)
                .setParameter("p", in.plaatsingId())
                .setParameter("d", in.datum())
                .setParameter("o", in.onderdeel())
                .getResultStream()
                .findFirst()
                .map(Presentie::view)
                .orElse(null);
    }

    private Correctieverzoek gelockt(long id) {
        Correctieverzoek c = em.find(Correctieverzoek.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return c;
    }

    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private static void mayDecide(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Over een correctieverzoek beslist de contractbeheerder.");
        }
    }

    private static void maySettle(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER) && !actor.is(Role.BEHEERDER)) {
            throw new NotAllowedException("Correcties verrekent de afrekening.");
        }
    }

    private static JpqlWhere where(Actor actor, CorrectieFilter f) {
        JpqlWhere where = Tenancy.opPlaatsing(actor, "c.plaatsingId", "correctieverzoeken");
        if (f == null) {
            return where;
        }
        if (f.contractId() != null) {
            where.and("c.contractId = :contractId", "contractId", f.contractId());
        }
        if (f.plaatsingId() != null) {
            where.and("c.plaatsingId = :plaatsingId", "plaatsingId", f.plaatsingId());
        }
        if (f.status() != null) {
            where.and("c.status = :status", "status", f.status());
        }
        if (f.teVerrekenen() != null) {
            where.and("c.teVerrekenen = :teVerrekenen", "teVerrekenen", f.teVerrekenen());
        }
        return where;
    }
}
