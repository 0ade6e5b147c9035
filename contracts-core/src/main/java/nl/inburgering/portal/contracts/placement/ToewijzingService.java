package nl.inburgering.portal.contracts.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.placement.internal.Batches;
import nl.inburgering.portal.contracts.placement.internal.PlaatsingOpslag;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;

/**
 * Allocation of referrals to tendered contracts, and the occupancy of contracts and lots (DESIGN.md,
 * "Rules", "Allocation" and eligibility rule 4).
 *
 * <p>The contract manager selects a batch of waiting referrals (status AANGEMELD) and a lot, and gets a
 * fair-share proposal ({@link #stelVoor}, computed by {@link FairShareAllocator}): in order of referral
 * date, among the eligible contracts of the lot with free capacity, the one with the largest deficit,
 * each line explained in one Dutch sentence. Nothing is placed until the contract manager confirms the
 * proposal, as proposed or changed ({@link #bevestig}): then eligibility, capacity included, is checked
 * again under the contracts' locks, and either every referral is proposed to its provider (VOORGESTELD)
 * or none is and every refusal is reported with its rule. Target shares are equal unless the contract
 * manager sets a weight for every contract of the lot ({@link #stelDoelaandeelIn}).
 *
 * <p>The onderwijsroute is not allocated here: the inburgeraar chooses (see {@link PlaatsingService}).
 *
 * <p>Occupancy ({@link #bezetting}, {@link #bezettingPerPerceel}) follows the tenancy of contracts: the
 * contract manager and the administrator see every contract, a provider its own, a gemeente those it
 * participates in; only counts, no personal data.
 */
@ApplicationScoped
public class ToewijzingService {

    /** The largest batch for one proposal or confirmation. */
    public static final int MAX_BATCH = 5000;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private PlaatsingOpslag opslag;

    /** The lots of the tenders, from the contracts awarded in them, in order. The contract manager's. */
    public List<Perceel> percelen(Actor actor) {
        mayAllocate(actor);
        return em.createQuery("select distinct c.herkomstReferentie, c.perceel from Contract c"
                        + " where c.herkomst = :aanbesteding and c.perceel is not null", Object[].class)
                .setParameter("aanbesteding", ContractHerkomst.AANBESTEDING)
                .getResultList()
                .stream()
                .map(r -> new Perceel((String) r[0], (String) r[1]))
                .sorted(Comparator.comparing(Perceel::aanbesteding).thenComparing(Perceel::perceel))
                .toList();
    }

