package nl.inburgering.portal.contracts.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * The gemeenten's monthly statements (DESIGN.md, "Settlement", Verrekenstaat; issue 7): per gemeente per
 * month, the sum of its shares of the approved invoices over all contracts, what it owes the lead
 * municipality. A statement is OPEN from the first approved invoice of the month with its lines; the contract
 * manager makes it DEFINITIEF once no invoice of the month with its lines still waits (CONCEPT or INGEDIEND),
 * which freezes its amounts and closes the month for settlement.
 *
 * <p><b>Tenancy</b>, in the query: a gemeente sees only its own statements (another's is 404); the contract
 * manager all; providers and the administrator none.
 */
@ApplicationScoped
public class VerrekenstaatService {

    static final String ENTITEIT = "Verrekenstaat";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String GOEDGEKEURD = "('GOEDGEKEURD', 'BETAALD')";

    private static final String SELECT = """
            select v.id, v.version, v.nummer, v.gemeente_id, g.naam, g.cbs_code, v.maand, v.status,
                coalesce(v.netto, s.netto, 0), coalesce(v.btw, s.btw, 0), coalesce(s.n, 0), v.definitief_door,
                v.definitief_op
            from verrekenstaat v join gemeente g on g.id = v.gemeente_id
            left join lateral (select sum(a.netto) as netto, sum(a.btw) as btw, count(*) as n
                from factuur_aandeel a join factuur f on f.id = a.factuur_id
                where a.gemeente_id = v.gemeente_id and f.maand = v.maand and f.soort = 'GEMEENTEN'
                and f.status in """ + GOEDGEKEURD + ") s on true";

    /** The columns a list of statements sorts on. */
    private static final Map<String, String> SORT = Map.of(
            "nummer", "v.nummer",
            "maand", "v.maand",
            "gemeente", "g.naam",
            "status", "v.status",
            "totaal", "(coalesce(v.netto, s.netto, 0) + coalesce(v.btw, s.btw, 0))");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    // ---------------------------------------------------------------- reading

    /** A page of the statements the actor may see: newest month first, then gemeente name. */
    public List<VerrekenstaatView> zoek(Actor actor, VerrekenstaatFilter filter, int first, int pageSize) {
        return zoek(actor, filter, first, pageSize, null, false);
    }

    /**
     * As above, sorted on {@code sortField} ({@code nummer}, {@code maand}, {@code gemeente}, {@code status} or
     * {@code totaal}; null for the default order), then on the id in the same direction.
     */
    public List<VerrekenstaatView> zoek(Actor actor, VerrekenstaatFilter filter, int first, int pageSize,
            String sortField, boolean ascending) {
        Listing.checkPage(first, pageSize);
        List<Object> params = new ArrayList<>();
        String where = where(actor, filter, params);
        String orderBy = sortField == null || sortField.isBlank() ? " order by v.maand desc, g.naam, v.id"
                : Listing.orderBy(sortField, ascending, SORT, "maand", "v");
        Query q = em.createNativeQuery(SELECT + where + orderBy + " limit " + pageSize + " offset " + first);
        bind(q, params);
        List<VerrekenstaatView> l = new ArrayList<>();
        for (Object r : q.getResultList()) {
            l.add(view((Object[]) r));
        }
        return l;
    }

    public long tel(Actor actor, VerrekenstaatFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(actor, filter, params);
        Query q = em.createNativeQuery("select count(*) from verrekenstaat v join gemeente g on g.id = v.gemeente_id"
                + where);
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    public VerrekenstaatView get(Actor actor, long id) {
        List<Object> params = new ArrayList<>();
        String where = where(actor, VerrekenstaatFilter.alles(), params);
        params.add(id);
        Query q = em.createNativeQuery(SELECT + where + " and v.id = ?" + params.size());
        bind(q, params);
        List<?> rijen = q.getResultList();
        if (rijen.isEmpty()) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return view((Object[]) rijen.get(0));
    }

    /** The statement's posts: the gemeente's share of each approved invoice of the month. */
    public List<Verrekenstaatpost> posten(Actor actor, long id) {
        VerrekenstaatView v = get(actor, id);
        List<Verrekenstaatpost> l = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select f.id, f.factuurnummer, c.id, c.contract_nummer, a.naam, f.btw_tarief, fa.netto, fa.btw
                        from factuur_aandeel fa join factuur f on f.id = fa.factuur_id
                        join contract c on c.id = f.contract_id join aanbieder a on a.id = f.aanbieder_id
                        where fa.gemeente_id = ?1 and f.maand = ?2 and f.soort = 'GEMEENTEN' and f.status in """
                        + GOEDGEKEURD + " order by c.contract_nummer, f.id")
                .setParameter(1, v.gemeenteId())
                .setParameter(2, v.maand().atDay(1))
                .getResultList()) {
            Object[] r = (Object[]) o;
            Money netto = Money.of((BigDecimal) r[6]);
            Money btw = Money.of((BigDecimal) r[7]);
            l.add(new Verrekenstaatpost(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                    (String) r[3], (String) r[4], BtwTarief.valueOf((String) r[5]), netto, btw, netto.plus(btw)));
        }
        return l;
    }

    /**
     * Everything the exports need (PDF, CSV, UBL); writes an audit line, since an export leaves the portal.
     *
     * @param formaat what is exported, for the audit line ("PDF", "CSV", "UBL")
     */
    @Transactional
    public VerrekenstaatDocument document(Actor actor, long id, String formaat) {
        VerrekenstaatView v = get(actor, id);
        Gemeente lead = em.createQuery("select g from Gemeente g where g.lead = true", Gemeente.class)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new StateConflictException("Er is geen centrumgemeente vastgelegd."));
        Gemeente gemeente = em.find(Gemeente.class, v.gemeenteId());
        LocalDate datum = v.definitiefOp() == null ? LocalDate.now(ZONE) : LocalDate.ofInstant(v.definitiefOp(), ZONE);
        auditLog.record(actor, "GEEXPORTEERD", ENTITEIT, id, "Verrekenstaat " + v.nummer() + " geexporteerd als "
                + formaat);
        return new VerrekenstaatDocument(v, partij(lead), partij(gemeente), datum, posten(actor, id));
    }

    // ---------------------------------------------------------------- the contract manager

    /**
     * Makes a statement definitive: its amounts are kept as they are now and the month is closed for
     * settlement.
     *
     * @throws StateConflictException already definitive, or invoices of the month with the gemeente's lines
     *                                still wait (named in the message)
     */
    @Transactional
    public VerrekenstaatView maakDefinitief(Actor actor, long id) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Een verrekenstaat maakt de contractbeheerder definitief.");
        }
        VerrekenstaatView v = get(actor, id);
        Verrekenstaat staat = em.find(Verrekenstaat.class, id, LockModeType.PESSIMISTIC_WRITE);
        List<String> wachtend = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                        select distinct c.contract_nummer, f.status, f.factuurnummer, f.id
                        from factuur f join contract c on c.id = f.contract_id
                        where f.maand = ?1 and f.soort = 'GEMEENTEN' and f.status in ('CONCEPT', 'INGEDIEND')
                        and exists (select 1 from factuurregel r where r.factuur_id = f.id and r.gemeente_id = ?2)
                        order by c.contract_nummer, f.id""")
                .setParameter(1, v.maand().atDay(1))
                .setParameter(2, v.gemeenteId())
                .getResultList()) {
            Object[] r = (Object[]) o;
            wachtend.add("CONCEPT".equals(r[1]) ? "contract " + r[0] + " (concept, nog niet ingediend)"
                    : "contract " + r[0] + " (factuur " + r[2] + ", ingediend)");
        }
        if (!wachtend.isEmpty()) {
            throw new StateConflictException("Verrekenstaat " + v.nummer() + " kan nog niet definitief: "
                    + wachtend.size() + " factu" + (wachtend.size() == 1 ? "ur wacht" : "ren wachten")
                    + " op indienen of beoordelen: " + String.join(", ", wachtend) + ".");
        }
        staat.maakDefinitief(v.netto(), v.btw(), actor.username());
        em.flush();
        auditLog.record(actor, "DEFINITIEF", ENTITEIT, id, "Verrekenstaat " + v.nummer() + " definitief: "
                + v.totaal());
        return get(actor, id);
    }

    /**
     * The statements of these gemeenten for the month exist (OPEN) after this; used when an invoice is
     * approved, in its transaction.
     *
     * @throws StateConflictException one of them is already definitive: the month is closed for that gemeente
     */
    @Transactional
    public void openVoor(Collection<Long> gemeenteIds, YearMonth maand) {
        if (gemeenteIds.isEmpty()) {
            // a zelfbetaler invoice, or every line rejected: no statement concerned (and no "in ()" below)
            return;
        }
        List<Long> ids = new ArrayList<>();
        List<String> nummers = new ArrayList<>();
        for (Gemeente g : em.createQuery("select g from Gemeente g where g.id in :g order by g.id", Gemeente.class)
                .setParameter("g", List.copyOf(gemeenteIds))
                .getResultList()) {
            ids.add(g.getId());
            nummers.add(Verrekenstaat.nummer(g.getCbsCode().value(), maand));
        }
        em.createNativeQuery("insert into verrekenstaat (gemeente_id, maand, status, nummer)"
                        + " select k.g, ?1, 'OPEN', k.n from unnest(cast(?2 as bigint[]), cast(?3 as text[])) as k(g, n)"
                        + " on conflict (gemeente_id, maand) do nothing")
                .setParameter(1, maand.atDay(1))
                .setParameter(2, ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .setParameter(3, nummers.stream().collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
        List<String> definitief = em.createQuery("select v.nummer from Verrekenstaat v where v.gemeenteId in :g"
                        + " and v.maand = :m and v.status = nl.inburgering.portal.contracts.settlement"
                        + ".Verrekenstaatstatus.DEFINITIEF order by v.nummer", String.class)
                .setParameter("g", List.copyOf(gemeenteIds))
                .setParameter("m", maand.atDay(1))
                .getResultList();
        if (!definitief.isEmpty()) {
            throw new StateConflictException("Verrekenstaat " + String.join(", ", definitief) + " is al definitief;"
                    + " deze factuur kan daar niet meer bij. Neem contact op met de gemeente.");
        }
    }

    // ---------------------------------------------------------------- internals

    private static String where(Actor actor, VerrekenstaatFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" where 1 = 1");
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> {
                params.add(actor.gemeenteId());
                w.append(" and v.gemeente_id = ?").append(params.size());
            }
            default -> throw new NotAllowedException("Verrekenstaten zien de gemeenten en de contractbeheerder.");
        }
        if (f.gemeenteId() != null) {
            params.add(f.gemeenteId());
            w.append(" and v.gemeente_id = ?").append(params.size());
        }
        if (f.maand() != null) {
            params.add(f.maand().atDay(1));
            w.append(" and v.maand = ?").append(params.size());
        }
        if (f.status() != null) {
            params.add(f.status().name());
            w.append(" and v.status = ?").append(params.size());
        }
        return w.toString();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    private static VerrekenstaatView view(Object[] r) {
        Money netto = Money.of((BigDecimal) r[8]);
        Money btw = Money.of((BigDecimal) r[9]);
        return new VerrekenstaatView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], YearMonth.from(datum(r[6])),
                Verrekenstaatstatus.valueOf((String) r[7]), netto, btw, netto.plus(btw), ((Number) r[10]).longValue(),
                (String) r[11], instant(r[12]));
    }

    private static LocalDate datum(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) o;
    }

    private static VerrekenstaatDocument.Partij partij(Gemeente g) {
        return new VerrekenstaatDocument.Partij(g.getId(), g.getNaam(), g.getCbsCode().value(),
                g.getOin() == null ? null : g.getOin().value(),
                g.getFactuurContact() == null ? null : g.getFactuurContact().getNaam(),
                g.getFactuurContact() == null ? null : String.valueOf(g.getFactuurContact().getEmail()),
                g.getAdres() == null ? null : g.getAdres().straat(),
                g.getAdres() == null ? null : g.getAdres().postcode(),
                g.getAdres() == null ? null : g.getAdres().plaats(),
                g.getIban() == null ? null : g.getIban().value(), g.getBtwNummer());
    }
}
