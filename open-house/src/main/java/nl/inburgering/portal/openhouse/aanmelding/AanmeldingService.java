package nl.inburgering.portal.openhouse.aanmelding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.contract.ContractStatus;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.OpenHouseSettings;
import nl.inburgering.portal.openhouse.bericht.BerichtService;
import nl.inburgering.portal.openhouse.internal.Datums;
import nl.inburgering.portal.openhouse.internal.Klok;
import nl.inburgering.portal.openhouse.internal.Voorwaarden;
import nl.inburgering.portal.openhouse.procedure.Aanmeldtermijn;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;

/**
 * Applications to Open House procedures: the provider's draft, evidence and submission, the contract
 * manager's review and decision, admission into an OPEN_HOUSE contract, and withdrawal (DESIGN.md,
 * "Open House procedure"; issue 3; the rules are in {@link Aanmelding}, {@link Toelatingstoets},
 * {@link PdfBewijs}, {@link OpenHouseContract}, {@link ContractNummering} and {@link Opzegtermijn}).
 *
 * <p>Tenancy (DESIGN.md, "Users"), always in the query: an {@link Role#AANBIEDER} sees only its own
 * applications and evidence, another's answers {@link NotFoundException}; the
 * {@link Role#CONTRACTBEHEERDER} sees all; {@link Role#GEMEENTE} and {@link Role#BEHEERDER} have no
 * business with applications ({@link NotAllowedException}). Only the provider writes and submits its
 * application; only the contract manager assesses and decides.
 *
 * <p>Every change writes an audit line in the same transaction, and every decision also a message in
 * the provider's inbox ({@link BerichtService}). A refused request stores nothing.
 *
 * <p>Returns the {@link Aanmelding} entities themselves (detached once the call returns), with their
 * answers loaded.
 */
@ApplicationScoped
public class AanmeldingService {

    static final String ENTITEIT = "Aanmelding";
    static final String ENTITEIT_BEWIJS = "Bewijsstuk";
    /** Serialises the numbering of Open House contracts (a PostgreSQL advisory lock, per transaction). */
    private static final long NUMMERING_SLOT = 0x4f485f4e554d4d45L;
    private static final int PAGINA = 1000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbiederService aanbiederService;

    @Inject
    private ContractService contractService;

    @Inject
    private BerichtService berichtService;

    @Inject
    private OpenHouseSettings settings;

    @Inject
    private Klok klok;

    // ---- reading