    /**
     * A fair-share proposal for these waiting referrals over the contracts of the lot. Computes, writes
     * nothing. Refused when a referral is not waiting (AANGEMELD), the lot has no contracts, or weights are
     * set for some but not all of its contracts.
     */
    public Toewijzingsvoorstel stelVoor(Actor actor, Perceel perceel, List<Long> plaatsingIds) {
        mayAllocate(actor);
        FieldChecks checks = new FieldChecks();
        checks.required("perceel", perceel);
        List<Plaatsing> verwijzingen = wachtend(checks, "plaatsingIds", plaatsingIds);
        List<Contract> contracten = perceel == null ? List.of() : contracten(perceel);
        if (perceel != null) {
            checks.check(!contracten.isEmpty(), "perceel", "toewijzing.perceel-onbekend",
                    "Er zijn geen contracten in perceel " + perceel + ".");
        }
        checks.throwIfAny();

        List<Long> contractIds = contracten.stream().map(Contract::getId).toList();
        Map<Long, BigDecimal> gewichten = gewichten(contracten);
        Map<Long, Long> bezet = opslag.bezet(contractIds, null);
        Map<Long, Long> geplaatst = opslag.geplaatst(contractIds);
        Map<Long, Aanbieder> aanbieders = opslag.aanbieders(contracten.stream().map(Contract::getAanbiederId).toList());
        Map<Long, Long> lopend = opslag.lopendPerInburgeraar(verwijzingen.stream()
                .map(Plaatsing::getInburgeraarId).toList());

        List<FairShareAllocator.Kandidaat> kandidaten = contracten.stream()
                .map(c -> new FairShareAllocator.Kandidaat(c.getId(), c.getContractNummer(), gewichten.get(c.getId()),
                        c.getCapaciteit(), bezet.getOrDefault(c.getId(), 0L), geplaatst.getOrDefault(c.getId(), 0L)))
                .toList();
        List<FairShareAllocator.Verwijzing> invoer = new ArrayList<>();
        for (Plaatsing p : verwijzingen) {
            // the referral itself is lopend: another one makes two
            Eligibility.Aanvraag aanvraag = aanvraag(p, lopend.getOrDefault(p.getInburgeraarId(), 0L) > 1);
            Map<Long, List<Afwijzing>> afwijzingen = new HashMap<>();
            for (Contract c : contracten) {
                List<Afwijzing> a = Eligibility.toetsZonderCapaciteit(aanvraag, c, aanbieders.get(c.getAanbiederId()));
                if (!a.isEmpty()) {
                    afwijzingen.put(c.getId(), a);
                }
            }
            invoer.add(new FairShareAllocator.Verwijzing(p.getId(), p.getAangemeldOp(), afwijzingen));
        }
        List<FairShareAllocator.Voorstel> voorstellen = FairShareAllocator.verdeel(invoer, kandidaten);

        Map<Long, Plaatsing> perId = verwijzingen.stream().collect(Collectors.toMap(Plaatsing::getId, p -> p));
        Map<Long, String> namen = namen(verwijzingen);
        List<Toewijzingsvoorstel.Regel> regels = voorstellen.stream().map(v -> {
            Plaatsing p = perId.get(v.verwijzingId());
            return new Toewijzingsvoorstel.Regel(p.getId(), p.getInburgeraarId(), namen.get(p.getInburgeraarId()),
                    p.getGemeenteId(), p.getAangemeldOp(), v.contractId(), v.contractNummer(), v.uitleg());
        }).toList();
        return new Toewijzingsvoorstel(perceel, regels);
    }

    /**
     * Confirms a proposal, as proposed or changed by the contract manager: each referral is proposed to the
     * provider of its contract (VOORGESTELD), in the order given. All or nothing: eligibility, capacity
     * included, is checked again for every line under the contracts' locks, counting the lines before it;
     * any failure refuses the whole confirmation, each failed rule reported as
     * {@code toewijzingen[i].contractId}.
     */
    @Transactional
    public List<PlaatsingView> bevestig(Actor actor, List<Toewijzing> toewijzingen) {
        mayAllocate(actor);
        FieldChecks checks = new FieldChecks();
        List<Long> ids = toewijzingen == null ? null : toewijzingen.stream().map(Toewijzing::plaatsingId).toList();
        List<Plaatsing> verwijzingen = wachtend(checks, "toewijzingen", ids);
        checks.throwIfAny();

        Set<Long> contractIds = new TreeSet<>();
        toewijzingen.forEach(t -> contractIds.add(t.contractId()));
        Map<Long, Contract> contracten = opslag.lockContracten(contractIds);
        Map<Long, Long> bezet = new HashMap<>(opslag.bezet(contractIds, null));
        Map<Long, Aanbieder> aanbieders = opslag.aanbieders(contracten.values().stream()
                .map(Contract::getAanbiederId).toList());
        Map<Long, Long> lopend = opslag.lopendPerInburgeraar(verwijzingen.stream()
                .map(Plaatsing::getInburgeraarId).toList());
        Map<Long, Plaatsing> perId = verwijzingen.stream().collect(Collectors.toMap(Plaatsing::getId, p -> p));

        for (int i = 0; i < toewijzingen.size(); i++) {
            Toewijzing t = toewijzingen.get(i);
            String veld = "toewijzingen[" + i + "].contractId";
            Contract c = contracten.get(t.contractId());
            if (c == null) {
                checks.add(veld, "contract.onbekend", "Contract " + t.contractId() + " bestaat niet.");
                continue;
            }
            Plaatsing p = perId.get(t.plaatsingId());
            long b = bezet.getOrDefault(c.getId(), 0L);
            List<Afwijzing> afwijzingen = Eligibility.toets(aanvraag(p, lopend.getOrDefault(p.getInburgeraarId(), 0L)
                    > 1), c, aanbieders.get(c.getAanbiederId()), b);
            if (afwijzingen.isEmpty()) {
                bezet.put(c.getId(), b + 1);
            }
            afwijzingen.forEach(a -> checks.add(veld, a.regel().code(), "Plaatsing " + p.getId() + ": " + a.reden()));
        }
        checks.throwIfAny();

        List<Plaatsing> bevestigd = new ArrayList<>();
        for (Toewijzing t : toewijzingen) {
            Plaatsing p = perId.get(t.plaatsingId());
            Contract c = contracten.get(t.contractId());
            p.stelVoor(c.getId(), actor);
            auditLog.record(actor, "VOORGESTELD", PlaatsingService.ENTITEIT, p.getId(), "Plaatsing toegewezen aan"
                    + " contract " + c.getContractNummer() + (c.getPerceel() == null ? "" : " (perceel "
                            + c.getHerkomstReferentie() + " " + c.getPerceel() + ")"));
            bevestigd.add(p);
        }
        return opslag.views(actor, bevestigd);
    }

