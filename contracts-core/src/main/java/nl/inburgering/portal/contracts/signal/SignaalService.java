package nl.inburgering.portal.contracts.signal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Attendance signals (DESIGN.md, "Signals"; the rules in {@link SignaalRegels}).
 *
 * <p>{@link #bereken} looks at the last 4 full weeks before a reference date: the attendance of every placement
 * with records in that period, totalled in one query, judged in Java. Idempotent: a signal is unique per
 * placement, kind and period ({@code insert ... on conflict do nothing}), so computing again, or twice at once,
 * raises nothing twice; a new week gives a new period and, if attendance is still behind, a new signal.
 *
 * <p><b>Tenancy</b>, in the query: a gemeente sees and handles the signals of its own inburgeraars (the gemeente
 * fixed on the placement); the contract manager sees all of them. Providers and administrators see none.
 */
@ApplicationScoped
public class SignaalService {

    static final String ENTITEIT = "Signaal";

    private static final Map<String, String> SORT = Map.of(
            "periodeVan", "s.periodeVan",
            "aangemaaktOp", "s.aangemaaktOp",
            "soort", "s.soort",
            "status", "s.status");

    static final String TOTALEN = """
            select pr.plaatsing_id, p.inburgeraar_id, p.gemeente_id, p.contract_id,
                sum(pr.geroosterde_uren), sum(pr.aanwezige_uren),
                sum(case when pr.verzuimreden = 'ONGEOORLOOFD' then pr.geroosterde_uren - pr.aanwezige_uren
                    else 0 end)
            from plaatsing p join presentie pr on pr.plaatsing_id = p.id
            where p.contract_id is not null and p.werkelijke_start <= ?1
                and (p.einddatum is null or p.einddatum >= ?2) and pr.datum between ?3 and ?4
            group by pr.plaatsing_id, p.inburgeraar_id, p.gemeente_id, p.contract_id
            order by pr.plaatsing_id""";

    static final String NIEUW = """
            insert into signaal (plaatsing_id, inburgeraar_id, gemeente_id, contract_id, soort, periode_van,
                periode_tot, geroosterde_uren, aanwezige_uren, ongeoorloofde_uren, status, aangemaakt_op)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'OPEN', now())
            on conflict (plaatsing_id, soort, periode_van) do nothing""";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /**
     * Computes the signals of the last 4 full weeks before the week of {@code peildatum}: run by the system
     * (weekly, on Monday) or by the contract manager.
     */
    @Transactional
    public SignaalBerekening bereken(Actor actor, LocalDate peildatum) {
        if (!actor.is(Role.BEHEERDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Signalen berekent het systeem of de contractbeheerder.");
        }
        Objects.requireNonNull(peildatum, "peildatum");
        SignaalRegels.Periode periode = SignaalRegels.periode(peildatum);
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = em.createNativeQuery(TOTALEN)
                .setParameter(1, periode.tot())
                .setParameter(2, periode.van())
                .setParameter(3, periode.van())
                .setParameter(4, periode.tot())
                .getResultList();
        int nieuw = 0;
        for (Object[] r : rijen) {
            Aanwezigheid a = new Aanwezigheid(decimaal(r[4]), decimaal(r[5]), decimaal(r[6]));
            Set<Signaalsoort> soorten = SignaalRegels.beoordeel(a);
            for (Signaalsoort soort : soorten) {
                nieuw += em.createNativeQuery(NIEUW)
                        .setParameter(1, lang(r[0]))
                        .setParameter(2, lang(r[1]))
                        .setParameter(3, lang(r[2]))
                        .setParameter(4, lang(r[3]))
                        .setParameter(5, soort.name())
                        .setParameter(6, periode.van())
                        .setParameter(7, periode.tot())
                        .setParameter(8, a.geroosterd())
                        .setParameter(9, a.aanwezig())
                        .setParameter(10, a.ongeoorloofd())
                        .executeUpdate();
            }
        }
        auditLog.record(actor, "BEREKEND", ENTITEIT, null, "Signalen berekend over " + periode.van() + " tot en met "
                + periode.tot() + ": " + rijen.size() + " plaatsingen beoordeeld, " + nieuw + " nieuwe signalen");
        return new SignaalBerekening(periode.van(), periode.tot(), rijen.size(), nieuw);
    }

    /** The gemeente marks its signal handled, with a remark. */
    @Transactional
    public SignaalView handelAf(Actor actor, long id, String opmerking) {
        if (!actor.is(Role.GEMEENTE)) {
            throw new NotAllowedException("Een signaal handelt de gemeente af.");
        }
        Signaal s = em.find(Signaal.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null || !s.getGemeenteId().equals(actor.gemeenteId())) {
            throw new NotFoundException(ENTITEIT, id);
        }
        if (s.getStatus() != SignaalStatus.OPEN) {
            throw new StateConflictException("Dit signaal is al afgehandeld.");
        }
        s.handelAf(opmerking, actor);
        auditLog.record(actor, "AFGEHANDELD", ENTITEIT, s.getId(), "Signaal afgehandeld");
        return s.view();
    }

    /** One signal the actor may see; otherwise {@link NotFoundException}. */
    public SignaalView get(Actor actor, long id) {
        JpqlWhere where = tenancy(actor).and("s.id = :id", "id", id);
        return where.bind(em.createQuery("select s from Signaal s" + where, Signaal.class))
                .getResultStream()
                .findFirst()
                .map(Signaal::view)
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    /** A page of the signals the actor may see, newest period first unless sorted otherwise. */
    public List<SignaalView> zoek(Actor actor, SignaalFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select s from Signaal s" + where
                        + Listing.orderBy(sortField, ascending, SORT, "periodeVan", "s"), Signaal.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(Signaal::view)
                .toList();
    }

    public long tel(Actor actor, SignaalFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(s) from Signaal s" + where, Long.class)).getSingleResult();
    }

    private static JpqlWhere tenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> where.and("s.gemeenteId = :eigenGemeente", "eigenGemeente", actor.gemeenteId());
            default -> throw new NotAllowedException("Signalen zijn voor de gemeente en de contractbeheerder.");
        }
        return where;
    }

    private static JpqlWhere where(Actor actor, SignaalFilter f) {
        JpqlWhere where = tenancy(actor);
        if (f == null) {
            return where;
        }
        if (f.gemeenteId() != null) {
            where.and("s.gemeenteId = :gemeenteId", "gemeenteId", f.gemeenteId());
        }
        if (f.contractId() != null) {
            where.and("s.contractId = :contractId", "contractId", f.contractId());
        }
        if (f.plaatsingId() != null) {
            where.and("s.plaatsingId = :plaatsingId", "plaatsingId", f.plaatsingId());
        }
        if (f.inburgeraarId() != null) {
            where.and("s.inburgeraarId = :inburgeraarId", "inburgeraarId", f.inburgeraarId());
        }
        if (f.soort() != null) {
            where.and("s.soort = :soort", "soort", f.soort());
        }
        if (f.status() != null) {
            where.and("s.status = :status", "status", f.status());
        }
        return where;
    }

    private static BigDecimal decimaal(Object o) {
        return o == null ? BigDecimal.ZERO : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static long lang(Object o) {
        return ((Number) o).longValue();
    }
}