    /** A page of the applications the actor may see, newest first. */
    public List<Aanmelding> zoek(Actor actor, AanmeldingFilter filter, int first, int pageSize) {
        Voorwaarden.controleerPagina(first, pageSize);
        Voorwaarden where = where(actor, filter);
        return where.bind(em.createQuery("select a from Aanmelding a" + where + " order by a.id desc", Aanmelding.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
    }

    public long tel(Actor actor, AanmeldingFilter filter) {
        Voorwaarden where = where(actor, filter);
        return where.bind(em.createQuery("select count(a) from Aanmelding a" + where, Long.class)).getSingleResult();
    }

    /** The application, if the actor may see it; otherwise {@link NotFoundException}. */
    public Aanmelding get(Actor actor, long id) {
        Voorwaarden where = tenancy(actor).en("a.id = :id", "id", id);
        return where.bind(em.createQuery("select a from Aanmelding a" + where, Aanmelding.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
    }

    /** The evidence files of an application, without their bytes, oldest first. */
    public List<BewijsstukInfo> bewijsstukken(Actor actor, long aanmeldingId) {
        get(actor, aanmeldingId);
        List<Object[]> rows = em.createQuery("select b.id, b.aanmeldingId, b.bestandsnaam, b.grootte, b.sha256,"
                        + " b.contentType, b.geuploadOp from Bewijsstuk b where b.aanmeldingId = :a order by b.id",
                        Object[].class)
                .setParameter("a", aanmeldingId)
                .getResultList();
        List<BewijsstukInfo> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new BewijsstukInfo((Long) r[0], (Long) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], (String) r[5], (Instant) r[6]));
        }
        return result;
    }

    /** One evidence file with its bytes, for download; the download is recorded in the audit log. */
    public Bewijsstuk download(Actor actor, long bewijsstukId) {
        Bewijsstuk b = em.find(Bewijsstuk.class, bewijsstukId);
        if (b == null) {
            throw new NotFoundException(ENTITEIT_BEWIJS, bewijsstukId);
        }
        try {
            get(actor, b.getAanmeldingId());
        } catch (NotFoundException e) {
            throw new NotFoundException(ENTITEIT_BEWIJS, bewijsstukId);
        }
        auditLog.record(actor, AuditLog.BEKEKEN, ENTITEIT_BEWIJS, b.getId(), "Bewijs '" + b.getBestandsnaam()
                + "' van aanmelding " + b.getAanmeldingId() + " gedownload");
        return b;
    }

    // ---- the provider's draft and submission

    /**
     * Starts a draft application to a published procedure, under its version in force. Refused after
     * the deadline, and while the provider has a draft, a submitted or an admitted application for
     * the same procedure (a rejected or withdrawn provider may apply again).
     */
    @Transactional
    public Aanmelding start(Actor actor, long procedureId) {
        long aanbiederId = alleenAanbieder(actor);
        OpenHouseProcedure p = gepubliceerdeProcedure(procedureId);
        ProcedureVersie v = p.huidigeVersie().orElseThrow();
        Aanmeldtermijn.eisOpen(v.getAanmelddeadline(), klok.vandaag());
        Optional<Aanmelding> lopend = em.createQuery("select a from Aanmelding a where a.procedureId = :p"
                        + " and a.aanbiederId = :b and a.status in :lopend", Aanmelding.class)
                .setParameter("p", procedureId)
                .setParameter("b", aanbiederId)
                .setParameter("lopend", List.of(AanmeldingStatus.CONCEPT, AanmeldingStatus.INGEDIEND,
                        AanmeldingStatus.TOEGELATEN))
                .getResultStream()
                .findFirst();
        if (lopend.isPresent()) {
            throw new StateConflictException("U heeft al een aanmelding voor deze procedure (nummer "
                    + lopend.get().getId() + ", " + lopend.get().getStatus().name().toLowerCase() + ").");
        }
        Aanmelding a = new Aanmelding(v, aanbiederId, klok.nu());
        em.persist(a);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, a.getId(), "Aanmelding voor '" + v.getTitel()
                + "' (versie " + v.getVersienummer() + ") begonnen");
        return a;
    }

    /** Saves answers to the draft (see {@link Aanmelding#beantwoord}); up to and including the deadline. */
    @Transactional
    public Aanmelding slaOp(Actor actor, long aanmeldingId, List<AntwoordGegevens> antwoorden) {
        Aanmelding a = eigenAanmelding(actor, aanmeldingId);
        Map<Integer, String> teksten = new LinkedHashMap<>();
        for (AntwoordGegevens g : antwoorden == null ? List.<AntwoordGegevens>of() : antwoorden) {
            if (g != null) {
                teksten.put(g.eisVolgnummer(), g.tekst());
            }
        }
        a.beantwoord(teksten, huidigeDeadline(a), klok.vandaag());
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, a.getId(), "Antwoorden opgeslagen bij eis "
                + teksten.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return a;
    }

    /**
     * Adds the evidence of one condition, replacing any earlier file. Only a PDF (checked by its
     * content), of at most {@code portal.openhouse.max-bewijs-bytes}; see {@link PdfBewijs}.
     */
    @Transactional
    public BewijsstukInfo voegBewijsToe(Actor actor, long aanmeldingId, int eisVolgnummer, String bestandsnaam,
            byte[] inhoud) {
        Aanmelding a = eigenAanmelding(actor, aanmeldingId);
        LocalDate deadline = huidigeDeadline(a);
        a.eisBewijsMogelijk(eisVolgnummer, deadline, klok.vandaag());
        Bewijsstuk b = new Bewijsstuk(a.getId(), bestandsnaam, inhoud, settings.maxBewijsBytes(), klok.nu());
        em.persist(b);
        em.flush();
        Optional<Long> vorige = a.koppelBewijs(eisVolgnummer, b.getId(), deadline, klok.vandaag());
        vorige.ifPresent(this::verwijderBestand);
        auditLog.record(actor, "BEWIJS_TOEGEVOEGD", ENTITEIT, a.getId(), "Bewijs '" + b.getBestandsnaam() + "' ("
                + b.getGrootte() + " bytes, SHA-256 " + b.getSha256() + ") bij eis " + eisVolgnummer
                + (vorige.isPresent() ? ", in plaats van het vorige bestand" : ""));
        return b.info();
    }

