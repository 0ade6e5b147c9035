package nl.inburgering.portal.openhouse.procedure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.OpenHouseSettings;
import nl.inburgering.portal.openhouse.internal.Klok;

/**
 * Open House procedures (DESIGN.md, "Open House procedure"; the rules are in
 * {@link OpenHouseProcedure}).
 *
 * <p>Who sees what (DESIGN.md, "Users"; "Published procedures and their conditions are public"):
 * published procedures are readable by everyone, without login ({@link #gepubliceerd()} and the
 * methods without an actor); the {@link Role#CONTRACTBEHEERDER} sees every procedure, concepts
 * included, and is the only one who creates, changes and publishes them. For any other actor a
 * concept procedure does not exist ({@link NotFoundException}). Every change writes an audit line in
 * the same transaction.
 *
 * <p>Returns the entities themselves (detached once the call returns), with versions, conditions,
 * tariffs and gemeenten loaded.
 */
@ApplicationScoped
public class ProcedureService {

    static final String ENTITEIT = "OpenHouseProcedure";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private GemeenteService gemeenteService;

    @Inject
    private OpenHouseSettings settings;

    @Inject
    private Klok klok;

    /** The published procedures, each in its version in force, by title. Public: no login needed. */
    public List<ProcedureVersie> gepubliceerd() {
        return em.createQuery("select p from OpenHouseProcedure p where p.status = :status", OpenHouseProcedure.class)
                .setParameter("status", ProcedureStatus.GEPUBLICEERD)
                .getResultStream()
                .map(p -> p.huidigeVersie().orElseThrow())
                .sorted(Comparator.comparing(ProcedureVersie::getTitel, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ProcedureVersie::getProcedureId))
                .toList();
    }

    /** The version in force of a published procedure. Public: no login needed. */
    public ProcedureVersie gepubliceerd(long procedureId) {
        return gepubliceerdeProcedure(procedureId).huidigeVersie().orElseThrow();
    }

    /**
     * One published version of a procedure, also a superseded one: the conditions an application was
     * made under. Public: no login needed.
     */
    public ProcedureVersie gepubliceerdeVersie(long procedureId, int versienummer) {
        return gepubliceerdeProcedure(procedureId).versie(versienummer)
                .filter(ProcedureVersie::isGepubliceerd)
                .orElseThrow(() -> new NotFoundException("Versie " + versienummer + " van procedure", procedureId));
    }

    /** The procedures the actor may see: all for the contract manager, else the published ones. */
    public List<OpenHouseProcedure> zoek(Actor actor) {
        String jpql = "select p from OpenHouseProcedure p"
                + (actor.seesWholeRegion() ? "" : " where p.status = :status") + " order by p.id desc";
        var query = em.createQuery(jpql, OpenHouseProcedure.class);
        if (!actor.seesWholeRegion()) {
            query.setParameter("status", ProcedureStatus.GEPUBLICEERD);
        }
        return query.getResultList();
    }

    /** The procedure, if the actor may see it; otherwise {@link NotFoundException}. */
    public OpenHouseProcedure get(Actor actor, long id) {
        OpenHouseProcedure p = em.find(OpenHouseProcedure.class, id);
        if (p == null || (!actor.seesWholeRegion() && !p.isGepubliceerd())) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return p;
    }

    /** A new procedure, as a concept (version 1); every field is checked and all errors reported at once. */
    @Transactional
    public OpenHouseProcedure maakAan(Actor actor, ProcedureGegevens in) {
        mayManage(actor);
        ProcedureInhoud inhoud = valideer(actor, in);
        OpenHouseProcedure p = new OpenHouseProcedure(inhoud, klok.nu());
        em.persist(p);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, p.getId(), "Open House-procedure '" + inhoud.titel()
                + "' aangemaakt als concept (" + inhoud.leerroute() + ", " + inhoud.startdatum() + " t/m "
                + inhoud.einddatum() + ", aanmelden t/m " + inhoud.aanmelddeadline() + ")");
        return p;
    }

    /**
     * Changes a procedure: the concept in place; a published procedure gets a new published version
     * (see {@link OpenHouseProcedure#wijzig}). Unchanged terms make no version and no audit line.
     */
    @Transactional
    public OpenHouseProcedure wijzig(Actor actor, long id, ProcedureGegevens in) {
        mayManage(actor);
        OpenHouseProcedure p = get(actor, id);
        ProcedureInhoud inhoud = valideer(actor, in);
        ProcedureInhoud vorige = p.huidigeVersie().or(p::concept).orElseThrow().inhoud();
        OpenHouseProcedure.Wijziging w = p.wijzig(inhoud, klok.nu(), klok.vandaag());
        switch (w) {
            case CONCEPT_GEWIJZIGD -> auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, p.getId(),
                    "Concept van Open House-procedure '" + inhoud.titel() + "' gewijzigd: "
                            + String.join(", ", vorige.verschillenMet(inhoud)));
            case NIEUWE_VERSIE -> {
                em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                em.flush();
                auditLog.record(actor, "NIEUWE_VERSIE", ENTITEIT, p.getId(), "Open House-procedure '"
                        + inhoud.titel() + "': versie " + p.huidigeVersie().orElseThrow().getVersienummer()
                        + " gepubliceerd; gewijzigd: " + String.join(", ", vorige.verschillenMet(inhoud)));
            }
            case ONGEWIJZIGD -> {
                // nothing changed, nothing to record
            }
        }
        return p;
    }

    /** Publishes the concept: public from now on, and open for applications until the deadline. */
    @Transactional
    public OpenHouseProcedure publiceer(Actor actor, long id) {
        mayManage(actor);
        OpenHouseProcedure p = get(actor, id);
        p.publiceer(klok.nu(), klok.vandaag());
        ProcedureVersie v = p.huidigeVersie().orElseThrow();
        auditLog.record(actor, "GEPUBLICEERD", ENTITEIT, p.getId(), "Open House-procedure '" + v.getTitel()
                + "' gepubliceerd (versie " + v.getVersienummer() + ", aanmelden t/m " + v.getAanmelddeadline() + ")");
        return p;
    }

    /**
     * A published procedure with its versions (the concept, if any, is not to be shown). Public: no
     * login needed.
     */
    public OpenHouseProcedure gepubliceerdeProcedure(long procedureId) {
        OpenHouseProcedure p = em.find(OpenHouseProcedure.class, procedureId);
        if (p == null || !p.isGepubliceerd()) {
            throw new NotFoundException(ENTITEIT, procedureId);
        }
        return p;
    }

    private ProcedureInhoud valideer(Actor actor, ProcedureGegevens in) {
        FieldChecks checks = new FieldChecks();
        ProcedureInhoud inhoud = ProcedureInhoud.uit(checks, in, settings.aanmeldtermijnDagen());
        if (in.gemeenteIds() != null && !checks.hasError("gemeenteIds")) {
            Set<Long> bekend = gemeenteService.list(actor).stream().map(Gemeente::getId).collect(Collectors.toSet());
            Set<Long> onbekend = new TreeSet<>(in.gemeenteIds());
            onbekend.removeAll(bekend);
            checks.check(onbekend.isEmpty(), "gemeenteIds", "gemeente.onbekend", "Onbekende gemeente(n): " + onbekend + ".");
        }
        checks.throwIfAny();
        return inhoud;
    }

    private static void mayManage(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders mogen Open House-procedures aanmaken en wijzigen.");
        }
    }
}