    /**
     * Sets the weight of a tendered contract in its lot's fair share (null: remove it). Weights are
     * relative (50/30/20 is 5/3/2); a lot uses them only when every one of its contracts has one.
     */
    @Transactional
    public void stelDoelaandeelIn(Actor actor, long contractId, BigDecimal gewicht) {
        mayAllocate(actor);
        Contract c = em.find(Contract.class, contractId);
        if (c == null) {
            throw new NotFoundException("Contract", contractId);
        }
        if (c.getHerkomst() != ContractHerkomst.AANBESTEDING || c.getPerceel() == null) {
            throw InvalidInputException.of("contractId", "toewijzing.geen-perceel", "Contract " + c.getContractNummer()
                    + " komt niet uit een perceel van een aanbesteding; alleen daar geldt een doelaandeel.");
        }
        Doelaandeel d = em.find(Doelaandeel.class, contractId);
        if (gewicht == null) {
            if (d != null) {
                em.remove(d);
            }
        } else if (d == null) {
            em.persist(new Doelaandeel(contractId, gewicht));
        } else {
            d.wijzig(gewicht);
        }
        auditLog.record(actor, "DOELAANDEEL_GEWIJZIGD", "Contract", contractId, "Doelaandeel van contract "
                + c.getContractNummer() + (gewicht == null ? " verwijderd (gelijke delen)" : ": gewicht "
                        + gewicht.toPlainString()));
    }

    /**
     * Occupancy of the contracts the actor may see, in contract-number order; with a lot, only that lot's.
     * For each: open placements and proposals against its capacity.
     */
    public List<ContractBezetting> bezetting(Actor actor, Perceel perceel) {
        JpqlWhere where = contractTenancy(actor);
        if (perceel != null) {
            where.and("c.herkomst = :aanbesteding", "aanbesteding", ContractHerkomst.AANBESTEDING)
                    .and("c.herkomstReferentie = :referentie", "referentie", perceel.aanbesteding())
                    .and("c.perceel = :perceel", "perceel", perceel.perceel());
        }
        List<Contract> contracten = where.bind(em.createQuery("select c from Contract c" + where
                + " order by c.contractNummer", Contract.class)).getResultList();
        return bezetting(contracten);
    }

    /** Occupancy of one contract, if the actor may see it; otherwise {@link NotFoundException}. */
    public ContractBezetting bezettingVan(Actor actor, long contractId) {
        JpqlWhere where = contractTenancy(actor).and("c.id = :id", "id", contractId);
        List<Contract> c = where.bind(em.createQuery("select c from Contract c" + where, Contract.class))
                .getResultList();
        if (c.isEmpty()) {
            throw new NotFoundException("Contract", contractId);
        }
        return bezetting(c).get(0);
    }