    /** Removes the evidence of one condition from the draft. */
    @Transactional
    public Aanmelding verwijderBewijs(Actor actor, long aanmeldingId, int eisVolgnummer) {
        Aanmelding a = eigenAanmelding(actor, aanmeldingId);
        Optional<Long> vorige = a.ontkoppelBewijs(eisVolgnummer, huidigeDeadline(a), klok.vandaag());
        if (vorige.isPresent()) {
            verwijderBestand(vorige.get());
            auditLog.record(actor, "BEWIJS_VERWIJDERD", ENTITEIT, a.getId(), "Bewijs bij eis " + eisVolgnummer
                    + " verwijderd");
        }
        return a;
    }

    /**
     * Moves a draft made under a superseded version to the version in force, keeping the answers to
     * unchanged conditions (see {@link Aanmelding#naarVersie}).
     */
    @Transactional
    public Aanmelding naarHuidigeVersie(Actor actor, long aanmeldingId) {
        Aanmelding a = eigenAanmelding(actor, aanmeldingId);
        OpenHouseProcedure p = procedure(a);
        ProcedureVersie oud = p.versie(a.getVersienummer()).orElseThrow();
        ProcedureVersie nieuw = p.huidigeVersie().orElseThrow();
        int van = a.getVersienummer();
        List<Long> vervallen = a.naarVersie(oud, nieuw, klok.vandaag());
        vervallen.forEach(this::verwijderBestand);
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, a.getId(), "Aanmelding overgezet van versie " + van
                + " naar versie " + nieuw.getVersienummer() + "; " + vervallen.size() + " bewijsstuk(ken) vervallen");
        return a;
    }

    /**
     * Submits the draft (see {@link Aanmelding#dienIn}): before the deadline, under the version in
     * force, with an answer and evidence for every mandatory condition. The provider gets a receipt in
     * its inbox.
     */
    @Transactional
    public Aanmelding dienIn(Actor actor, long aanmeldingId) {
        Aanmelding a = eigenAanmelding(actor, aanmeldingId);
        OpenHouseProcedure p = procedure(a);
        ProcedureVersie v = p.versie(a.getVersienummer()).orElseThrow();
        a.dienIn(p.isHuidig(v), huidigeDeadline(a), klok.vandaag(), klok.nu());
        auditLog.record(actor, "INGEDIEND", ENTITEIT, a.getId(), "Aanmelding voor '" + v.getTitel() + "' ingediend"
                + " onder versie " + v.getVersienummer());
        berichtService.verstuur(actor, a.getAanbiederId(), "Aanmelding ontvangen: " + v.getTitel(),
                "Wij hebben uw aanmelding (nummer " + a.getId() + ") voor de Open House-procedure '" + v.getTitel()
                        + "' ontvangen op " + Datums.tekst(klok.vandaag()) + ". U heeft zich aangemeld onder versie "
                        + v.getVersienummer() + " van de voorwaarden. De contractbeheerder beoordeelt uw aanmelding; "
                        + "u krijgt het besluit in dit postvak.");
        return a;
    }

    // ---- the contract manager's review and decision

    /**
     * Records the assessment of conditions: met or not, with a remark (required when not met). Every
     * invalid item is reported at once ({@code beoordelingen[i].opmerking}).
     */
    @Transactional
    public Aanmelding beoordeel(Actor actor, long aanmeldingId, List<EisBeoordeling> beoordelingen) {
        mayDecide(actor);
        Aanmelding a = voorBesluit(actor, aanmeldingId);
        List<EisBeoordeling> lijst = beoordelingen == null ? List.of() : beoordelingen;
        if (lijst.isEmpty()) {
            throw InvalidInputException.of("beoordelingen", "verplicht", "Beoordeel ten minste een eis.");
        }
        FieldChecks checks = new FieldChecks();
        for (int i = 0; i < lijst.size(); i++) {
            EisBeoordeling b = lijst.get(i);
            if (b == null) {
                checks.add("beoordelingen[" + i + "]", "verplicht", "Vul de beoordeling in.");
                continue;
            }
            try {
                a.beoordeel(b.eisVolgnummer(), b.voldaan(), b.opmerking());
            } catch (InvalidInputException e) {
                checks.addAll("beoordelingen[" + i + "]", e);
            }
        }
        // a refused request stores nothing: the transaction rolls back with the exception
        checks.throwIfAny();
        auditLog.record(actor, "BEOORDEELD", ENTITEIT, a.getId(), lijst.stream()
                .map(b -> "eis " + b.eisVolgnummer() + ": " + (b.voldaan() ? "voldaan" : "niet voldaan"))
                .collect(Collectors.joining("; ")));
        return a;
    }

    /**
     * Admits the provider (TOEGELATEN) when every mandatory condition is met and, for the
     * onderwijsroute, the provider is a WEB-recognised education institution with a BRIN/RIO code
     * ({@link Toelatingstoets}); every reason against is reported. Creates the provider's OPEN_HOUSE
     * contract through contracts-core in the same transaction ({@link OpenHouseContract}: the terms of
     * the version applied under, from the decision date, number {@code OH-<year>-<nnn>}), and tells
     * the provider in its inbox. A second decision is refused.
     */
    @Transactional
    public Aanmelding laatToe(Actor actor, long aanmeldingId) {
        mayDecide(actor);
        Aanmelding a = voorBesluit(actor, aanmeldingId);
        ProcedureVersie v = procedure(a).versie(a.getVersienummer()).orElseThrow();
        Aanbieder aanbieder = aanbiederService.get(actor, a.getAanbiederId());
        LocalDate vandaag = klok.vandaag();
        a.laatToe(v, aanbieder, vandaag, actor.username());
        ContractNumber nummer = volgendContractnummer(actor, vandaag.getYear());
        Contract c = contractService.create(actor, OpenHouseContract.gegevens(v, aanbieder.getId(), nummer, vandaag));
        a.registreerContract(c.getId(), c.getContractNummer());
        auditLog.record(actor, "TOEGELATEN", ENTITEIT, a.getId(), aanbieder.getNaam() + " toegelaten tot '"
                + v.getTitel() + "' (versie " + v.getVersienummer() + "); contract " + c.getContractNummer()
                + " van " + c.getStartdatum() + " t/m " + c.getEinddatum());
        berichtService.verstuur(actor, aanbieder.getId(), "Besluit: toegelaten tot " + v.getTitel(),
                "U bent op " + Datums.tekst(vandaag) + " toegelaten tot de Open House-procedure '" + v.getTitel()
                        + "' (versie " + v.getVersienummer() + " van de voorwaarden). Uw contract "
                        + c.getContractNummer() + " loopt van " + Datums.tekst(c.getStartdatum()) + " tot en met "
                        + Datums.tekst(c.getEinddatum()) + ", met de tarieven van de procedure. U kunt het contract "
                        + "opzeggen met een opzegtermijn van " + maanden(v.getOpzegtermijnMaanden()) + ".");
        return a;
    }

    /** Rejects the application with reasons, which the provider reads in its inbox. It may apply again. */
    @Transactional
    public Aanmelding wijsAf(Actor actor, long aanmeldingId, String redenen) {
        mayDecide(actor);
        Aanmelding a = voorBesluit(actor, aanmeldingId);
        ProcedureVersie v = procedure(a).versie(a.getVersienummer()).orElseThrow();
        LocalDate vandaag = klok.vandaag();
        a.wijsAf(redenen, vandaag, actor.username());
        auditLog.record(actor, "AFGEWEZEN", ENTITEIT, a.getId(), "Aanmelding voor '" + v.getTitel()
                + "' afgewezen: " + a.getAfwijzingsredenen());
        berichtService.verstuur(actor, a.getAanbiederId(), "Besluit: aanmelding afgewezen voor " + v.getTitel(),
                "Uw aanmelding (nummer " + a.getId() + ") voor de Open House-procedure '" + v.getTitel()
                        + "' is op " + Datums.tekst(vandaag) + " afgewezen.\n\nRedenen:\n" + a.getAfwijzingsredenen()
                        + "\n\nU kunt zich opnieuw aanmelden zolang de aanmeldtermijn loopt (tot en met "
                        + Datums.tekst(v.getAanmelddeadline()) + ").");
        return a;
    }

    // ---- withdrawal

    /**
     * The admitted provider withdraws (opzegging), or the contract manager registers its withdrawal:
     * the contract ends after the notice period of the version it was admitted under, or on a later
     * date chosen ({@link Opzegtermijn}).
     *
     * <p>When the contract manager registers it, the contract is ended at once (ContractService.beeindig).
     * When the provider does, the contract manager ends it with {@link #verwerkOpzegging}: contracts-core
     * lets only the contract manager end a contract, and the audit log must name who really acted.
     *
     * @param per optional: a later end date than the notice period gives
     */
    @Transactional
    public Aanmelding zegOp(Actor actor, long aanmeldingId, LocalDate per) {
        if (!actor.is(Role.AANBIEDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen de aanbieder zelf of een contractbeheerder kan een deelname opzeggen.");
        }
        Aanmelding a = voorBesluit(actor, aanmeldingId);
        a.eisOpzegbaar();
        ProcedureVersie v = procedure(a).versie(a.getVersienummer()).orElseThrow();
        Contract c = contractService.get(actor, a.getContractId());
        if (c.getStatus() == ContractStatus.BEEINDIGD) {
            throw new StateConflictException("Contract " + c.getContractNummer() + " is al beëindigd per "
                    + Datums.tekst(c.getEinddatum()) + ".");
        }
        LocalDate vandaag = klok.vandaag();
        LocalDate einde = a.zegOp(vandaag, per, v.getOpzegtermijnMaanden(), c.getStartdatum(), c.getEinddatum(),
                actor.username());
        auditLog.record(actor, "OPGEZEGD", ENTITEIT, a.getId(), "Deelname aan '" + v.getTitel() + "' opgezegd; contract "
                + c.getContractNummer() + " eindigt per " + einde);
        if (actor.is(Role.CONTRACTBEHEERDER)) {
            contractService.beeindig(actor, c.getId(), einde);
            a.verwerkOpzegging(vandaag);
        }
        berichtService.verstuur(actor, a.getAanbiederId(), "Opzegging ontvangen: " + v.getTitel(),
                "De opzegging van uw deelname aan de Open House-procedure '" + v.getTitel() + "' is geregistreerd op "
                        + Datums.tekst(vandaag) + ". Contract " + c.getContractNummer() + " eindigt per "
                        + Datums.tekst(einde) + "; tot en met die dag begeleidt u de lopende plaatsingen.");
        return a;
    }

    /**
     * The contract manager ends the contract of a provider's withdrawal per its end date
     * (ContractService.beeindig; once). Returns the contract and its end date: the placements still
     * running on it must be handled by the contract manager. Listing those placements is left to the
     * placements issue (placements do not exist yet).
     */
    @Transactional
    public Beeindiging verwerkOpzegging(Actor actor, long aanmeldingId) {
        mayDecide(actor);
        Aanmelding a = voorBesluit(actor, aanmeldingId);
        Beeindiging b = a.verwerkOpzegging(klok.vandaag());
        Contract c = contractService.get(actor, b.contractId());
        if (c.getStatus() != ContractStatus.BEEINDIGD) {
            contractService.beeindig(actor, c.getId(), b.einddatum());
        }
        auditLog.record(actor, "OPZEGGING_VERWERKT", ENTITEIT, a.getId(), "Opzegging verwerkt: contract "
                + c.getContractNummer() + " beëindigd per " + b.einddatum());
        return b;
    }

    // ---- helpers

    private Aanmelding eigenAanmelding(Actor actor, long id) {
        alleenAanbieder(actor);
        return voorBesluit(actor, id);
    }

    /** The visible application, locked against a concurrent change (a second decision). */
    private Aanmelding voorBesluit(Actor actor, long id) {
        Aanmelding a = get(actor, id);
        em.lock(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    private OpenHouseProcedure gepubliceerdeProcedure(long procedureId) {
        OpenHouseProcedure p = em.find(OpenHouseProcedure.class, procedureId);
        if (p == null || !p.isGepubliceerd()) {
            throw new NotFoundException("OpenHouseProcedure", procedureId);
        }
        return p;
    }

    private OpenHouseProcedure procedure(Aanmelding a) {
        return em.find(OpenHouseProcedure.class, a.getProcedureId());
    }

    /** Drafts follow the deadline of the version in force: a new version may have moved it. */
    private LocalDate huidigeDeadline(Aanmelding a) {
        return procedure(a).huidigeVersie().orElseThrow().getAanmelddeadline();
    }

    /** Deletes a file no answer refers to any more (the answers are written first). */
    private void verwijderBestand(long bewijsstukId) {
        em.flush();
        em.createQuery("delete from Bewijsstuk b where b.id = :id").setParameter("id", bewijsstukId).executeUpdate();
    }

    /**
     * The next free {@code OH-<year>-<nnn>}, among all contracts. An advisory lock makes concurrent
     * admissions wait for each other until commit, so two never take the same number.
     */
    private ContractNumber volgendContractnummer(Actor actor, int jaar) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) slot")
                .setParameter(1, NUMMERING_SLOT)
                .getSingleResult();
        ContractFilter filter = new ContractFilter(ContractNummering.voorvoegsel(jaar), null, null, null, null, null);
        List<String> inGebruik = new ArrayList<>();
        List<Contract> pagina;
        int first = 0;
        do {
            pagina = contractService.search(actor, filter, first, PAGINA, "contractNummer", true);
            pagina.forEach(c -> inGebruik.add(c.getContractNummer().value()));
            first += pagina.size();
        } while (pagina.size() == PAGINA);
        return ContractNummering.volgende(jaar, inGebruik);
    }

    private static String maanden(int n) {
        return n + (n == 1 ? " maand" : " maanden");
    }

    private static Voorwaarden tenancy(Actor actor) {
        Voorwaarden where = new Voorwaarden();
        if (actor.is(Role.AANBIEDER)) {
            where.en("a.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Aanmeldingen voor Open House zijn alleen voor aanbieders en contractbeheerders.");
        }
        return where;
    }

    private static Voorwaarden where(Actor actor, AanmeldingFilter f) {
        Voorwaarden where = tenancy(actor);
        if (f == null) {
            return where;
        }
        if (f.procedureId() != null) {
            where.en("a.procedureId = :procedureId", "procedureId", f.procedureId());
        }
        if (f.status() != null) {
            where.en("a.status = :status", "status", f.status());
        }
        if (f.aanbiederId() != null) {
            where.en("a.aanbiederId = :aanbiederId", "aanbiederId", f.aanbiederId());
        }
        if (f.teVerwerkenOpzeggingen()) {
            where.en("a.status = :opgezegd and a.opzeggingVerwerktOp is null", "opgezegd", AanmeldingStatus.OPGEZEGD);
        }
        return where;
    }

    private static long alleenAanbieder(Actor actor) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Alleen een aanbieder meldt zich aan en werkt zijn aanmelding bij.");
        }
        return actor.aanbiederId();
    }

    private static void mayDecide(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders beoordelen aanmeldingen en besluiten erover.");
        }
    }
}
