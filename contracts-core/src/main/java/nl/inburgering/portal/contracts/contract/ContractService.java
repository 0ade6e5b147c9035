package nl.inburgering.portal.contracts.contract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Contracts and their tariffs (DESIGN.md, "Domain model", Contract and Tarief).
 *
 * <p>Tenancy (DESIGN.md, "Users"), always in the query: the {@link Role#CONTRACTBEHEERDER} and the
 * {@link Role#BEHEERDER} see every contract; an {@link Role#AANBIEDER} only its own contracts; a
 * {@link Role#GEMEENTE} only the contracts in which it participates. Any other contract answers
 * {@link NotFoundException}.
 *
 * <p>Only the contract manager creates contracts (also when an Open House admission or a tender award
 * creates one: those modules call {@link #create} with the contract manager who decided), adds tariff
 * versions and changes a contract's status. Every change writes an audit line in the same
 * transaction.
 *
 * <p>Returns the {@link Contract} entities themselves (detached once the call returns), with
 * leerroutes, gemeenten and tariffs loaded.
 */
@ApplicationScoped
public class ContractService {

    static final String ENTITEIT = "Contract";

    private static final Map<String, String> SORT = Map.of(
            "contractNummer", "c.contractNummer",
            "startdatum", "c.startdatum",
            "einddatum", "c.einddatum",
            "status", "c.status",
            "herkomst", "c.herkomst");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /** A page of the contracts the actor may see, by contract number unless sorted otherwise. */
    public List<Contract> search(Actor actor, ContractFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        String jpql = "select c from Contract c" + where
                + Listing.orderBy(sortField, ascending, SORT, "contractNummer", "c");
        return Listing.batchFetch(where.bind(em.createQuery(jpql, Contract.class)),
                        "c.leerroutes", "c.gemeenteIds", "c.tarieven", "c.tarieven.mijlpalen")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long count(Actor actor, ContractFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(c) from Contract c" + where, Long.class)).getSingleResult();
    }

    /**
     * Active contracts the actor may see that end within {@code dagen} days of the date (DESIGN.md,
     * "Signals": contracts ending within 90 days appear on the contract manager's dashboard), the
     * soonest first: time to exercise an extension option or to buy anew.
     */
    public List<Contract> eindigendBinnen(Actor actor, LocalDate peildatum, int dagen) {
        JpqlWhere where = tenancy(actor)
                .and("c.status = :actief", "actief", ContractStatus.ACTIEF)
                .and("c.einddatum >= :van", "van", peildatum)
                .and("c.einddatum <= :tot", "tot", peildatum.plusDays(dagen));
        return where.bind(em.createQuery("select c from Contract c" + where + " order by c.einddatum, c.id",
                Contract.class)).getResultList();
    }

    /** The contract, if the actor may see it; otherwise {@link NotFoundException}. */
    public Contract get(Actor actor, long id) {
        JpqlWhere where = tenancy(actor).and("c.id = :id", "id", id);
        return where.bind(em.createQuery("select c from Contract c" + where, Contract.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    /**
     * Creates an active contract. Every field is checked and all violations are reported at once:
     * a unique contract number, an existing provider (an education institution for the
     * onderwijsroute), ordered dates, at least one leerroute and one existing gemeente, at least one
     * valid tariff.
     */
    @Transactional
    public Contract create(Actor actor, ContractGegevens in) {
        mayManage(actor);
        FieldChecks checks = new FieldChecks();
        ContractNumber nummer = checks.required("contractNummer", in.contractNummer(), ContractNumber::of);
        if (nummer != null) {
            checks.check(!nummerInGebruik(nummer), "contractNummer", "contractnummer.bestaat",
                    "Er is al een contract met nummer " + nummer + ".");
        }
        Aanbieder aanbieder = null;
        if (checks.required("aanbiederId", in.aanbiederId()) != null) {
            aanbieder = em.find(Aanbieder.class, in.aanbiederId());
            checks.check(aanbieder != null, "aanbiederId", "aanbieder.onbekend", "Deze aanbieder bestaat niet.");
        }
        if (aanbieder != null && in.leerroutes() != null && !Contract.heeftLeeg(in.leerroutes())
                && in.leerroutes().contains(Leerroute.ONDERWIJSROUTE)) {
            checks.check(aanbieder.getSoort() == AanbiederSoort.ONDERWIJSINSTELLING, "leerroutes",
                    "contract.onderwijsroute-instelling", "De onderwijsroute wordt alleen gecontracteerd bij een "
                            + "onderwijsinstelling.");
        }
        String referentie = checks.requiredText("herkomstReferentie", in.herkomstReferentie(), Contract.MAX_REFERENTIE);
        String perceel = checks.optionalText("perceel", in.perceel(), Contract.MAX_REFERENTIE);
        int verlengopties = in.verlengopties() == null ? 0 : in.verlengopties();
        Contract.check(checks, in.herkomst(), perceel != null, in.leerroutes(), in.gemeenteIds(), in.startdatum(),
                in.einddatum(), verlengopties, in.capaciteit(), in.btwTarief());
        if (in.gemeenteIds() != null && !in.gemeenteIds().isEmpty() && !Contract.heeftLeeg(in.gemeenteIds())) {
            Set<Long> onbekend = onbekendeGemeenten(in.gemeenteIds());
            checks.check(onbekend.isEmpty(), "gemeenteIds", "gemeente.onbekend",
                    "Onbekende gemeente(n): " + onbekend + ".");
        }
        List<Tarief> tarieven = new ArrayList<>();
        List<TariefGegevens> invoer = in.tarieven() == null ? List.of() : in.tarieven();
        for (int i = 0; i < invoer.size(); i++) {
            tarieven.add(tarief(checks, "tarieven[" + i + "]", invoer.get(i)));
        }
        if (!tarieven.contains(null)) {
            Contract.checkTarieven(checks, in.startdatum(), in.einddatum(), tarieven);
        }
        checks.throwIfAny();

        Contract c = new Contract(nummer, in.aanbiederId(), in.herkomst(), referentie, perceel, in.leerroutes(),
                in.gemeenteIds(), in.startdatum(), in.einddatum(), verlengopties, in.capaciteit(), in.btwTarief(),
                in.geoorloofdVerzuimDeclarabel(), tarieven);
        em.persist(c);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, c.getId(), "Contract " + c.getContractNummer()
                + " (" + c.getHerkomst() + " " + c.getHerkomstReferentie() + ") met aanbieder " + aanbieder.getNaam()
                + ", " + c.getStartdatum() + " t/m " + c.getEinddatum());
        return c;
    }

    /** Adds a tariff version, e.g. the yearly indexation; see {@link Contract#voegTariefToe}. */
    @Transactional
    public Contract voegTariefToe(Actor actor, long contractId, TariefGegevens in) {
        mayManage(actor);
        Contract c = get(actor, contractId);
        FieldChecks checks = new FieldChecks();
        Tarief t = tarief(checks, "tarief", in);
        checks.throwIfAny();
        c.voegTariefToe(t);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        auditLog.record(actor, "TARIEF_TOEGEVOEGD", ENTITEIT, c.getId(), "Contract " + c.getContractNummer()
                + ": tarief " + t);
        return c;
    }

    @Transactional
    public Contract schortOp(Actor actor, long contractId) {
        mayManage(actor);
        Contract c = get(actor, contractId);
        c.schortOp();
        auditLog.record(actor, "OPGESCHORT", ENTITEIT, c.getId(), "Contract " + c.getContractNummer() + " opgeschort");
        return c;
    }

    @Transactional
    public Contract hervat(Actor actor, long contractId) {
        mayManage(actor);
        Contract c = get(actor, contractId);
        c.hervat();
        auditLog.record(actor, "HERVAT", ENTITEIT, c.getId(), "Contract " + c.getContractNummer() + " hervat");
        return c;
    }

    /** Ends the contract early, per the given date (e.g. an Open House withdrawal after its notice period). */
    @Transactional
    public Contract beeindig(Actor actor, long contractId, LocalDate per) {
        mayManage(actor);
        Contract c = get(actor, contractId);
        c.beeindig(per);
        auditLog.record(actor, "BEEINDIGD", ENTITEIT, c.getId(), "Contract " + c.getContractNummer()
                + " beëindigd per " + per);
        return c;
    }

    /** Uses one extension option. */
    @Transactional
    public Contract verleng(Actor actor, long contractId, LocalDate nieuweEinddatum) {
        mayManage(actor);
        Contract c = get(actor, contractId);
        LocalDate oud = c.getEinddatum();
        c.verleng(nieuweEinddatum);
        auditLog.record(actor, "VERLENGD", ENTITEIT, c.getId(), "Contract " + c.getContractNummer() + " verlengd van "
                + oud + " tot " + nieuweEinddatum + "; nog " + c.getVerlengoptiesResterend() + " verlengopties");
        return c;
    }

    /** Parses one tariff, recording its errors under the prefix; null when invalid. */
    private static Tarief tarief(FieldChecks checks, String prefix, TariefGegevens in) {
        if (in == null) {
            checks.add(prefix, "verplicht", "Vul het tarief in.");
            return null;
        }
        FieldChecks local = new FieldChecks();
        Money bedrag = local.convert("bedrag", in.bedrag(), Money::of);
        Map<Mijlpaal, Percentage> mijlpalen = null;
        if (in.mijlpalen() != null) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (Map.Entry<Mijlpaal, BigDecimal> e : in.mijlpalen().entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    local.add("mijlpalen", "tarief.mijlpaal-onvolledig", "Elke mijlpaal heeft een percentage.");
                    continue;
                }
                Percentage p = local.convert("mijlpalen", e.getValue(), Percentage::of);
                if (p != null) {
                    mijlpalen.put(e.getKey(), p);
                }
            }
        }
        if (!local.hasError("mijlpalen")) {
            Tarief.check(local, in.geldigVanaf(), in.betaalmodel(), bedrag, in.maxUrenPerPlaatsing(), mijlpalen);
        }
        local.optionalText("omschrijving", in.omschrijving(), Tarief.MAX_OMSCHRIJVING);
        if (in.onderdeel() != null && in.betaalmodel() != null) {
            local.check(in.betaalmodel() == Betaalmodel.PER_UUR, "onderdeel", "tarief.onderdeel-alleen-per-uur",
                    "Een tarief per onderdeel bestaat alleen bij betaling per uur.");
        }
        if (local.hasErrors()) {
            checks.addAll(prefix, local);
            return null;
        }
        return Tarief.of(in.geldigVanaf(), in.betaalmodel(), bedrag, in.maxUrenPerPlaatsing(), mijlpalen,
                in.omschrijving(), in.onderdeel());
    }

    private boolean nummerInGebruik(ContractNumber nummer) {
        return em.createQuery("select count(c) from Contract c where c.contractNummer = :nummer", Long.class)
                .setParameter("nummer", nummer)
                .getSingleResult() > 0;
    }

    private Set<Long> onbekendeGemeenten(Set<Long> ids) {
        Set<Long> onbekend = new TreeSet<>(ids);
        onbekend.removeAll(new HashSet<>(em.createQuery("select g.id from Gemeente g where g.id in :ids", Long.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()));
        return onbekend;
    }

    private static JpqlWhere tenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        if (actor.is(Role.AANBIEDER)) {
            where.and("c.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (actor.is(Role.GEMEENTE)) {
            where.and(":eigenGemeente member of c.gemeenteIds", "eigenGemeente", actor.gemeenteId());
        }
        return where;
    }

    private static JpqlWhere where(Actor actor, ContractFilter f) {
        JpqlWhere where = tenancy(actor);
        if (f == null) {
            return where;
        }
        if (!Listing.isBlank(f.tekst())) {
            where.and("(lower(c.contractNummer) like :tekst escape '!'"
                    + " or lower(c.herkomstReferentie) like :tekst escape '!'"
                    + " or lower(c.perceel) like :tekst escape '!'"
                    + " or exists (select a.id from Aanbieder a where a.id = c.aanbiederId"
                    + " and lower(a.naam) like :tekst escape '!'))", "tekst", Listing.containsPattern(f.tekst()));
        }
        if (f.status() != null) {
            where.and("c.status = :status", "status", f.status());
        }
        if (f.herkomst() != null) {
            where.and("c.herkomst = :herkomst", "herkomst", f.herkomst());
        }
        if (f.aanbiederId() != null) {
            where.and("c.aanbiederId = :aanbiederId", "aanbiederId", f.aanbiederId());
        }
        if (f.leerroute() != null) {
            where.and(":leerroute member of c.leerroutes", "leerroute", f.leerroute());
        }
        if (f.gemeenteId() != null) {
            where.and(":gemeenteId member of c.gemeenteIds", "gemeenteId", f.gemeenteId());
        }
        return where;
    }

    private static void mayManage(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders mogen contracten aanmaken en wijzigen.");
        }
    }
}