    /** Occupancy per tendered lot the actor may see, each with its contracts. */
    public List<PerceelBezetting> bezettingPerPerceel(Actor actor) {
        JpqlWhere where = contractTenancy(actor)
                .and("c.herkomst = :aanbesteding", "aanbesteding", ContractHerkomst.AANBESTEDING)
                .and("c.perceel is not null");
        List<Contract> contracten = where.bind(em.createQuery("select c from Contract c" + where
                + " order by c.herkomstReferentie, c.perceel, c.contractNummer", Contract.class)).getResultList();
        Map<Perceel, List<ContractBezetting>> perPerceel = new LinkedHashMap<>();
        for (ContractBezetting b : bezetting(contracten)) {
            perPerceel.computeIfAbsent(b.perceel(), k -> new ArrayList<>()).add(b);
        }
        List<PerceelBezetting> uit = new ArrayList<>();
        perPerceel.forEach((perceel, lijst) -> {
            boolean onbeperkt = lijst.stream().anyMatch(b -> b.capaciteit() == null);
            Integer capaciteit = onbeperkt ? null : lijst.stream().mapToInt(ContractBezetting::capaciteit).sum();
            long open = lijst.stream().mapToLong(ContractBezetting::open).sum();
            long voorgesteld = lijst.stream().mapToLong(ContractBezetting::voorgesteld).sum();
            Integer vrij = onbeperkt ? null : lijst.stream().mapToInt(ContractBezetting::vrij).sum();
            uit.add(new PerceelBezetting(perceel, capaciteit, open, voorgesteld, vrij, lijst));
        });
        return uit;
    }

    // ---------------------------------------------------------------- internals

