package nl.inburgering.portal.tendering.beoordeling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingService;
import nl.inburgering.portal.tendering.internal.Klok;

/**
 * The evaluation of a tender (DESIGN.md, "Tender", scoring): the contract manager enters the quality
 * scores of every valid bid, the portal computes the BPKV table per lot ({@link BpkvScorer}), a tie
 * that remains after the quality points is decided by a recorded draw ({@link Loting}), and the
 * evaluation is closed when every lot's table is final.
 *
 * <p>Only the {@link Role#CONTRACTBEHEERDER} evaluates and sees the tables; scores can be entered
 * and draws recorded only while the tender is {@link AanbestedingStatus#GESLOTEN} (opened and not
 * yet evaluated), so the award decision is always based on the table as it was when sent. Bidders
 * learn their scores from the award decision. Every change writes an audit line.
 */
@ApplicationScoped
public class BeoordelingService {

    static final String ENTITEIT = "Inschrijving";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private AanbestedingService aanbestedingService;

    @Inject
    private InschrijvingService inschrijvingService;

    @Inject
    private Klok klok;

    /**
     * Records the quality scores of one bid: every criterion of the tender, from 0 to its maximum;
     * all errors reported at once (fields {@code scores[n]}, n the criterion number). Replaces
     * earlier scores.
     */
    @Transactional
    public Inschrijving scoor(Actor actor, long inschrijvingId, Map<Integer, BigDecimal> scores) {
        mayEvaluate(actor);
        Inschrijving i = inschrijvingService.get(actor, inschrijvingId);
        Aanbesteding a = aanbestedingService.get(actor, i.getAanbestedingId());
        moetGeslotenZijn(a, "scores worden ingevoerd");
        i.scoor(a.getKwaliteitscriteria(), scores);
        auditLog.record(actor, "GESCOORD", ENTITEIT, i.getId(), "Kwaliteitsscores van " + i.getAanbiederNaam() + " op "
                + a.getReferentie() + ": " + new TreeMap<>(i.getScores()));
        return i;
    }

