package nl.inburgering.portal.contracts.placement.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.inburgeraar.Inburgeraar;
import nl.inburgering.portal.contracts.placement.Plaatsing;
import nl.inburgering.portal.contracts.placement.PlaatsingActie;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;

/**
 * Queries shared by the placement services: locking contracts, counting places, and turning pages of
 * placements into views with one query per kind of name, never one per row.
 */
@ApplicationScoped
public class PlaatsingOpslag {

    /** JPQL: the placement counts for its contract's fair share (see {@link Plaatsing#teltVoorVerdeling()}). */
    private static final String TELT_VOOR_VERDELING = "(p.status <> :beeindigd or p.werkelijkeStart is not null)";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    /**
     * The contracts, locked for update ({@code select ... for update}) in id order, so two transactions
     * that count a contract's places one after the other, never both at once. Missing ids are left out.
     */
    public Map<Long, Contract> lockContracten(Collection<Long> ids) {
        Map<Long, Contract> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new TreeSet<>(ids))) {
            em.createQuery("select c from Contract c where c.id in :ids order by c.id", Contract.class)
                    .setParameter("ids", batch)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(c -> uit.put(c.getId(), c));
        }
        return uit;
    }

    /** The inburgeraar, locked for update: serialises referrals of one person. Null when missing. */
    public Inburgeraar lockInburgeraar(long id) {
        return em.find(Inburgeraar.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Places taken per contract ({@link PlaatsingStatus#BEZET_CAPACITEIT}), leaving out one placement. */
    public Map<Long, Long> bezet(Collection<Long> contractIds, Long behalvePlaatsing) {
        return tel(contractIds, PlaatsingStatus.BEZET_CAPACITEIT, behalvePlaatsing);
    }

    /** Placements per contract in these statuses. */
    public Map<Long, Long> tel(Collection<Long> contractIds, Set<PlaatsingStatus> statussen, Long behalvePlaatsing) {
        Map<Long, Long> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new LinkedHashSet<>(contractIds))) {
            em.createQuery("select p.contractId, count(p) from Plaatsing p where p.contractId in :ids"
                            + " and p.status in :statussen and p.id <> :behalve group by p.contractId", Object[].class)
                    .setParameter("ids", batch)
                    .setParameter("statussen", statussen)
                    .setParameter("behalve", behalvePlaatsing == null ? -1L : behalvePlaatsing)
                    .getResultList()
                    .forEach(r -> uit.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return uit;
    }

    /** Per contract, the placements that count for its fair share, over the whole term. */
    public Map<Long, Long> geplaatst(Collection<Long> contractIds) {
        Map<Long, Long> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new LinkedHashSet<>(contractIds))) {
            em.createQuery("select p.contractId, count(p) from Plaatsing p where p.contractId in :ids and "
                            + TELT_VOOR_VERDELING + " group by p.contractId", Object[].class)
                    .setParameter("ids", batch)
                    .setParameter("beeindigd", PlaatsingStatus.VOORTIJDIG_BEEINDIGD)
                    .getResultList()
                    .forEach(r -> uit.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return uit;
    }

    /** Per inburgeraar, the number of lopende placements. */
    public Map<Long, Long> lopendPerInburgeraar(Collection<Long> inburgeraarIds) {
        Map<Long, Long> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new LinkedHashSet<>(inburgeraarIds))) {
            em.createQuery("select p.inburgeraarId, count(p) from Plaatsing p where p.inburgeraarId in :ids"
                            + " and p.status in :lopend group by p.inburgeraarId", Object[].class)
                    .setParameter("ids", batch)
                    .setParameter("lopend", PlaatsingStatus.LOPEND)
                    .getResultList()
                    .forEach(r -> uit.put((Long) r[0], ((Number) r[1]).longValue()));
        }
        return uit;
    }

    public Map<Long, Aanbieder> aanbieders(Collection<Long> ids) {
        Map<Long, Aanbieder> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new LinkedHashSet<>(ids))) {
            em.createQuery("select a from Aanbieder a where a.id in :ids", Aanbieder.class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(a -> uit.put(a.getId(), a));
        }
        return uit;
    }

    /** The placements with these ids (no tenancy: callers check it). */
    public Map<Long, Plaatsing> plaatsingen(Collection<Long> ids) {
        Map<Long, Plaatsing> uit = new HashMap<>();
        for (List<Long> batch : Batches.of(new LinkedHashSet<>(ids))) {
            em.createQuery("select p from Plaatsing p where p.id in :ids", Plaatsing.class)
                    .setParameter("ids", batch)
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "p.historie")
                    .setHint("eclipselink.batch", "p.onderbrekingen")
                    .getResultList()
                    .forEach(p -> uit.put(p.getId(), p));
        }
        return uit;
    }

    /**
     * The tenancy of placements (DESIGN.md, "Users"), alias {@code p}: the contract manager sees all; a
     * gemeente its own inburgeraars' placements; a provider the placements on its own contracts; the
     * application administrator none (no personal data).
     */
    public static JpqlWhere tenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> where.and("p.gemeenteId = :eigenGemeente", "eigenGemeente", actor.gemeenteId());
            case AANBIEDER -> where.and("p.contractId in (select c.id from Contract c where c.aanbiederId = "
                    + ":eigenAanbieder)", "eigenAanbieder", actor.aanbiederId());
            case BEHEERDER -> throw new NotAllowedException("Beheerders zien geen plaatsingen van inburgeraars.");
            default -> throw new IllegalStateException(String.valueOf(actor.role()));
        }
        return where;
    }

    /** Views of these placements for this actor, in the same order, with two extra queries in all. */
    public List<PlaatsingView> views(Actor actor, List<Plaatsing> plaatsingen) {
        Map<Long, Object[]> contracten = new HashMap<>();
        Set<Long> contractIds = new TreeSet<>();
        Set<Long> inburgeraarIds = new TreeSet<>();
        for (Plaatsing p : plaatsingen) {
            if (p.getContractId() != null) {
                contractIds.add(p.getContractId());
            }
            inburgeraarIds.add(p.getInburgeraarId());
        }
        for (List<Long> batch : Batches.of(contractIds)) {
            em.createQuery("select c.id, c.contractNummer, c.aanbiederId from Contract c where c.id in :ids",
                            Object[].class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(r -> contracten.put((Long) r[0], r));
        }
        Map<Long, Object[]> personen = new HashMap<>();
        for (List<Long> batch : Batches.of(inburgeraarIds)) {
            em.createQuery("select i.id, i.voorletters, i.achternaam, i.klantReferentie from Inburgeraar i"
                            + " where i.id in :ids", Object[].class)
                    .setParameter("ids", batch)
                    .getResultList()
                    .forEach(r -> personen.put((Long) r[0], r));
        }
        return plaatsingen.stream().map(p -> {
            Object[] c = p.getContractId() == null ? null : contracten.get(p.getContractId());
            Object[] i = personen.get(p.getInburgeraarId());
            return new PlaatsingView(p.getId(), p.getVersion(), p.getInburgeraarId(),
                    i == null ? null : i[1] + " " + i[2], i == null ? null : (String) i[3], p.getGemeenteId(),
                    p.isZelfbetaler(), p.getLeerroute(), p.getStatus(), p.getContractId(),
                    c == null ? null : (ContractNumber) c[1], c == null ? null : (Long) c[2],
                    p.getVoorkeurAanbiederId(), p.getAangemeldOp(), p.getGeplandeStart(), p.getGeplandeUren(),
                    p.getWerkelijkeStart(), p.getEinddatum(), p.getEindreden(), p.getEindtoelichting(),
                    p.getVorigePlaatsingId(), p.getHistorie(), p.getOnderbrekingen(),
                    acties(actor, p.getStatus(), p.getLeerroute()));
        }).toList();
    }

    /**
     * The actions a role may take on a placement in this status: the provider's are accepting, declining,
     * starting, pausing, resuming, completing and ending; the gemeente's and the contract manager's are
     * withdrawing a referral and switching routes; proposing is the contract manager's (fair share) for the
     * tendered routes, and also the gemeente's for the onderwijsroute (naming the inburgeraar's choice).
     */
    public static Set<PlaatsingActie> acties(Actor actor, PlaatsingStatus status, Leerroute leerroute) {
        Set<PlaatsingActie> mogelijk = EnumSet.noneOf(PlaatsingActie.class);
        Set<PlaatsingActie> vanRol = switch (actor.role()) {
            case AANBIEDER -> EnumSet.of(PlaatsingActie.ACCEPTEREN, PlaatsingActie.WEIGEREN, PlaatsingActie.STARTEN,
                    PlaatsingActie.ONDERBREKEN, PlaatsingActie.HERVATTEN, PlaatsingActie.AFRONDEN,
                    PlaatsingActie.BEEINDIGEN);
            case CONTRACTBEHEERDER -> EnumSet.of(PlaatsingActie.VOORSTELLEN, PlaatsingActie.INTREKKEN,
                    PlaatsingActie.OVERSTAPPEN);
            case GEMEENTE -> leerroute == Leerroute.ONDERWIJSROUTE
                    ? EnumSet.of(PlaatsingActie.VOORSTELLEN, PlaatsingActie.INTREKKEN, PlaatsingActie.OVERSTAPPEN)
                    : EnumSet.of(PlaatsingActie.INTREKKEN, PlaatsingActie.OVERSTAPPEN);
            default -> EnumSet.noneOf(PlaatsingActie.class);
        };
        for (PlaatsingActie a : vanRol) {
            if (a.magVanuit(status)) {
                mogelijk.add(a);
            }
        }
        return mogelijk;
    }

    /** Whether the actor's role is one of these. */
    public static boolean rolIn(Actor actor, Role... rollen) {
        for (Role r : rollen) {
            if (actor.is(r)) {
                return true;
            }
        }
        return false;
    }
}
