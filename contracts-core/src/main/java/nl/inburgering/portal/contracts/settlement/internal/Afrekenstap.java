package nl.inburgering.portal.contracts.settlement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.attendance.PresentieService;
import nl.inburgering.portal.contracts.settlement.rules.Afrekening;
import nl.inburgering.portal.contracts.settlement.rules.Maandafrekening;
import nl.inburgering.portal.contracts.settlement.rules.PresentieFeit;

/**
 * The steps of a settlement run, each in its own transaction so that the progress is visible while the run
 * works and one contract's settlement commits whole or not at all. Used by the settlement service only.
 */
@ApplicationScoped
public class Afrekenstap {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private PresentieService presentieService;

    /** The counts of one contract's settlement. */
    public record Telling(int berekend, int bevroren) {
    }

    /**
     * Marks the run as working and lists the contracts to settle: those running at some time in the month
     * (with a tariff), or the one asked for, plus any with approved corrections still to bill.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> begin(long runId, YearMonth maand, Long contractId) {
        List<?> ids;
        if (contractId != null) {
            ids = List.of(contractId);
        } else {
            ids = em.createNativeQuery("select c.id from contract c where exists (select 1 from tarief t"
                            + " where t.contract_id = c.id) and ((c.startdatum <= ?1 and c.einddatum >= ?2)"
                            + " or exists (select 1 from correctieverzoek v where v.contract_id = c.id"
                            + " and v.te_verrekenen)) order by c.id")
                    .setParameter(1, maand.atEndOfMonth())
                    .setParameter(2, maand.atDay(1))
                    .getResultList();
        }
        List<Long> lijst = new ArrayList<>();
        for (Object o : ids) {
            lijst.add(((Number) o).longValue());
        }
        em.createQuery("update Afrekenrun r set r.status = nl.inburgering.portal.contracts.settlement"
                        + ".Afrekenrunstatus.LOPEND, r.aantalContracten = :n where r.id = :id")
                .setParameter("n", lijst.size())
                .setParameter("id", runId)
                .executeUpdate();
        return lijst;
    }

    /**
     * Reads the placements of the run's contracts active in the month, with their pauses
     * ({@link AfrekeningOpslag#plaatsingenVooraf}): needs no lock, so the run reads them on another connection
     * while {@link #vergrendelEnTel} works.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AfrekeningOpslag.Plaatsingen leesPlaatsingen(YearMonth maand, List<Long> contracten) {
        try {
            return new AfrekeningOpslag(em.unwrap(Connection.class)).plaatsingenVooraf(maand, contracten);
        } catch (SQLException e) {
            throw new PersistenceException("the placements of " + maand + " could not be read", e);
        }
    }

    /**
     * Locks the month's attendance of the contracts (in id order; waiting for submissions still writing) and
     * then reads the month's PER_UUR sums of all placements in one query ({@link AfrekeningOpslag#maandsommen}):
     * after this, no attendance of the month can change but by an approved correction, which the next settlement
     * bills.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<Long, PresentieFeit> vergrendelEnTel(Actor actor, List<Long> contracten, YearMonth maand) {
        for (Long contractId : contracten.stream().sorted().toList()) {
            presentieService.vergrendel(actor, contractId, maand);
        }
        try {
            return new AfrekeningOpslag(em.unwrap(Connection.class)).maandsommen(maand);
        } catch (SQLException e) {
            throw new PersistenceException("the attendance of " + maand + " could not be read", e);
        }
    }

    /**
     * Settles one contract for the month, its month locked before ({@link #vergrendelEnTel}): locks the
     * contract, computes, writes the CONCEPT invoices, marks the corrections billed and counts the contract in
     * the run's progress, all in one transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Telling rekenAf(Long runId, long contractId, YearMonth maand, AfrekeningOpslag.Vooraf vooraf) {
        try {
            return rekenAf(new AfrekeningOpslag(em.unwrap(Connection.class)), runId, contractId, maand, vooraf);
        } catch (SQLException e) {
            throw new PersistenceException("contract " + contractId + " could not be settled for " + maand, e);
        }
    }

    /** The settlement on a given connection (also the tests' and the benchmark's entry): no month lock, no audit. */
    public static Telling rekenAf(AfrekeningOpslag opslag, Long runId, long contractId, YearMonth maand)
            throws SQLException {
        return rekenAf(opslag, runId, contractId, maand, null);
    }

    /** As above, with what the run read before for all its contracts ({@link AfrekeningOpslag#vooraf}), or null. */
    public static Telling rekenAf(AfrekeningOpslag opslag, Long runId, long contractId, YearMonth maand,
            AfrekeningOpslag.Vooraf vooraf) throws SQLException {
        opslag.zonderWachtenOpSchijf();
        AfrekeningOpslag.Geladen geladen = opslag.laad(contractId, maand, vooraf);
        if (geladen == null) {
            return new Telling(0, 0);
        }
        Maandafrekening afrekening = Afrekening.bereken(geladen.opdracht());
        int berekend = 0;
        int bevroren = 0;
        Set<Long> geschrevenPlaatsingen = new java.util.HashSet<>();
        for (var factuur : List.of(afrekening.gemeenten(), afrekening.zelfbetalers())) {
            AfrekeningOpslag.Uitkomst u = opslag.schrijf(geladen, factuur, runId);
            if (u == AfrekeningOpslag.Uitkomst.BEVROREN) {
                bevroren++;
            } else {
                if (u == AfrekeningOpslag.Uitkomst.GESCHREVEN) {
                    berekend++;
                }
                boolean zelf = factuur.soort() == nl.inburgering.portal.contracts.settlement.rules.Factuursoort.ZELFBETALERS;
                geladen.opdracht().plaatsingen().stream().filter(p -> p.zelfbetaler() == zelf)
                        .forEach(p -> geschrevenPlaatsingen.add(p.plaatsingId()));
            }
        }
        opslag.markeerVerrekend(geladen.correcties().stream()
                .filter(c -> !c.alVerrekend() && c.maand().isBefore(maand)
                        && geschrevenPlaatsingen.contains(c.plaatsingId()))
                .map(AfrekeningOpslag.TeMarkeren::id)
                .collect(Collectors.toSet()), maand);
        if (runId != null) {
            opslag.voortgang(runId, berekend, bevroren);      // in the same transaction: progress counts what committed
        }
        return new Telling(berekend, bevroren);
    }

    /** Counts a contract that could not be settled (its own transaction rolled back) in the run's progress. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void voortgang(long runId, Telling t) {
        try {
            new AfrekeningOpslag(em.unwrap(Connection.class)).voortgang(runId, t.berekend(), t.bevroren());
        } catch (SQLException e) {
            throw new PersistenceException("the progress of run " + runId + " could not be written", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void klaar(long runId, boolean gelukt, String melding) {
        try {
            new AfrekeningOpslag(em.unwrap(Connection.class)).klaar(runId, gelukt, melding);
        } catch (SQLException e) {
            throw new PersistenceException("the end of run " + runId + " could not be written", e);
        }
    }
}
