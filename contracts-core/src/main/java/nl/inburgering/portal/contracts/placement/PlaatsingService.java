package nl.inburgering.portal.contracts.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.inburgeraar.Inburgeraar;
import nl.inburgering.portal.contracts.placement.internal.Constraints;
import nl.inburgering.portal.contracts.placement.internal.PlaatsingOpslag;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Placements: referral, the provider's steps, route switch, and the lists and history (DESIGN.md,
 * "Domain model", Plaatsing, and "Rules", "Eligibility of a placement" and "Allocation").
 *
 * <p><b>Who does what.</b> The gemeente refers its own inburgeraars ({@link #verwijs}), withdraws a referral
 * before the course began ({@link #trekIn}) and records a route switch ({@link #stapOver}); the contract
 * manager may do the same for the whole region and allocates the tendered routes
 * ({@link ToewijzingService}). The provider accepts or declines a proposal on its contract and reports
 * start, pauses, completion and early end. Any other role gets {@link NotAllowedException}.
 *
 * <p><b>Tenancy</b> (DESIGN.md, "Users"), always in the query: a gemeente sees only its own inburgeraars'
 * placements, a provider only those on its contracts, the contract manager all; another's placement
 * answers {@link NotFoundException}, as a missing one does.
 *
 * <p><b>Referral.</b> For the B1- and Z-route a referral waits in the pool (status AANGEMELD) until the
 * contract manager allocates it by fair share. For the onderwijsroute the inburgeraar chooses the
 * provider and the portal never chooses for them (Open House; CJEU C-410/14, Falk Pharma): the referral
 * names that provider, and the portal proposes that provider's eligible OPEN_HOUSE contract at once
 * (status VOORGESTELD), or refuses with the failed rules of each of its contracts.
 *
 * <p><b>Concurrency.</b> Whenever places are counted (a proposal, an acceptance), the contract rows are
 * locked first ({@code select ... for update}), so two requests for the last free place are served one
 * after the other: exactly one gets it, the other a refusal naming rule 4. A referral locks the
 * inburgeraar's row; a partial unique index in the database backs "one lopende placement per
 * inburgeraar", and its violation is reported as the same refusal.
 *
 * <p>Every change writes an audit line in the same transaction, without personal data.
 */
@ApplicationScoped
public class PlaatsingService {

    static final String ENTITEIT = "Plaatsing";

    private static final Map<String, String> SORT = Map.of(
            "aangemeldOp", "p.aangemeldOp",
            "geplandeStart", "p.geplandeStart",
            "werkelijkeStart", "p.werkelijkeStart",
            "einddatum", "p.einddatum",
            "status", "p.status",
            "leerroute", "p.leerroute");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PlaatsingOpslag opslag;

    // ---------------------------------------------------------------- referral and route switch

    /**
     * Refers an inburgeraar for a placement in the leerroute of the PIP. B1- and Z-route: the referral
     * waits for allocation (AANGEMELD). Onderwijsroute: proposed at once on the chosen provider's eligible
     * Open House contract (VOORGESTELD); the choice is also stored as the inburgeraar's preferred provider.
     * Refused, with every reason, when the inburgeraar already has a lopende placement, or when no
     * contract of the chosen provider is eligible.
     */
    @Transactional
    public PlaatsingView verwijs(Actor actor, VerwijzingGegevens in) {
        mayRefer(actor);
        Objects.requireNonNull(in, "in");
        FieldChecks checks = new FieldChecks();
        if (checks.required("inburgeraarId", in.inburgeraarId()) == null) {
            checkVerwijzing(checks, in, null, null);
            checks.throwIfAny();
        }
        Inburgeraar inburgeraar = inburgeraarVoor(actor, in.inburgeraarId());
        Leerroute route = inburgeraar.getLeerroute();
        if (in.leerroute() != null) {
            checks.check(in.leerroute() == route, "leerroute", "plaatsing.leerroute-volgt-pip", "Een verwijzing"
                    + " volgt de leerroute uit het PIP (" + Eligibility.routeNaam(route) + "). Wijzig eerst de"
                    + " leerroute, of leg een overstap vast.");
        }
        checkVerwijzing(checks, in, route, inburgeraar.getVoorkeurAanbiederId());
        Plaatsing p = nieuweVerwijzing(actor, inburgeraar, in, null, checks);
        return view(actor, p);
    }

    /**
     * A route switch (overstap), in one transaction: the placement ends with reason OVERSTAP on the given
     * date, the inburgeraar's leerroute changes with the new PIP date (when it changes), and a new
     * referral follows, linked to the old placement. If the new referral is refused, nothing changes.
     *
     * @return the new referral
     */
    @Transactional
    public PlaatsingView stapOver(Actor actor, long plaatsingId, OverstapGegevens in) {
        mayRefer(actor);
        Objects.requireNonNull(in, "in");
        Plaatsing oud = zichtbaar(actor, plaatsingId);
        Inburgeraar inburgeraar = opslag.lockInburgeraar(oud.getInburgeraarId());
        // read again under the lock: a concurrent switch of the same person has committed by now
        em.refresh(oud);
        PlaatsingActie.OVERSTAPPEN.vanuit(oud.getStatus());
        Leerroute route = in.nieuweLeerroute() == null ? inburgeraar.getLeerroute() : in.nieuweLeerroute();
        boolean andereRoute = route != inburgeraar.getLeerroute();

        FieldChecks checks = new FieldChecks();
        checkNietInToekomst(checks, "einddatum", in.einddatum());
        if (andereRoute && checks.required("nieuwePipDatum", in.nieuwePipDatum()) != null) {
            checkNietInToekomst(checks, "nieuwePipDatum", in.nieuwePipDatum());
        }
        VerwijzingGegevens nieuw = new VerwijzingGegevens(inburgeraar.getId(), route, in.geplandeStart(),
                in.geplandeUren(), in.aanbiederId());
        checkVerwijzing(checks, nieuw, route, inburgeraar.getVoorkeurAanbiederId());
        checks.throwIfAny();
        try {
            oud.beeindigVoorOverstap(in.einddatum(), in.toelichting(), actor);
        } catch (InvalidInputException e) {
            FieldChecks relabel = new FieldChecks();
            e.errors().forEach(fe -> relabel.add("datum".equals(fe.field()) ? "einddatum" : fe.field(), fe.code(),
                    fe.message()));
            relabel.throwIfAny();
        }
        // the old placement is no longer lopend before the new one is written (partial unique index)
        em.flush();
        auditLog.record(actor, "OVERSTAP", ENTITEIT, oud.getId(), "Plaatsing beëindigd voor een overstap per "
                + in.einddatum() + (andereRoute ? ", van " + inburgeraar.getLeerroute() + " naar " + route : ""));
        if (andereRoute) {
            inburgeraar.wijzigRoute(route, in.nieuwePipDatum());
            auditLog.record(actor, AuditLog.GEWIJZIGD, "Inburgeraar", inburgeraar.getId(),
                    "Leerroute gewijzigd naar " + route + " (PIP " + in.nieuwePipDatum() + ") bij een overstap");
        }
        Plaatsing p = nieuweVerwijzing(actor, inburgeraar, nieuw, oud.getId(), new FieldChecks());
        return view(actor, p);
    }

    /**
     * Proposes a referral for the onderwijsroute that waits in the pool (e.g. after the provider declined)
     * on an eligible Open House contract of the provider the inburgeraar chose. The gemeente's or the
     * contract manager's; the choice is stored as the inburgeraar's preferred provider.
     */
    @Transactional
    public PlaatsingView kiesAanbieder(Actor actor, long plaatsingId, long aanbiederId) {
        mayRefer(actor);
        Plaatsing p = zichtbaar(actor, plaatsingId);
        PlaatsingActie.VOORSTELLEN.vanuit(p.getStatus());
        if (p.getLeerroute() != Leerroute.ONDERWIJSROUTE) {
            throw InvalidInputException.of("plaatsingId", "plaatsing.toewijzing-via-verdeling",
                    "De " + Eligibility.routeNaam(p.getLeerroute()) + " wordt toegewezen door de contractbeheerder,"
                            + " volgens de verdeling over het perceel.");
        }
        FieldChecks checks = new FieldChecks();
        checkAanbieder(checks, aanbiederId);
        checks.throwIfAny();
        p.kiesAanbieder(aanbiederId);
        Contract c = openHouseContract(p, aanbiederId, p.getId());
        p.stelVoor(c.getId(), actor);
        Inburgeraar inburgeraar = em.find(Inburgeraar.class, p.getInburgeraarId());
        if (!Objects.equals(inburgeraar.getVoorkeurAanbiederId(), aanbiederId)) {
            inburgeraar.kiesVoorkeurAanbieder(aanbiederId);
        }
        auditLog.record(actor, "VOORGESTELD", ENTITEIT, p.getId(), "Plaatsing voorgesteld op contract "
                + c.getContractNummer() + " (keuze van de inburgeraar)");
        return view(actor, p);
    }

    /**
     * Withdraws a referral before the course began (AANGEMELD, VOORGESTELD or GEACCEPTEERD), e.g. because
     * the inburgeraar moved away. The gemeente's or the contract manager's. A route switch goes through
     * {@link #stapOver}.
     *
     * @param toelichting required for reason ANDERS
     */
    @Transactional
    public PlaatsingView trekIn(Actor actor, long plaatsingId, LocalDate datum, BeeindigingsReden reden,
            String toelichting) {
        mayRefer(actor);
        Plaatsing p = zichtbaar(actor, plaatsingId);
        PlaatsingActie.INTREKKEN.vanuit(p.getStatus());
        nietInToekomst("datum", datum);
        p.trekIn(datum, reden, toelichting, actor);
        auditLog.record(actor, "INGETROKKEN", ENTITEIT, p.getId(), "Verwijzing ingetrokken per " + datum + ": "
                + reden);
        return view(actor, p);
    }

    // ---------------------------------------------------------------- the provider's steps

    /**
     * The provider accepts a proposal on its contract. Eligibility is checked again under the contract's
     * lock (the contract, the provider's keurmerk or the capacity may have changed since the proposal);
     * refused with every failed rule.
     *
     * @param geplandeUren optional: the planned hours, replacing those of the referral
     */
    @Transactional
    public PlaatsingView accepteer(Actor actor, long plaatsingId, BigDecimal geplandeUren) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.ACCEPTEREN.vanuit(p.getStatus());
        Contract c = opslag.lockContracten(List.of(p.getContractId())).get(p.getContractId());
        Aanbieder a = em.find(Aanbieder.class, c.getAanbiederId());
        long bezet = opslag.bezet(List.of(c.getId()), p.getId()).getOrDefault(c.getId(), 0L);
        List<Afwijzing> afwijzingen = Eligibility.toets(aanvraag(p, false), c, a, bezet);
        weigerBij("contractId", afwijzingen);
        p.accepteer(geplandeUren, actor);
        auditLog.record(actor, "GEACCEPTEERD", ENTITEIT, p.getId(), "Plaatsing geaccepteerd op contract "
                + c.getContractNummer());
        return view(actor, p);
    }

    /** The provider declines a proposal, with a reason: the referral returns to the pool. */
    @Transactional
    public PlaatsingView weiger(Actor actor, long plaatsingId, String reden) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        Long contractId = p.getContractId();
        p.weiger(reden, actor);
        auditLog.record(actor, "GEWEIGERD", ENTITEIT, p.getId(), "Voorstel op contract " + contractId
                + " geweigerd; verwijzing terug in de wachtrij");
        return view(actor, p);
    }

    /** The course began on this date (not in the future). */
    @Transactional
    public PlaatsingView start(Actor actor, long plaatsingId, LocalDate datum) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.STARTEN.vanuit(p.getStatus());
        nietInToekomst("datum", datum);
        p.start(datum, actor);
        auditLog.record(actor, "GESTART", ENTITEIT, p.getId(), "Plaatsing gestart op " + datum);
        return view(actor, p);
    }

    /** The course pauses from this date on (its first day ONDERBROKEN; not in the future). */
    @Transactional
    public PlaatsingView onderbreek(Actor actor, long plaatsingId, LocalDate vanaf, String reden) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.ONDERBREKEN.vanuit(p.getStatus());
        nietInToekomst("vanaf", vanaf);
        p.onderbreek(vanaf, reden, actor);
        auditLog.record(actor, "ONDERBROKEN", ENTITEIT, p.getId(), "Plaatsing onderbroken vanaf " + vanaf);
        return view(actor, p);
    }

    /** The course resumes on this date (its first day running again; not in the future). */
    @Transactional
    public PlaatsingView hervat(Actor actor, long plaatsingId, LocalDate datum) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.HERVATTEN.vanuit(p.getStatus());
        nietInToekomst("datum", datum);
        p.hervat(datum, actor);
        auditLog.record(actor, "HERVAT", ENTITEIT, p.getId(), "Plaatsing hervat op " + datum);
        return view(actor, p);
    }

    /** The course was completed on this date (its last day; not in the future). */
    @Transactional
    public PlaatsingView rondAf(Actor actor, long plaatsingId, LocalDate datum) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.AFRONDEN.vanuit(p.getStatus());
        nietInToekomst("datum", datum);
        p.rondAf(datum, actor);
        auditLog.record(actor, "AFGEROND", ENTITEIT, p.getId(), "Plaatsing afgerond op " + datum);
        return view(actor, p);
    }

    /**
     * The provider ends the placement early on this date (its last day; not in the future), with a reason
     * other than OVERSTAP (the gemeente's, with the new referral).
     *
     * @param toelichting required for reason ANDERS
     */
    @Transactional
    public PlaatsingView beeindig(Actor actor, long plaatsingId, LocalDate datum, BeeindigingsReden reden,
            String toelichting) {
        Plaatsing p = vanAanbieder(actor, plaatsingId);
        PlaatsingActie.BEEINDIGEN.vanuit(p.getStatus());
        nietInToekomst("datum", datum);
        p.beeindig(datum, reden, toelichting, actor);
        auditLog.record(actor, "BEEINDIGD", ENTITEIT, p.getId(), "Plaatsing voortijdig beëindigd per " + datum
                + ": " + reden);
        return view(actor, p);
    }

    // ---------------------------------------------------------------- reading

    /** One placement the actor may see, with its history; otherwise {@link NotFoundException}. Audited as a view. */
    @Transactional
    public PlaatsingView get(Actor actor, long plaatsingId) {
        Plaatsing p = zichtbaar(actor, plaatsingId);
        auditLog.record(actor, AuditLog.BEKEKEN, ENTITEIT, p.getId(), "Plaatsing ingezien");
        return view(actor, p);
    }

    /**
     * The placement history of one inburgeraar, oldest referral first: for a gemeente its own inburgeraar,
     * for a provider only the placements on its contracts (an inburgeraar never placed with it is not
     * found). Audited as a view of personal data.
     */
    @Transactional
    public List<PlaatsingView> historie(Actor actor, long inburgeraarId) {
        JpqlWhere where = PlaatsingOpslag.tenancy(actor).and("p.inburgeraarId = :inburgeraar", "inburgeraar",
                inburgeraarId);
        List<Plaatsing> lijst = Listing.batchFetch(where.bind(em.createQuery("select p from Plaatsing p" + where
                        + " order by p.aangemeldOp, p.id", Plaatsing.class)), "p.historie", "p.onderbrekingen")
                .getResultList();
        if (lijst.isEmpty()) {
            Inburgeraar i = em.find(Inburgeraar.class, inburgeraarId);
            boolean zichtbaar = i != null && (actor.is(Role.CONTRACTBEHEERDER)
                    || actor.is(Role.GEMEENTE) && i.getGemeenteId().equals(actor.gemeenteId()));
            if (!zichtbaar) {
                throw new NotFoundException("Inburgeraar", inburgeraarId);
            }
        }
        auditLog.record(actor, AuditLog.BEKEKEN, "Inburgeraar", inburgeraarId, "Plaatsingshistorie ingezien");
        return opslag.views(actor, lijst);
    }

    /** A page of the placements the actor may see, newest referral first unless sorted otherwise. */
    public List<PlaatsingView> search(Actor actor, PlaatsingFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        String jpql = "select p from Plaatsing p" + where + Listing.orderBy(sortField, ascending, SORT, "aangemeldOp",
                "p");
        List<Plaatsing> lijst = Listing.batchFetch(where.bind(em.createQuery(jpql, Plaatsing.class)), "p.historie",
                        "p.onderbrekingen")
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        return opslag.views(actor, lijst);
    }

    public long count(Actor actor, PlaatsingFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(p) from Plaatsing p" + where, Long.class)).getSingleResult();
    }

    // ---------------------------------------------------------------- internals

    /**
     * Writes a referral for the inburgeraar's current leerroute, after the input checks (in
     * {@code checks}) and rule 5; for the onderwijsroute proposed at once on the chosen provider's
     * contract.
     */
    private Plaatsing nieuweVerwijzing(Actor actor, Inburgeraar inburgeraar, VerwijzingGegevens in, Long vorige,
            FieldChecks checks) {
        long lopend = opslag.lopendPerInburgeraar(List.of(inburgeraar.getId())).getOrDefault(inburgeraar.getId(), 0L);
        checks.check(lopend == 0, "inburgeraarId", PlaatsingsRegel.ANDERE_OPEN_PLAATSING.code(),
                "Deze inburgeraar heeft al een lopende plaatsing; een inburgeraar heeft er hoogstens één."
                        + " Trek die eerst in, of leg een overstap vast.");
        checks.throwIfAny();

        Leerroute route = inburgeraar.getLeerroute();
        Long gekozen = route == Leerroute.ONDERWIJSROUTE
                ? (in.aanbiederId() != null ? in.aanbiederId() : inburgeraar.getVoorkeurAanbiederId())
                : null;
        Plaatsing p = new Plaatsing(inburgeraar.getId(), inburgeraar.getGemeenteId(), inburgeraar.isZelfbetaler(),
                route, LocalDate.now(), in.geplandeStart(), in.geplandeUren(), gekozen, vorige, actor);
        Contract contract = null;
        if (gekozen != null) {
            contract = openHouseContract(p, gekozen, null);
            p.stelVoor(contract.getId(), actor);
            if (!gekozen.equals(inburgeraar.getVoorkeurAanbiederId())) {
                inburgeraar.kiesVoorkeurAanbieder(gekozen);
            }
        }
        em.persist(p);
        flushEenLopende();
        auditLog.record(actor, "VERWEZEN", ENTITEIT, p.getId(), "Inburgeraar " + inburgeraar.getId()
                + " verwezen voor de " + Eligibility.routeNaam(route) + ", geplande start " + p.getGeplandeStart()
                + (contract == null ? "; wacht op toewijzing" : "; voorgesteld op contract "
                        + contract.getContractNummer() + " (keuze van de inburgeraar)")
                + (vorige == null ? "" : "; overstap vanuit plaatsing " + vorige));
        return p;
    }

    /**
     * The checks of a referral's input; with the route known (the inburgeraar's, or the new one of a route
     * switch), also the provider: the onderwijsroute needs the inburgeraar's choice, the other routes none.
     */
    private void checkVerwijzing(FieldChecks checks, VerwijzingGegevens in, Leerroute route, Long voorkeur) {
        checks.required("geplandeStart", in.geplandeStart());
        Plaatsing.checkUren(checks, in.geplandeUren());
        if (route == null) {
            return;
        }
        if (route == Leerroute.ONDERWIJSROUTE) {
            Long gekozen = in.aanbiederId() != null ? in.aanbiederId() : voorkeur;
            if (checks.check(gekozen != null, "aanbiederId", "plaatsing.aanbieder-kiezen",
                    "Voor de onderwijsroute kiest de inburgeraar zelf een onderwijsinstelling; vul die keuze in.")) {
                checkAanbieder(checks, gekozen);
            }
        } else {
            checks.check(in.aanbiederId() == null, "aanbiederId", "plaatsing.aanbieder-alleen-onderwijsroute",
                    "Alleen voor de onderwijsroute noemt een verwijzing de aanbieder; de "
                            + Eligibility.routeNaam(route) + " wijst de contractbeheerder toe volgens de verdeling.");
        }
    }

    private void checkAanbieder(FieldChecks checks, long aanbiederId) {
        checks.check(em.find(Aanbieder.class, aanbiederId) != null, "aanbiederId", "aanbieder.onbekend",
                "Deze aanbieder bestaat niet.");
    }

    /**
     * The chosen provider's Open House contract for the placement: the first eligible one by contract
     * number, its capacity counted under lock; otherwise refused with every failed rule of every contract.
     */
    private Contract openHouseContract(Plaatsing p, long aanbiederId, Long zelf) {
        List<Long> ids = em.createQuery("select c.id from Contract c where c.aanbiederId = :a"
                        + " and c.herkomst = :oh", Long.class)
                .setParameter("a", aanbiederId)
                .setParameter("oh", ContractHerkomst.OPEN_HOUSE)
                .getResultList();
        Aanbieder aanbieder = em.find(Aanbieder.class, aanbiederId);
        if (ids.isEmpty()) {
            throw InvalidInputException.of("aanbiederId", "plaatsing.geen-open-house-contract", aanbieder.getNaam()
                    + " heeft geen Open House-contract; de inburgeraar kiest een toegelaten onderwijsinstelling.");
        }
        List<Contract> contracten = new ArrayList<>(opslag.lockContracten(ids).values());
        contracten.sort(Comparator.comparing(Contract::getContractNummer));
        Map<Long, Long> bezet = opslag.bezet(ids, zelf);
        FieldChecks checks = new FieldChecks();
        for (Contract c : contracten) {
            List<Afwijzing> afwijzingen = Eligibility.toets(aanvraag(p, false), c, aanbieder,
                    bezet.getOrDefault(c.getId(), 0L));
            if (afwijzingen.isEmpty()) {
                return c;
            }
            afwijzingen.forEach(a -> checks.add("aanbiederId", a.regel().code(), a.reden()));
        }
        checks.throwIfAny();
        throw new IllegalStateException("unreachable");
    }

    private static Eligibility.Aanvraag aanvraag(Plaatsing p, boolean andereOpenPlaatsing) {
        return new Eligibility.Aanvraag(p.getLeerroute(), p.getGemeenteId(), p.getGeplandeStart(),
                p.getLeerroute() == Leerroute.ONDERWIJSROUTE ? p.getVoorkeurAanbiederId() : null, andereOpenPlaatsing);
    }

    /** Refuses with one error per failed rule, each with the rule's code. */
    static void weigerBij(String field, List<Afwijzing> afwijzingen) {
        if (!afwijzingen.isEmpty()) {
            FieldChecks checks = new FieldChecks();
            afwijzingen.forEach(a -> checks.add(field, a.regel().code(), a.reden()));
            checks.throwIfAny();
        }
    }

    /** Flushes, reporting a second lopende placement caught by the database as rule 5. */
    private void flushEenLopende() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.isUniqueViolation(e, Constraints.EEN_LOPENDE_PLAATSING)) {
                throw new StateConflictException("Deze inburgeraar heeft al een lopende plaatsing (zojuist"
                        + " vastgelegd); een inburgeraar heeft er hoogstens één.");
            }
            throw e;
        }
    }

    private Inburgeraar inburgeraarVoor(Actor actor, long inburgeraarId) {
        Inburgeraar i = opslag.lockInburgeraar(inburgeraarId);
        if (i == null || actor.is(Role.GEMEENTE) && !i.getGemeenteId().equals(actor.gemeenteId())) {
            throw new NotFoundException("Inburgeraar", inburgeraarId);
        }
        return i;
    }

    private Plaatsing zichtbaar(Actor actor, long plaatsingId) {
        JpqlWhere where = PlaatsingOpslag.tenancy(actor).and("p.id = :id", "id", plaatsingId);
        return where.bind(em.createQuery("select p from Plaatsing p" + where, Plaatsing.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, plaatsingId));
    }

    private Plaatsing vanAanbieder(Actor actor, long plaatsingId) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Accepteren, weigeren, starten, onderbreken, hervatten, afronden en"
                    + " beëindigen doet de aanbieder.");
        }
        return zichtbaar(actor, plaatsingId);
    }

    private static void mayRefer(Actor actor) {
        if (!PlaatsingOpslag.rolIn(actor, Role.GEMEENTE, Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Verwijzen, intrekken en overstappen doen de gemeente en de"
                    + " contractbeheerder.");
        }
    }

    private static void nietInToekomst(String field, LocalDate datum) {
        FieldChecks checks = new FieldChecks();
        checkNietInToekomst(checks, field, datum);
        checks.throwIfAny();
    }

    private static void checkNietInToekomst(FieldChecks checks, String field, LocalDate datum) {
        if (checks.required(field, datum) != null) {
            checks.check(!datum.isAfter(LocalDate.now()), field, "plaatsing.datum-in-toekomst",
                    "Deze datum ligt niet in de toekomst: leg vast wat er gebeurd is.");
        }
    }

    private PlaatsingView view(Actor actor, Plaatsing p) {
        return opslag.views(actor, List.of(p)).get(0);
    }

    private static JpqlWhere where(Actor actor, PlaatsingFilter f) {
        JpqlWhere where = PlaatsingOpslag.tenancy(actor);
        if (f == null) {
            return where;
        }
        if (f.inburgeraarId() != null) {
            where.and("p.inburgeraarId = :inburgeraarId", "inburgeraarId", f.inburgeraarId());
        }
        if (f.gemeenteId() != null) {
            where.and("p.gemeenteId = :gemeenteId", "gemeenteId", f.gemeenteId());
        }
        if (f.contractId() != null) {
            where.and("p.contractId = :contractId", "contractId", f.contractId());
        }
        if (f.status() != null) {
            where.and("p.status = :status", "status", f.status());
        }
        if (f.leerroute() != null) {
            where.and("p.leerroute = :leerroute", "leerroute", f.leerroute());
        }
        if (f.lopend() != null) {
            where.and(f.lopend() ? "p.status in :lopend" : "p.status not in :lopend", "lopend", PlaatsingStatus.LOPEND);
        }
        return where;
    }
}
