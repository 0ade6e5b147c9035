package nl.inburgering.portal.tendering.gunning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingIngetrokken;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Contractvoorwaarden;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.aanbesteding.Tariefpost;
import nl.inburgering.portal.tendering.beoordeling.BeoordelingService;
import nl.inburgering.portal.tendering.beoordeling.PerceelUitslag;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.tendering.internal.Jpql;
import nl.inburgering.portal.tendering.internal.Klok;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * Award decision, standstill, definitive award and the resulting contracts (DESIGN.md, "Tender";
 * the rules are on {@link Gunningsvoornemen}, {@link Standstill} and {@link GegundContract}).
 *
 * <ul>
 * <li>The award decision is sent to all bidders of every lot at once as an in-portal message per
 * bid ({@link Gunningsbericht}; Aanbestedingswet 2012, art. 2.130); {@link #gunningsbrief} gives
 * the web layer all data for the letter.</li>
 * <li>The standstill ends after the tender's standstill days, counted from the day after sending
 * (art. 2.127). Contracts are created only after it ends and while no objection is open
 * ({@link BezwaarService}).</li>
 * <li>The definitive award creates one contract per winner through contracts-core, with the
 * winner's bid prices as tariffs, the lot's gemeenten and the term from the tender; numbered
 * {@code AB-<year>-<route>-<nn>} ({@link ContractNummering}). Extension options are exercised
 * once each, in order, through contracts-core.</li>
 * </ul>
 *
 * <p>Visibility (DESIGN.md, "Users"), in the queries: an {@link Role#AANBIEDER} sees only its own
 * messages and its own contracts; what it learns of other bids is only the decision's summary of the
 * winners ({@link WinnendeInschrijving}: name, rank, points; no prices). The
 * {@link Role#CONTRACTBEHEERDER} sees and does everything here. Every change writes an audit line.
 */
@ApplicationScoped
public class GunningService {

    static final String ENTITEIT = "Gunningsvoornemen";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbestedingService aanbestedingService;

    @Inject
    private InschrijvingService inschrijvingService;

    @Inject
    private BeoordelingService beoordelingService;

    @Inject
    private ContractService contractService;

    @Inject
    private Klok klok;

    @Inject
    private Event<GunningsvoornemenVerzonden> verzonden;

    @Inject
    private Event<AanbestedingGegund> gegund;

    /**
     * Sends the award decision of an evaluated tender to all bidders at once: one message per bid
     * on every lot, with its scores, rank and reasons. The standstill starts the next day.
     */
    @Transactional
    public Gunningsvoornemen verstuurGunningsvoornemen(Actor actor, long aanbestedingId) {
        mayManage(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        a.getStatus().naar(AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN, "een gunningsvoornemen verzenden");
        List<PerceelUitslag> uitslagen = beoordelingService.uitslagen(actor, aanbestedingId);
        Map<Long, Long> aanbiederVan = new HashMap<>();
        inschrijvingService.inschrijvingen(actor, aanbestedingId)
                .forEach(i -> aanbiederVan.put(i.getId(), i.getAanbiederId()));
        Gunningsvoornemen v = new Gunningsvoornemen(a, uitslagen, aanbiederVan::get, actor.username(), klok.nu());
        em.persist(v);
        em.flush();
        a.gunningsvoornemenVerzonden();
        auditLog.record(actor, "VERZONDEN", ENTITEIT, v.getId(), "Gunningsvoornemen " + a.getReferentie()
                + " verzonden aan " + v.getBerichten().size() + " inschrijving(en); standstill tot en met "
                + Nl.datum(v.getStandstillEinde()));
        verzonden.fire(new GunningsvoornemenVerzonden(a.getId(), v.getId(), v.getVerzenddatum(), v.getStandstillEinde()));
        return v;
    }

    /** The decision that is sent and not withdrawn (its standstill running or ended), if any: contract manager only. */
    public Optional<Gunningsvoornemen> lopendGunningsvoornemen(Actor actor, long aanbestedingId) {
        mayManage(actor);
        return lopend(aanbestedingId);
    }

    /** Every decision of a tender, newest first (withdrawn ones too): contract manager only. */
    public List<Gunningsvoornemen> gunningsvoornemens(Actor actor, long aanbestedingId) {
        mayManage(actor);
        return em.createQuery("select v from Gunningsvoornemen v where v.aanbestedingId = :a"
                        + " order by v.verzondenOp desc, v.id desc", Gunningsvoornemen.class)
                .setParameter("a", aanbestedingId)
                .getResultList();
    }

    /** Decisions whose standstill runs or has ended without definitive award yet, by end date: the dashboard. */
    public List<Gunningsvoornemen> lopendeStandstills(Actor actor) {
        mayManage(actor);
        return em.createQuery("select v from Gunningsvoornemen v where v.status = :verzonden"
                        + " order by v.standstillEinde, v.id", Gunningsvoornemen.class)
                .setParameter("verzonden", GunningsvoornemenStatus.VERZONDEN)
                .getResultList();
    }

    /**
     * The award messages of a tender the actor may see: a provider its own, the contract manager
     * all; newest decision first, then by lot and rank.
     */
    public List<Gunningsbericht> berichten(Actor actor, long aanbestedingId) {
        Jpql where = tenancy(actor).and("b.aanbestedingId = :a", "a", aanbestedingId);
        return where.bind(em.createQuery("select b from Gunningsbericht b" + where
                        + " order by b.voornemen.verzondenOp desc, b.perceelNummer, b.rang, b.aanbiederNaam, b.id",
                        Gunningsbericht.class))
                .getResultList();
    }

    /** A provider's inbox: all its award messages, newest first. */
    public List<Gunningsbericht> inbox(Actor actor) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Alleen aanbieders hebben een postvak voor gunningsberichten.");
        }
        Jpql where = tenancy(actor);
        return where.bind(em.createQuery("select b from Gunningsbericht b" + where
                        + " order by b.voornemen.verzondenOp desc, b.perceelNummer, b.id", Gunningsbericht.class))
                .getResultList();
    }

    /** All data for the letter of one message (own scores, winners' scores, reasons, standstill and countdown). */
    public Gunningsbrief gunningsbrief(Actor actor, long berichtId) {
        Gunningsbericht b = bericht(actor, berichtId);
        Gunningsvoornemen v = b.voornemen();
        Aanbesteding a = aanbestedingService.get(actor, b.getAanbestedingId());
        Perceel perceel = a.perceel(b.getPerceelId()).orElseThrow(() -> new NotFoundException("Perceel", b.getPerceelId()));
        List<Gunningsbericht> winnaars = em.createQuery("select w from Gunningsbericht w where w.voornemen = :v"
                        + " and w.perceelId = :p and w.uitkomst = :gegund order by w.rang", Gunningsbericht.class)
                .setParameter("v", v)
                .setParameter("p", b.getPerceelId())
                .setParameter("gegund", Uitkomst.GUNNING_VOORGENOMEN)
                .getResultList();
        return Gunningsbrief.van(a, perceel, v, b, winnaars, klok.vandaag());
    }

    /** The provider opened its message. */
    @Transactional
    public Gunningsbericht markeerGelezen(Actor actor, long berichtId) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Alleen de ontvangende aanbieder markeert een gunningsbericht als gelezen.");
        }
        Gunningsbericht b = bericht(actor, berichtId);
        if (b.getGelezenOp() == null) {
            b.markeerGelezen(klok.nu());
            auditLog.record(actor, "GELEZEN", "Gunningsbericht", b.getId(), "Gunningsbericht " + b.getPerceelLabel()
                    + " gelezen door " + b.getAanbiederNaam());
        }
        return b;
    }

    /**
     * Withdraws the sent decision (e.g. after a well-founded objection), with a reason; scoring
     * reopens and a new decision will start a new standstill. Refused while objections are open.
     */
    @Transactional
    public Gunningsvoornemen trekGunningsvoornemenIn(Actor actor, long aanbestedingId, String reden) {
        mayManage(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        Gunningsvoornemen v = lopend(a.getId()).filter(x -> x.getStatus() == GunningsvoornemenStatus.VERZONDEN)
                .orElseThrow(() -> new StateConflictException("Aanbesteding " + a.getReferentie() + " heeft geen "
                        + "verzonden gunningsvoornemen dat kan worden ingetrokken."));
        v.trekIn(reden, openBezwaren(v), klok.nu());
        a.gunningsvoornemenIngetrokken();
        auditLog.record(actor, "INGETROKKEN", ENTITEIT, v.getId(), "Gunningsvoornemen " + a.getReferentie()
                + " ingetrokken: " + v.getIntrekkingsreden());
        return v;
    }

    /** A cancelled tender's sent decision is void (same transaction as the cancellation). */
    void bijIntrekking(@Observes AanbestedingIngetrokken e) {
        lopend(e.aanbestedingId())
                .filter(v -> v.getStatus() == GunningsvoornemenStatus.VERZONDEN)
                .ifPresent(v -> v.vervalt("Aanbesteding ingetrokken: " + e.reden(), klok.nu()));
    }

    /**
     * The definitive award: after the standstill and with no objection open, creates one contract per
     * winner through contracts-core (with the contract manager as actor): its bid prices as tariffs
     * from the start date, the lot's leerroute and gemeenten, the term and extension options of the
     * tender. All or nothing: any refusal stores nothing.
     *
     * @param startdatum the contracts' start date: not before the first day after the standstill
     */
    @Transactional
    public List<GegundContract> gunDefinitief(Actor actor, long aanbestedingId, LocalDate startdatum) {
        mayManage(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        a.getStatus().naar(AanbestedingStatus.GEGUND, "definitief worden gegund");
        Gunningsvoornemen v = lopend(a.getId()).filter(x -> x.getStatus() == GunningsvoornemenStatus.VERZONDEN)
                .orElseThrow(() -> new StateConflictException("Aanbesteding " + a.getReferentie()
                        + " heeft geen verzonden gunningsvoornemen."));
        LocalDate vandaag = klok.vandaag();
        List<Bezwaar> open = openBezwaren(v);
        v.controleerDefinitieveGunning(vandaag, open);
        if (startdatum == null) {
            throw InvalidInputException.of("startdatum", "verplicht", "Vul de startdatum van de contracten in.");
        }
        LocalDate vroegst = v.standstill().eersteDagNaEinde();
        if (startdatum.isBefore(vroegst)) {
            throw InvalidInputException.of("startdatum", "gunning.start-na-standstill", "De contracten beginnen op of "
                    + "na " + Nl.datum(vroegst) + ", de eerste dag na de standstilltermijn.");
        }
        Instant nu = klok.nu();
        List<GegundContract> contracten = new ArrayList<>();
        Map<Leerroute, List<String>> nummers = new EnumMap<>(Leerroute.class);
        for (Perceel perceel : a.getPercelen()) {
            for (Gunningsbericht w : winnaars(v, perceel.getId())) {
                Inschrijving bid = inschrijvingService.get(actor, w.getInschrijvingId());
                List<String> inGebruik = nummers.computeIfAbsent(perceel.getLeerroute(),
                        r -> nummersInGebruik(actor, startdatum.getYear(), r));
                String nummer = ContractNummering.volgende(startdatum.getYear(), perceel.getLeerroute(), inGebruik);
                inGebruik.add(nummer);
                Contract c = contractService.create(actor, contractGegevens(a, perceel, bid, nummer, startdatum));
                GegundContract g = new GegundContract(v, w, c.getId(), nummer, a.getVoorwaarden().getVerlengopties(), nu);
                em.persist(g);
                contracten.add(g);
            }
        }
        v.maakDefinitief(vandaag, open, nu);
        a.definitiefGegund();
        em.flush();
        auditLog.record(actor, "DEFINITIEF_GEGUND", "Aanbesteding", a.getId(), "Aanbesteding " + a.getReferentie()
                + " definitief gegund; contracten " + contracten.stream().map(GegundContract::getContractNummer).toList()
                + " vanaf " + startdatum);
        gegund.fire(new AanbestedingGegund(a.getId(), contracten.stream().map(GegundContract::getContractId).toList()));
        return contracten;
    }

    /** The contracts a tender resulted in: the contract manager all, a provider its own. */
    public List<GegundContract> gegundeContracten(Actor actor, long aanbestedingId) {
        Jpql where = tenancy(actor, "g").and("g.aanbestedingId = :a", "a", aanbestedingId);
        return where.bind(em.createQuery("select g from GegundContract g" + where + " order by g.contractNummer",
                        GegundContract.class))
                .getResultList();
    }

    /**
     * Exercises an extension option of a tendered contract: once per option, in order; the end date
     * moves by the option's months (see {@link Contractvoorwaarden#verlengdeEinddatum}) through
     * contracts-core, which also counts down the options left.
     *
     * @param optie 1 for the first option
     */
    @Transactional
    public GegundContract verlengContract(Actor actor, long contractId, int optie) {
        mayManage(actor);
        GegundContract g = em.createQuery("select g from GegundContract g where g.contractId = :c", GegundContract.class)
                .setParameter("c", contractId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Gegund contract", contractId));
        Aanbesteding a = aanbestedingService.get(actor, g.getAanbestedingId());
        g.controleerOptie(optie);
        LocalDate oud = contractService.get(actor, contractId).getEinddatum();
        LocalDate nieuw = a.getVoorwaarden().verlengdeEinddatum(oud);
        contractService.verleng(actor, contractId, nieuw);
        Verlenging verlenging = g.registreerVerlenging(optie, oud, nieuw, actor.username(), klok.nu());
        auditLog.record(actor, "VERLENGOPTIE", "Gegund contract", g.getId(), "Contract " + g.getContractNummer()
                + ": " + verlenging);
        return g;
    }

    /** What contracts-core needs to create the contract of one winning bid. */
    static ContractGegevens contractGegevens(Aanbesteding a, Perceel perceel, Inschrijving bid, String nummer,
            LocalDate startdatum) {
        Contractvoorwaarden t = a.getVoorwaarden();
        Map<Mijlpaal, BigDecimal> mijlpalen = null;
        if (!a.getMijlpalen().isEmpty()) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            for (Map.Entry<Mijlpaal, Percentage> e : a.getMijlpalen().entrySet()) {
                mijlpalen.put(e.getKey(), e.getValue().value());
            }
        }
        List<TariefGegevens> tarieven = new ArrayList<>();
        Map<Integer, Money> prijzen = bid.getPrijzen();
        for (Tariefpost post : perceel.getTariefposten()) {
            tarieven.add(new TariefGegevens(startdatum, t.getBetaalmodel(), prijzen.get(post.getNummer()).amount(),
                    t.getMaxUrenPerPlaatsing(), mijlpalen, post.getOmschrijving(), post.getOnderdeel()));
        }
        return new ContractGegevens(nummer, bid.getAanbiederId(), ContractHerkomst.AANBESTEDING, a.getReferentie(),
                perceel.label(), Set.of(perceel.getLeerroute()), perceel.getGemeenteIds(), startdatum,
                t.einddatum(startdatum), t.getVerlengopties(), null, t.getBtwTarief(), t.isGeoorloofdVerzuimDeclarabel(),
                tarieven);
    }

    /** The contract numbers of that year and route already in use in the region (any origin). */
    private List<String> nummersInGebruik(Actor actor, int jaar, Leerroute route) {
        String prefix = ContractNummering.prefix(jaar, route);
        ContractFilter filter = new ContractFilter(prefix, null, null, null, null, null);
        List<String> nummers = new ArrayList<>();
        int pagina = Jpql.MAX_PAGE_SIZE;
        for (int first = 0; ; first += pagina) {
            List<Contract> page = contractService.search(actor, filter, first, pagina, "contractNummer", true);
            page.forEach(c -> nummers.add(c.getContractNummer().value()));
            if (page.size() < pagina) {
                return nummers;
            }
        }
    }

    private List<Gunningsbericht> winnaars(Gunningsvoornemen v, long perceelId) {
        return em.createQuery("select w from Gunningsbericht w where w.voornemen = :v and w.perceelId = :p"
                        + " and w.uitkomst = :gegund order by w.rang", Gunningsbericht.class)
                .setParameter("v", v)
                .setParameter("p", perceelId)
                .setParameter("gegund", Uitkomst.GUNNING_VOORGENOMEN)
                .getResultList();
    }

    /** The latest decision of the tender that was not withdrawn. */
    private Optional<Gunningsvoornemen> lopend(long aanbestedingId) {
        return em.createQuery("select v from Gunningsvoornemen v where v.aanbestedingId = :a and v.status <> :ingetrokken"
                        + " order by v.verzondenOp desc, v.id desc", Gunningsvoornemen.class)
                .setParameter("a", aanbestedingId)
                .setParameter("ingetrokken", GunningsvoornemenStatus.INGETROKKEN)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<Bezwaar> openBezwaren(Gunningsvoornemen v) {
        return em.createQuery("select b from Bezwaar b where b.voornemenId = :v and b.status = :open"
                        + " order by b.ingediendOp, b.id", Bezwaar.class)
                .setParameter("v", v.getId())
                .setParameter("open", BezwaarStatus.OPEN)
                .getResultList();
    }

    private Gunningsbericht bericht(Actor actor, long berichtId) {
        Jpql where = tenancy(actor).and("b.id = :id", "id", berichtId);
        return where.bind(em.createQuery("select b from Gunningsbericht b" + where, Gunningsbericht.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Gunningsbericht", berichtId));
    }

    private static Jpql tenancy(Actor actor) {
        return tenancy(actor, "b");
    }

    /** A provider sees its own rows only; the contract manager all; other roles none. */
    private static Jpql tenancy(Actor actor, String alias) {
        Jpql where = new Jpql();
        if (actor.is(Role.AANBIEDER)) {
            where.and(alias + ".aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (!actor.is(Role.CONTRACTBEHEERDER)) {
            where.none();
        }
        return where;
    }

    private static void mayManage(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders versturen gunningsvoornemens en gunnen definitief.");
        }
    }
}