    private List<ContractBezetting> bezetting(List<Contract> contracten) {
        List<Long> ids = contracten.stream().map(Contract::getId).toList();
        Map<Long, Long> open = opslag.tel(ids, PlaatsingStatus.OPEN, null);
        Map<Long, Long> voorgesteld = opslag.tel(ids, Set.of(PlaatsingStatus.VOORGESTELD), null);
        Map<Long, Long> geplaatst = opslag.geplaatst(ids);
        Map<Long, BigDecimal> gewichten = new HashMap<>();
        for (List<Long> batch : Batches.of(ids)) {
            em.createQuery("select d from Doelaandeel d where d.contractId in :ids", Doelaandeel.class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(d -> gewichten.put(d.getContractId(), d.getGewicht()));
        }
        return contracten.stream().map(c -> {
            long o = open.getOrDefault(c.getId(), 0L);
            long v = voorgesteld.getOrDefault(c.getId(), 0L);
            Integer vrij = c.getCapaciteit() == null ? null : (int) Math.max(0, c.getCapaciteit() - o - v);
            Perceel perceel = c.getHerkomst() == ContractHerkomst.AANBESTEDING && c.getPerceel() != null
                    ? new Perceel(c.getHerkomstReferentie(), c.getPerceel()) : null;
            return new ContractBezetting(c.getId(), c.getContractNummer(), c.getAanbiederId(), c.getStatus(), perceel,
                    c.getCapaciteit(), o, v, vrij, geplaatst.getOrDefault(c.getId(), 0L), gewichten.get(c.getId()));
        }).toList();
    }

    /** The referrals with these ids, each waiting (AANGEMELD); every other id reported under the field. */
    private List<Plaatsing> wachtend(FieldChecks checks, String veld, List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            checks.add(veld, "verplicht", "Kies ten minste één verwijzing.");
            return List.of();
        }
        if (ids.size() > MAX_BATCH) {
            checks.add(veld, "toewijzing.te-veel", "Hoogstens " + MAX_BATCH + " verwijzingen tegelijk.");
            return List.of();
        }
        Map<Long, Plaatsing> gevonden = opslag.plaatsingen(ids);
        List<Plaatsing> uit = new ArrayList<>();
        Set<Long> gezien = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            String v = veld + "[" + i + "]";
            Plaatsing p = id == null ? null : gevonden.get(id);
            if (p == null) {
                checks.add(v, "plaatsing.onbekend", "Plaatsing " + id + " bestaat niet.");
            } else if (!gezien.add(id)) {
                checks.add(v, "toewijzing.dubbel", "Plaatsing " + id + " staat er twee keer in.");
            } else if (p.getStatus() != PlaatsingStatus.AANGEMELD) {
                checks.add(v, "toewijzing.niet-wachtend", "Plaatsing " + id + " wacht niet op toewijzing: status "
                        + p.getStatus() + ".");
            } else if (p.getLeerroute() == Leerroute.ONDERWIJSROUTE) {
                checks.add(v, "toewijzing.onderwijsroute", "Plaatsing " + id + " is voor de onderwijsroute: daar kiest"
                        + " de inburgeraar de aanbieder.");
            } else {
                uit.add(p);
            }
        }
        return uit;
    }

    private List<Contract> contracten(Perceel perceel) {
        return em.createQuery("select c from Contract c where c.herkomst = :aanbesteding"
                        + " and c.herkomstReferentie = :referentie and c.perceel = :perceel order by c.contractNummer",
                        Contract.class)
                .setParameter("aanbesteding", ContractHerkomst.AANBESTEDING)
                .setParameter("referentie", perceel.aanbesteding())
                .setParameter("perceel", perceel.perceel())
                .getResultList();
    }

    /** Weights per contract: the ones set when every contract has one, equal when none has. */
    private Map<Long, BigDecimal> gewichten(List<Contract> contracten) {
        Map<Long, BigDecimal> gezet = new HashMap<>();
        List<Long> ids = contracten.stream().map(Contract::getId).toList();
        for (List<Long> batch : Batches.of(ids)) {
            em.createQuery("select d from Doelaandeel d where d.contractId in :ids", Doelaandeel.class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(d -> gezet.put(d.getContractId(), d.getGewicht()));
        }
        if (gezet.isEmpty()) {
            Map<Long, BigDecimal> gelijk = new HashMap<>();
            ids.forEach(id -> gelijk.put(id, BigDecimal.ONE));
            return gelijk;
        }
        List<String> zonder = contracten.stream()
                .filter(c -> !gezet.containsKey(c.getId()))
                .map(c -> c.getContractNummer().value())
                .toList();
        if (!zonder.isEmpty()) {
            throw InvalidInputException.of("perceel", "toewijzing.doelaandeel-onvolledig", "Stel voor elk contract"
                    + " van het perceel een doelaandeel in, of voor geen enkel (gelijke delen); nu ontbreekt het bij "
                    + String.join(", ", zonder) + ".");
        }
        return gezet;
    }

    private Map<Long, String> namen(List<Plaatsing> plaatsingen) {
        Map<Long, String> uit = new HashMap<>();
        Set<Long> ids = plaatsingen.stream().map(Plaatsing::getInburgeraarId).collect(Collectors.toSet());
        for (List<Long> batch : Batches.of(ids)) {
            em.createQuery("select i.id, i.voorletters, i.achternaam from Inburgeraar i where i.id in :ids",
                            Object[].class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(r -> uit.put((Long) r[0], r[1] + " " + r[2]));
        }
        return uit;
    }

    private static Eligibility.Aanvraag aanvraag(Plaatsing p, boolean andereOpenPlaatsing) {
        return new Eligibility.Aanvraag(p.getLeerroute(), p.getGemeenteId(), p.getGeplandeStart(),
                p.getLeerroute() == Leerroute.ONDERWIJSROUTE ? p.getVoorkeurAanbiederId() : null, andereOpenPlaatsing);
    }

    private static JpqlWhere contractTenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        if (actor.is(Role.AANBIEDER)) {
            where.and("c.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
        } else if (actor.is(Role.GEMEENTE)) {
            where.and(":eigenGemeente member of c.gemeenteIds", "eigenGemeente", actor.gemeenteId());
        }
        return where;
    }

    private static void mayAllocate(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Toewijzen aan contracten doet de contractbeheerder.");
        }
    }
}
