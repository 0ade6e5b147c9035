package nl.inburgering.portal.contracts.inburgeraar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.shared.Bsn;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * Inburgeraars: registration, correction and lookup (DESIGN.md, "Domain model", Inburgeraar). Their
 * placements are {@code contracts.placement.PlaatsingService}'s.
 *
 * <p>Tenancy (DESIGN.md, "Users"), always in the query: a {@link Role#GEMEENTE} registers, corrects and
 * sees only its own inburgeraars (the Wet inburgering 2021 makes each gemeente responsible for its own
 * residents); the {@link Role#CONTRACTBEHEERDER} does so for the whole region; an {@link Role#AANBIEDER}
 * sees only the inburgeraars with a placement on one of its contracts, and never their BSN, not even
 * masked, nor can it search by BSN (it needs none); the {@link Role#BEHEERDER} manages the application,
 * not personal data, and may not see them at all.
 *
 * <p>The BSN (optional) is checked with the 11-test, must be unique in the region (through its keyed
 * fingerprint, without decrypting anything) and is stored encrypted by {@link BsnProtection}. Callers
 * get {@link InburgeraarView}s with the BSN masked. Opening one inburgeraar ({@link #get}) is a view of
 * personal data and writes an audit line, like every registration.
 */
@ApplicationScoped
public class InburgeraarService {

    static final String ENTITEIT = "Inburgeraar";
    /** JPQL enum literals of the placement statuses, named in the query only: no package cycle. */
    private static final String PLAATSING_STATUS = "nl.inburgering.portal.contracts.placement.PlaatsingStatus.";

    private static final Map<String, String> SORT = Map.of(
            "achternaam", "i.achternaam",
            "klantReferentie", "i.klantReferentie",
            "pipDatum", "i.pipDatum",
            "leerroute", "i.leerroute",
            "doelgroep", "i.doelgroep");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private BsnProtection bsnProtection;

    /**
     * Registers an inburgeraar. A GEMEENTE user registers for its own gemeente only (no gemeente
     * given means its own); the contract manager names the gemeente. Every field is checked and all
     * violations are reported at once.
     */
    @Transactional
    public InburgeraarView register(Actor actor, InburgeraarGegevens in) {
        Long gemeenteId;
        if (actor.is(Role.GEMEENTE)) {
            if (in.gemeenteId() != null && !in.gemeenteId().equals(actor.gemeenteId())) {
                throw new NotAllowedException("U registreert alleen inburgeraars van uw eigen gemeente.");
            }
            gemeenteId = actor.gemeenteId();
        } else if (actor.is(Role.CONTRACTBEHEERDER)) {
            gemeenteId = in.gemeenteId();
        } else {
            throw new NotAllowedException("Alleen gemeenten en contractbeheerders registreren inburgeraars.");
        }

        FieldChecks checks = new FieldChecks();
        if (checks.required("gemeenteId", gemeenteId) != null) {
            checks.check(em.find(Gemeente.class, gemeenteId) != null, "gemeenteId", "gemeente.onbekend",
                    "Deze gemeente bestaat niet.");
        }
        String referentie = checks.requiredText("klantReferentie", in.klantReferentie(),
                Inburgeraar.MAX_KLANT_REFERENTIE);
        if (referentie != null && gemeenteId != null) {
            checks.check(!referentieInGebruik(gemeenteId, referentie), "klantReferentie", "klantreferentie.bestaat",
                    "Uw gemeente heeft al een inburgeraar met klantreferentie " + referentie + ".");
        }
        Bsn bsn = checks.optional("bsn", in.bsn(), Bsn::of);
        String vingerafdruk = bsn == null ? null : bsnProtection.fingerprint(bsn);
        if (vingerafdruk != null) {
            checks.check(!vingerafdrukInGebruik(vingerafdruk), "bsn", "bsn.bestaat",
                    "Er is in de regio al een inburgeraar met dit BSN geregistreerd.");
        }
        String voorletters = checks.requiredText("voorletters", in.voorletters(), Inburgeraar.MAX_VOORLETTERS);
        String achternaam = checks.requiredText("achternaam", in.achternaam(), Inburgeraar.MAX_ACHTERNAAM);
        Inburgeraar.check(checks, in.doelgroep(), in.leerroute(), in.pipDatum(), in.zelfbetaler());
        if (in.pipDatum() != null) {
            checks.check(!in.pipDatum().isAfter(LocalDate.now()), "pipDatum", "inburgeraar.pip-in-toekomst",
                    "De PIP-datum ligt niet in de toekomst.");
        }
        if (in.voorkeurAanbiederId() != null) {
            checks.check(em.find(Aanbieder.class, in.voorkeurAanbiederId()) != null, "voorkeurAanbiederId",
                    "aanbieder.onbekend", "Deze aanbieder bestaat niet.");
        }
        checks.throwIfAny();

        Inburgeraar i = new Inburgeraar(gemeenteId, referentie, bsn == null ? null : bsnProtection.encrypt(bsn),
                vingerafdruk, voorletters, achternaam, in.doelgroep(), in.leerroute(), in.pipDatum(), in.zelfbetaler(),
                in.voorkeurAanbiederId());
        em.persist(i);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, i.getId(), "Inburgeraar geregistreerd voor gemeente "
                + gemeenteId + ", " + i.getLeerroute() + (bsn == null ? ", zonder BSN" : ", met BSN"));
        return view(actor, i);
    }

    /**
     * Corrects an inburgeraar's details: the gemeente its own, the contract manager any. Every field is
     * checked as on registration and all violations are reported at once; a blank BSN leaves the BSN as it
     * is (the form never shows it). The gemeente cannot change: another gemeente registers its own. While
     * a placement is lopend the leerroute changes only through a route switch (overstap), which ends that
     * placement. Audited with the names of the changed fields, never their values.
     */
    @Transactional
    public InburgeraarView update(Actor actor, long id, InburgeraarGegevens in) {
        if (!actor.is(Role.GEMEENTE) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen gemeenten en contractbeheerders wijzigen inburgeraars.");
        }
        JpqlWhere where = tenancy(actor).and("i.id = :id", "id", id);
        Inburgeraar i = where.bind(em.createQuery("select i from Inburgeraar i" + where, Inburgeraar.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));

        FieldChecks checks = new FieldChecks();
        checks.check(in.gemeenteId() == null || in.gemeenteId().equals(i.getGemeenteId()), "gemeenteId",
                "inburgeraar.gemeente-vast", "Een inburgeraar blijft bij zijn gemeente; na een verhuizing registreert"
                        + " de nieuwe gemeente hem of haar zelf.");
        String referentie = checks.requiredText("klantReferentie", in.klantReferentie(),
                Inburgeraar.MAX_KLANT_REFERENTIE);
        if (referentie != null) {
            checks.check(!referentieInGebruik(i.getGemeenteId(), referentie, id), "klantReferentie",
                    "klantreferentie.bestaat", "Uw gemeente heeft al een inburgeraar met klantreferentie "
                            + referentie + ".");
        }
        Bsn bsn = checks.optional("bsn", in.bsn(), Bsn::of);
        String vingerafdruk = bsn == null ? null : bsnProtection.fingerprint(bsn);
        if (vingerafdruk != null) {
            checks.check(!vingerafdrukInGebruik(vingerafdruk, id), "bsn", "bsn.bestaat",
                    "Er is in de regio al een inburgeraar met dit BSN geregistreerd.");
        }
        String voorletters = checks.requiredText("voorletters", in.voorletters(), Inburgeraar.MAX_VOORLETTERS);
        String achternaam = checks.requiredText("achternaam", in.achternaam(), Inburgeraar.MAX_ACHTERNAAM);
        Inburgeraar.check(checks, in.doelgroep(), in.leerroute(), in.pipDatum(), in.zelfbetaler());
        if (in.pipDatum() != null) {
            checks.check(!in.pipDatum().isAfter(LocalDate.now()), "pipDatum", "inburgeraar.pip-in-toekomst",
                    "De PIP-datum ligt niet in de toekomst.");
        }
        if (in.leerroute() != null && in.leerroute() != i.getLeerroute()) {
            checks.check(!heeftLopendePlaatsing(id), "leerroute", "inburgeraar.route-via-overstap",
                    "Deze inburgeraar heeft een lopende plaatsing in de " + i.getLeerroute() + "; een andere"
                            + " leerroute gaat via een overstap, die deze plaatsing beëindigt.");
        }
        if (in.voorkeurAanbiederId() != null) {
            checks.check(em.find(Aanbieder.class, in.voorkeurAanbiederId()) != null, "voorkeurAanbiederId",
                    "aanbieder.onbekend", "Deze aanbieder bestaat niet.");
        }
        checks.throwIfAny();

        List<String> gewijzigd = new ArrayList<>();
        veld(gewijzigd, "klantReferentie", i.getKlantReferentie(), referentie);
        veld(gewijzigd, "voorletters", i.getVoorletters(), voorletters);
        veld(gewijzigd, "achternaam", i.getAchternaam(), achternaam);
        veld(gewijzigd, "doelgroep", i.getDoelgroep(), in.doelgroep());
        veld(gewijzigd, "leerroute", i.getLeerroute(), in.leerroute());
        veld(gewijzigd, "pipDatum", i.getPipDatum(), in.pipDatum());
        veld(gewijzigd, "zelfbetaler", i.isZelfbetaler(), in.zelfbetaler());
        veld(gewijzigd, "voorkeurAanbiederId", i.getVoorkeurAanbiederId(), in.voorkeurAanbiederId());
        i.wijzig(referentie, voorletters, achternaam, in.doelgroep(), in.leerroute(), in.pipDatum(), in.zelfbetaler(),
                in.voorkeurAanbiederId());
        if (bsn != null && !vingerafdruk.equals(i.getBsnVingerafdruk())) {
            i.vervangBsn(bsnProtection.encrypt(bsn), vingerafdruk);
            gewijzigd.add("bsn");
        }
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, i.getId(), gewijzigd.isEmpty()
                ? "Inburgeraar opgeslagen zonder wijzigingen"
                : "Inburgeraar gewijzigd: " + String.join(", ", gewijzigd));
        return view(actor, i);
    }

    private static void veld(List<String> gewijzigd, String naam, Object oud, Object nieuw) {
        if (!Objects.equals(oud, nieuw)) {
            gewijzigd.add(naam);
        }
    }

    /** One inburgeraar the actor may see, BSN masked; otherwise {@link NotFoundException}. Audited as a view. */
    @Transactional
    public InburgeraarView get(Actor actor, long id) {
        JpqlWhere where = tenancy(actor).and("i.id = :id", "id", id);
        Inburgeraar i = where.bind(em.createQuery("select i from Inburgeraar i" + where, Inburgeraar.class))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ENTITEIT, id));
        auditLog.record(actor, AuditLog.BEKEKEN, ENTITEIT, i.getId(), "Inburgeraar ingezien");
        return view(actor, i);
    }

    /** A page of the inburgeraars the actor may see, by surname unless sorted otherwise. */
    public List<InburgeraarView> search(Actor actor, InburgeraarFilter filter, int first, int pageSize,
            String sortField, boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        String jpql = "select i from Inburgeraar i" + where
                + Listing.orderBy(sortField, ascending, SORT, "achternaam", "i");
        return where.bind(em.createQuery(jpql, Inburgeraar.class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList()
                .stream()
                .map(i -> view(actor, i))
                .toList();
    }

    public long count(Actor actor, InburgeraarFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(i) from Inburgeraar i" + where, Long.class)).getSingleResult();
    }

    /** The BSN masked; for a provider not at all. */
    private InburgeraarView view(Actor actor, Inburgeraar i) {
        String masked = i.heeftBsn() && !actor.is(Role.AANBIEDER)
                ? bsnProtection.decrypt(i.getBsnVersleuteld()).masked() : null;
        return new InburgeraarView(i.getId(), i.getVersion(), i.getGemeenteId(), i.getKlantReferentie(), masked,
                i.getVoorletters(), i.getAchternaam(), i.getDoelgroep(), i.getLeerroute(), i.getPipDatum(),
                i.isZelfbetaler(), i.getVoorkeurAanbiederId());
    }

    private boolean referentieInGebruik(long gemeenteId, String referentie) {
        return referentieInGebruik(gemeenteId, referentie, -1L);
    }

    private boolean referentieInGebruik(long gemeenteId, String referentie, long behalve) {
        return em.createQuery("select count(i) from Inburgeraar i where i.gemeenteId = :gemeente"
                        + " and i.klantReferentie = :referentie and i.id <> :behalve", Long.class)
                .setParameter("gemeente", gemeenteId)
                .setParameter("referentie", referentie)
                .setParameter("behalve", behalve)
                .getSingleResult() > 0;
    }

    private boolean vingerafdrukInGebruik(String vingerafdruk) {
        return vingerafdrukInGebruik(vingerafdruk, -1L);
    }

    private boolean vingerafdrukInGebruik(String vingerafdruk, long behalve) {
        return em.createQuery("select count(i) from Inburgeraar i where i.bsnVingerafdruk = :v and i.id <> :behalve",
                        Long.class)
                .setParameter("v", vingerafdruk)
                .setParameter("behalve", behalve)
                .getSingleResult() > 0;
    }

    /** Whether the inburgeraar has a placement that is not yet final (see contracts.placement). */
    private boolean heeftLopendePlaatsing(long inburgeraarId) {
        return em.createQuery("select count(p) from Plaatsing p where p.inburgeraarId = :id"
                        + " and p.status not in (" + PLAATSING_STATUS + "AFGEROND, " + PLAATSING_STATUS
                        + "VOORTIJDIG_BEEINDIGD)", Long.class)
                .setParameter("id", inburgeraarId)
                .getSingleResult() > 0;
    }

    private static JpqlWhere tenancy(Actor actor) {
        JpqlWhere where = new JpqlWhere();
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> where.and("i.gemeenteId = :eigenGemeente", "eigenGemeente", actor.gemeenteId());
            case AANBIEDER -> where.and("i.id in (select p.inburgeraarId from Plaatsing p, Contract c"
                    + " where p.contractId = c.id and c.aanbiederId = :eigenAanbieder)", "eigenAanbieder",
                    actor.aanbiederId());
            case BEHEERDER -> throw new NotAllowedException("Beheerders zien geen persoonsgegevens van inburgeraars.");
            default -> throw new IllegalStateException(Objects.toString(actor.role()));
        }
        return where;
    }

    private JpqlWhere where(Actor actor, InburgeraarFilter f) {
        JpqlWhere where = tenancy(actor);
        if (f == null) {
            return where;
        }
        if (!Listing.isBlank(f.tekst())) {
            String vingerafdruk = actor.is(Role.AANBIEDER) ? null : bsnVingerafdruk(f.tekst());
            if (vingerafdruk != null) {
                where.and("i.bsnVingerafdruk = :vingerafdruk", "vingerafdruk", vingerafdruk);
            } else {
                where.and("(lower(i.achternaam) like :tekst escape '!' or lower(i.klantReferentie) like :tekst escape '!')",
                        "tekst", Listing.containsPattern(f.tekst()));
            }
        }
        if (f.gemeenteId() != null) {
            where.and("i.gemeenteId = :gemeenteId", "gemeenteId", f.gemeenteId());
        }
        if (f.leerroute() != null) {
            where.and("i.leerroute = :leerroute", "leerroute", f.leerroute());
        }
        if (f.doelgroep() != null) {
            where.and("i.doelgroep = :doelgroep", "doelgroep", f.doelgroep());
        }
        return where;
    }

    /** The fingerprint when the search text is a valid BSN, else null. */
    private String bsnVingerafdruk(String tekst) {
        String digits = tekst.replaceAll("[\\s.\\-]", "");
        if (!digits.matches("\\d{8,9}")) {
            return null;
        }
        try {
            return bsnProtection.fingerprint(Bsn.of(digits));
        } catch (InvalidInputException e) {
            return null;
        }
    }
}