    /** The BPKV table of one lot. */
    public PerceelUitslag uitslag(Actor actor, long aanbestedingId, long perceelId) {
        mayEvaluate(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        Perceel p = a.perceel(perceelId).orElseThrow(() -> new NotFoundException("Perceel", perceelId));
        return PerceelUitslag.van(a, p, inschrijvingService.inschrijvingenOpPerceel(actor, aanbestedingId, perceelId),
                lotingen(actor, aanbestedingId));
    }

    /** The BPKV tables of every lot, in lot order. */
    public List<PerceelUitslag> uitslagen(Actor actor, long aanbestedingId) {
        mayEvaluate(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        List<Inschrijving> bids = inschrijvingService.inschrijvingen(actor, aanbestedingId);
        List<Loting> draws = lotingen(actor, aanbestedingId);
        List<PerceelUitslag> uitslagen = new ArrayList<>();
        for (Perceel p : a.getPercelen()) {
            uitslagen.add(PerceelUitslag.van(a, p, bids, draws));
        }
        return uitslagen;
    }

    /**
     * Records a draw that decides a remaining tie on a lot. The bids must be exactly the bids of one
     * undecided tie in the current table; the first in {@code volgorde} ranks highest.
     *
     * @param toelichting how and by whom the draw was done
     */
    @Transactional
    public Loting registreerLoting(Actor actor, long aanbestedingId, long perceelId, List<Long> volgorde,
            String toelichting) {
        mayEvaluate(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        moetGeslotenZijn(a, "een loting worden vastgelegd");
        PerceelUitslag u = uitslag(actor, aanbestedingId, perceelId);
        boolean isGelijkspel = volgorde != null && u.uitslag().onbeslisteGelijkspelen().stream()
                .anyMatch(g -> new HashSet<>(g).equals(new HashSet<>(volgorde)) && g.size() == volgorde.size());
        if (!isGelijkspel) {
            throw InvalidInputException.of("volgorde", "loting.geen-gelijkspel", u.uitslag().onbeslisteGelijkspelen()
                    .isEmpty() ? "Op " + u.perceel().label() + " is geen gelijke stand die een loting vraagt."
                    : "Een loting gaat over precies de inschrijvingen die gelijk staan: " + gelijkspelen(u) + ".");
        }
        Loting l = new Loting(a.getId(), perceelId, volgorde, toelichting, actor.username(), klok.nu());
        em.persist(l);
        em.flush();
        auditLog.record(actor, "LOTING", "Loting", l.getId(), "Loting op " + a.getReferentie() + " "
                + u.perceel().label() + ": volgorde " + namen(u, volgorde) + "; " + l.getToelichting());
        return l;
    }

    /** The recorded draws of a tender, oldest first. */
    public List<Loting> lotingen(Actor actor, long aanbestedingId) {
        mayEvaluate(actor);
        return em.createQuery("select l from Loting l where l.aanbestedingId = :a order by l.uitgevoerdOp, l.id",
                        Loting.class)
                .setParameter("a", aanbestedingId)
                .getResultList();
    }

    /**
     * Closes the evaluation: refused, naming every lot that is not final, while a valid bid lacks a
     * score or a tie lacks a draw.
     */
    @Transactional
    public Aanbesteding rondAf(Actor actor, long aanbestedingId) {
        mayEvaluate(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        moetGeslotenZijn(a, "de beoordeling worden afgerond");
        List<String> open = new ArrayList<>();
        for (PerceelUitslag u : uitslagen(actor, aanbestedingId)) {
            long ongescoord = u.uitslag().geldige().stream().filter(r -> !r.volledigGescoord()).count();
            if (ongescoord > 0) {
                open.add(u.perceel().label() + ": " + ongescoord + " inschrijving(en) nog niet volledig gescoord");
            }
            if (!u.uitslag().onbeslisteGelijkspelen().isEmpty()) {
                open.add(u.perceel().label() + ": loting nodig tussen " + gelijkspelen(u));
            }
        }
        if (!open.isEmpty()) {
            throw new StateConflictException("De beoordeling is nog niet compleet. " + String.join("; ", open) + ".");
        }
        a.rondBeoordelingAf();
        auditLog.record(actor, "BEOORDEELD", "Aanbesteding", a.getId(), "Beoordeling van " + a.getReferentie()
                + " afgerond");
        return a;
    }

    /** Reopens the evaluation before the award decision is sent, to correct a score. */
    @Transactional
    public Aanbesteding heropen(Actor actor, long aanbestedingId) {
        mayEvaluate(actor);
        Aanbesteding a = aanbestedingService.get(actor, aanbestedingId);
        a.heropenBeoordeling();
        auditLog.record(actor, "HEROPEND", "Aanbesteding", a.getId(), "Beoordeling van " + a.getReferentie()
                + " heropend");
        return a;
    }

    private static String gelijkspelen(PerceelUitslag u) {
        return u.uitslag().onbeslisteGelijkspelen().stream().map(g -> namen(u, g)).collect(Collectors.joining(" en "));
    }

    private static String namen(PerceelUitslag u, List<Long> ids) {
        return ids.stream()
                .map(id -> u.uitslag().regel(id).map(BpkvRegel::naam).orElse("inschrijving " + id))
                .collect(Collectors.joining(", ", "(", ")"));
    }

    private static void moetGeslotenZijn(Aanbesteding a, String handeling) {
        if (a.getStatus() != AanbestedingStatus.GESLOTEN) {
            throw new StateConflictException("Alleen bij een gesloten aanbesteding die nog niet is beoordeeld, kunnen "
                    + handeling + "; " + a.getReferentie() + " is " + a.getStatus().omschrijving() + ".");
        }
    }

    private static void mayEvaluate(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen contractbeheerders beoordelen inschrijvingen.");
        }
    }
}
