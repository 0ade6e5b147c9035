package nl.inburgering.portal.contracts.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.attendance.internal.PresentieVerwerking;
import nl.inburgering.portal.contracts.attendance.internal.Tenancy;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.placement.Plaatsing;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Attendance (DESIGN.md, "Domain model", Presentie; "REST API", bulk attendance; issue 6): providers submit
 * what happened, by the weekly grid, a CSV upload or the bulk API, and all three come through
 * {@link #verwerk}; the rules and their codes are in {@link Presentieregel}.
 *
 * <p><b>Bulk submission.</b> Up to {@value #MAX_PRESENTIES} records per request, each
 * answered GEACCEPTEERD, VERVANGEN or GEWEIGERD with its code. Accepted records are stored even when others
 * are refused; all accepted records of one request are stored in one transaction, so a request cut off
 * half-way stores all of them or none. One record per placement, date and component: a resubmission
 * replaces it ({@code insert ... on conflict do update}), never a second row. With an
 * {@code Idempotency-Key} a retry returns the first answer and stores nothing again; a concurrent duplicate
 * waits for the first and gets its answer; the same key with other records is refused
 * ({@link IdempotentieConflictException}). Keys are per provider.
 *
 * <p><b>Settled months.</b> Settlement locks a month of a contract ({@link #vergrendel}); from then on the
 * month's records are refused with P11 and change only through a {@link CorrectieService correction
 * request}.
 *
 * <p><b>Tenancy</b>, in the query: only a provider submits, and only for placements on its own contracts;
 * another provider's placement is answered as unknown (P01), exactly like a missing one. Reading: the
 * provider its own placements, a gemeente its own inburgeraars, the contract manager all.
 */
@ApplicationScoped
public class PresentieService {

    /** The most records one request may hold (DESIGN.md, "Bulk attendance"). */
    public static final int MAX_PRESENTIES = PresentieVerwerking.MAX_RECORDS;

    static final String ENTITEIT = "Presentie";

    private static final Map<String, String> SORT = Map.of(
            "datum", "pr.datum",
            "plaatsingId", "pr.plaatsingId",
            "onderdeel", "pr.onderdeel",
            "gewijzigdOp", "pr.gewijzigdOp");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    // ---------------------------------------------------------------- submitting

    /**
     * Checks and stores a provider's attendance records, in one transaction; answers per record in the
     * order given. Writes one audit line per request (not for a repeat).
     *
     * @param records        1 to {@value #MAX_PRESENTIES} records, as parsed by the web layer
     * @param idempotencyKey the request's {@code Idempotency-Key} header, or null
     * @throws NotAllowedException           the actor is not a provider
     * @throws InvalidInputException         no records, too many, or an unusable key: nothing stored
     * @throws IdempotentieConflictException the key was used before by this provider for other records
     */
    @Transactional
    public PresentieAntwoord verwerk(Actor actor, List<PresentieInvoer> records, String idempotencyKey) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Presentie levert de aanbieder aan.");
        }
        PresentieAntwoord antwoord;
        try {
            antwoord = new PresentieVerwerking(connection()).verwerk(actor.aanbiederId(), actor.username(),
                    records, idempotencyKey, LocalDate.now());
        } catch (SQLException e) {
            throw new PersistenceException("attendance could not be stored", e);
        }
        if (!antwoord.herhaald()) {
            auditLog.record(actor, "AANGELEVERD", ENTITEIT, null, "Presentie aangeleverd: " + records.size()
                    + " records, " + antwoord.geaccepteerd() + " geaccepteerd, " + antwoord.vervangen()
                    + " vervangen, " + antwoord.geweigerd() + " geweigerd"
                    + (idempotencyKey == null ? "" : " (Idempotency-Key " + idempotencyKey + ")"));
        }
        return antwoord;
    }

    // ---------------------------------------------------------------- settled months

    /**
     * Locks a month of a contract for attendance (DESIGN.md, "Settlement", Corrections): settlement calls
     * this for the month it settles, in its own transaction, before it reads the month's attendance; it
     * waits for requests still writing attendance on the contract. Idempotent. Lock one contract per
     * transaction, or in contract id order.
     *
     * @return true when locked now, false when the month was already locked
     */
    @Transactional
    public boolean vergrendel(Actor actor, long contractId, YearMonth maand) {
        if (!actor.is(Role.CONTRACTBEHEERDER) && !actor.is(Role.BEHEERDER)) {
            throw new NotAllowedException("Een maand sluit de afrekening af.");
        }
        Objects.requireNonNull(maand, "maand");
        if (em.find(Contract.class, contractId) == null) {
            throw new NotFoundException("Contract", contractId);
        }
        boolean nu;
        try {
            nu = new PresentieVerwerking(connection()).vergrendel(contractId, maand, actor.username());
        } catch (SQLException e) {
            throw new PersistenceException("month could not be locked", e);
        }
        if (nu) {
            auditLog.record(actor, "VERGRENDELD", "Contract", contractId, "Presentie van " + maand
                    + " afgesloten voor de afrekening");
        }
        return nu;
    }

    public boolean isVergrendeld(long contractId, YearMonth maand) {
        return !em.createQuery("select m.id from MaandAfsluiting m where m.contractId = :c and m.maand = :m",
                        Long.class)
                .setParameter("c", contractId)
                .setParameter("m", maand.atDay(1))
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The settled months of a contract the actor may see, oldest first. */
    public List<YearMonth> afgeslotenMaanden(Actor actor, long contractId) {
        zichtbaarContract(actor, contractId);
        return em.createQuery("select m from MaandAfsluiting m where m.contractId = :c order by m.maand",
                        MaandAfsluiting.class)
                .setParameter("c", contractId)
                .getResultList()
                .stream()
                .map(MaandAfsluiting::getMaand)
                .toList();
    }

    // ---------------------------------------------------------------- reading

    /**
     * The weekly grid of a contract for the week (Monday to Sunday) holding {@code dag}: the provider of the
     * contract enters it; the contract manager may look. Audited as a view of personal data.
     */
    @Transactional
    public Weekrooster weekrooster(Actor actor, long contractId, LocalDate dag) {
        if (!actor.is(Role.AANBIEDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Het weekrooster is van de aanbieder.");
        }
        Objects.requireNonNull(dag, "dag");
        Contract contract = zichtbaarContract(actor, contractId);
        LocalDate maandag = dag.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate zondag = maandag.plusDays(6);
        List<LocalDate> dagen = maandag.datesUntil(zondag.plusDays(1)).toList();

        List<Plaatsing> plaatsingen = em.createQuery("select p from Plaatsing p where p.contractId = :c"
                        + " and p.werkelijkeStart <= :zondag and (p.einddatum is null or p.einddatum >= :maandag)"
                        + " order by p.id", Plaatsing.class)
                .setParameter("c", contractId)
                .setParameter("zondag", zondag)
                .setParameter("maandag", maandag)
                .getResultList();
        Map<Long, List<PresentieView>> presenties = new HashMap<>();
        Map<Long, Object[]> personen = new HashMap<>();
        if (!plaatsingen.isEmpty()) {
            List<Long> ids = plaatsingen.stream().map(Plaatsing::getId).toList();
            em.createQuery("select pr from Presentie pr where pr.plaatsingId in :ids and pr.datum between :van"
                            + " and :tot order by pr.datum, pr.onderdeel", Presentie.class)
                    .setParameter("ids", ids)
                    .setParameter("van", maandag)
                    .setParameter("tot", zondag)
                    .getResultList()
                    .forEach(pr -> presenties.computeIfAbsent(pr.getPlaatsingId(), k -> new ArrayList<>())
                            .add(pr.view()));
            em.createQuery("select i.id, i.voorletters, i.achternaam, i.klantReferentie from Inburgeraar i"
                            + " where i.id in :ids", Object[].class)
                    .setParameter("ids", plaatsingen.stream().map(Plaatsing::getInburgeraarId).distinct().toList())
                    .getResultList()
                    .forEach(r -> personen.put((Long) r[0], r));
        }
        Set<YearMonth> afgesloten = new HashSet<>(afgeslotenMaandenVan(contractId));
        LocalDate vandaag = LocalDate.now();
        List<Weekrooster.Regel> regels = new ArrayList<>();
        for (Plaatsing p : plaatsingen) {
            Plaatsingsperiode periode = new Plaatsingsperiode(p.getId(), contractId, p.getWerkelijkeStart(),
                    p.getEinddatum(), p.getOnderbrekingen());
            Set<LocalDate> invoerbaar = new TreeSet<>();
            Set<LocalDate> dicht = new TreeSet<>();
            Set<LocalDate> corrigeerbaar = new TreeSet<>();
            for (LocalDate d : dagen) {
                boolean maandDicht = afgesloten.contains(YearMonth.from(d));
                if (maandDicht) {
                    dicht.add(d);
                }
                if (periode.isActief(d) && !periode.isOnderbroken(d) && !d.isAfter(vandaag)) {
                    (maandDicht ? corrigeerbaar : invoerbaar).add(d);
                }
            }
            Object[] i = personen.get(p.getInburgeraarId());
            regels.add(new Weekrooster.Regel(p.getId(), p.getInburgeraarId(), i == null ? null : i[1] + " " + i[2],
                    i == null ? null : (String) i[3], invoerbaar, dicht, corrigeerbaar,
                    presenties.getOrDefault(p.getId(), List.of())));
        }
        auditLog.record(actor, AuditLog.BEKEKEN, "Contract", contractId, "Weekrooster presentie ingezien, week van "
                + maandag);
        return new Weekrooster(contractId, contract.getContractNummer(), maandag, dagen, regels);
    }

    /** A page of the attendance records the actor may see, newest date first unless sorted otherwise. */
    public List<PresentieView> zoek(Actor actor, PresentieFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        String jpql = "select pr from Presentie pr" + where + Listing.orderBy(sortField, ascending, SORT, "datum",
                "pr");
        return where.bind(em.createQuery(jpql, Presentie.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(Presentie::view)
                .toList();
    }

    public long tel(Actor actor, PresentieFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(pr) from Presentie pr" + where, Long.class)).getSingleResult();
    }

    /**
     * All attendance of a contract's placements in one month, by placement, date and component: what
     * settlement reads (the contract manager, or the system). Corrections approved since the month was
     * settled are in it, with their {@link PresentieView#correctieverzoekId()}.
     */
    public List<PresentieView> vanContractMaand(Actor actor, long contractId, YearMonth maand) {
        if (!actor.is(Role.CONTRACTBEHEERDER) && !actor.is(Role.BEHEERDER)) {
            throw new NotAllowedException("De presentie van een contractmaand leest de afrekening.");
        }
        return em.createQuery("select pr from Presentie pr where pr.plaatsingId in (select p.id from Plaatsing p"
                        + " where p.contractId = :c) and pr.datum between :van and :tot"
                        + " order by pr.plaatsingId, pr.datum, pr.onderdeel", Presentie.class)
                .setParameter("c", contractId)
                .setParameter("van", maand.atDay(1))
                .setParameter("tot", maand.atEndOfMonth())
                .getResultList()
                .stream()
                .map(Presentie::view)
                .toList();
    }

    // ---------------------------------------------------------------- internals

    /** The EntityManager's own JDBC connection, in the current transaction. */
    private Connection connection() {
        return em.unwrap(Connection.class);
    }

    private List<YearMonth> afgeslotenMaandenVan(long contractId) {
        return em.createQuery("select m from MaandAfsluiting m where m.contractId = :c", MaandAfsluiting.class)
                .setParameter("c", contractId)
                .getResultList()
                .stream()
                .map(MaandAfsluiting::getMaand)
                .toList();
    }

    /** The contract, when the actor may see it: a provider its own; the contract manager all. */
    private Contract zichtbaarContract(Actor actor, long contractId) {
        Contract c = em.find(Contract.class, contractId);
        boolean zichtbaar = c != null && (actor.is(Role.CONTRACTBEHEERDER) || actor.is(Role.BEHEERDER)
                || actor.is(Role.AANBIEDER) && c.getAanbiederId().equals(actor.aanbiederId()));
        if (!zichtbaar) {
            throw new NotFoundException("Contract", contractId);
        }
        return c;
    }

    private static JpqlWhere where(Actor actor, PresentieFilter f) {
        JpqlWhere where = Tenancy.opPlaatsing(actor, "pr.plaatsingId", "presenties");
        if (f == null) {
            return where;
        }
        if (f.plaatsingId() != null) {
            where.and("pr.plaatsingId = :plaatsingId", "plaatsingId", f.plaatsingId());
        }
        if (f.contractId() != null) {
            where.and("pr.plaatsingId in (select fp.id from Plaatsing fp where fp.contractId = :contractId)",
                    "contractId", f.contractId());
        }
        if (f.inburgeraarId() != null) {
            where.and("pr.plaatsingId in (select fi.id from Plaatsing fi where fi.inburgeraarId = :inburgeraarId)",
                    "inburgeraarId", f.inburgeraarId());
        }
        if (f.van() != null) {
            where.and("pr.datum >= :van", "van", f.van());
        }
        if (f.tot() != null) {
            where.and("pr.datum <= :tot", "tot", f.tot());
        }
        if (f.onderdeel() != null) {
            where.and("pr.onderdeel = :onderdeel", "onderdeel", f.onderdeel());
        }
        if (f.verzuimreden() != null) {
            where.and("pr.verzuimreden = :verzuimreden", "verzuimreden", f.verzuimreden());
        }
        return where;
    }
}
