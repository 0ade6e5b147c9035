package nl.inburgering.portal.contracts.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.settlement.rules.Factuurregel;
import nl.inburgering.portal.contracts.settlement.rules.GefactureerdeRegel;
import nl.inburgering.portal.contracts.settlement.rules.GemeenteAandeel;
import nl.inburgering.portal.contracts.settlement.rules.Product;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;
import nl.inburgering.portal.contracts.shared.internal.Listing;

/**
 * The invoice workflow (DESIGN.md, "Settlement"; issue 7): the provider reviews its CONCEPT and
 * {@link #dienIn submits} it with its own invoice number (unique per provider); the contract manager rejects
 * single lines with a reason code and remark ({@link #keurRegelAf}, {@link #herstelRegel}), then
 * {@link #keurGoed approves} the invoice (the approved amounts and the gemeenten's shares are recomputed over
 * the lines not rejected, VAT once over their sum, shares by largest remainder) or {@link #keurAf rejects} it
 * whole; payment is {@link #registreerBetaling registered}. Every step writes an audit line.
 *
 * <p><b>Tenancy</b>, in the query: a provider sees only its own invoices (another's is 404); the contract
 * manager all. A gemeente sees its money through its {@link VerrekenstaatService statements}, not the
 * providers' invoices, which carry other gemeenten's lines.
 *
 * <p><b>Where DESIGN.md is silent.</b> A rejected invoice (AFGEKEURD) is final: it is not paid, and its lines
 * no longer count as billed, so an approved attendance correction of that month bills them again. Approving
 * an invoice of a month whose statement for one of its gemeenten is already definitive is refused.
 */
@ApplicationScoped
public class FactuurService {

    static final String ENTITEIT = "Factuur";
    private static final Pattern NUMMER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, String> SORT = Map.of(
            "maand", "f.maand",
            "status", "f.status",
            "netto", "f.netto",
            "contract", "c.contractNummer",
            "aanbieder", "a.naam",
            "ingediendOp", "f.ingediendOp");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    @Inject
    private VerrekenstaatService verrekenstaten;

    // ---------------------------------------------------------------- reading

    /** A page of the invoices the actor may see, newest month first unless sorted otherwise. */
    public List<FactuurView> zoek(Actor actor, FactuurFilter filter, int first, int pageSize, String sortField,
            boolean ascending) {
        Listing.checkPage(first, pageSize);
        JpqlWhere where = where(actor, filter);
        List<Object[]> rijen = where.bind(em.createQuery("select f, c.contractNummer, a.naam from Factuur f,"
                        + " Contract c, Aanbieder a" + where
                        + Listing.orderBy(sortField, ascending, SORT, "maand", "f"), Object[].class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList();
        return views(rijen);
    }

    public long tel(Actor actor, FactuurFilter filter) {
        JpqlWhere where = where(actor, filter);
        return where.bind(em.createQuery("select count(f) from Factuur f, Contract c, Aanbieder a" + where, Long.class))
                .getSingleResult();
    }

    public FactuurView get(Actor actor, long id) {
        JpqlWhere where = where(actor, FactuurFilter.alles()).and("f.id = :id", "id", id);
        List<Object[]> rijen = where.bind(em.createQuery("select f, c.contractNummer, a.naam from Factuur f,"
                + " Contract c, Aanbieder a" + where, Object[].class)).getResultList();
        if (rijen.isEmpty()) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return views(rijen).get(0);
    }

    /** A page of an invoice's lines, in line order; {@code beoordeling} null for all. */
    public List<FactuurregelView> regels(Actor actor, long factuurId, Regelbeoordeling beoordeling, int first,
            int pageSize) {
        Listing.checkPage(first, pageSize);
        zichtbaar(actor, factuurId);
        JpqlWhere where = regelWhere(factuurId, beoordeling).and("p.id = r.plaatsingId")
                .and("i.id = p.inburgeraarId").and("g.id = r.gemeenteId");
        return regelViews(where.bind(em.createQuery("select r, i.voorletters, i.achternaam, g.naam from Factuurpost r,"
                        + " Plaatsing p, Inburgeraar i, Gemeente g" + where + " order by r.volgnummer", Object[].class))
                .setFirstResult(first)
                .setMaxResults(pageSize)
                .getResultList());
    }

    public long telRegels(Actor actor, long factuurId, Regelbeoordeling beoordeling) {
        zichtbaar(actor, factuurId);
        JpqlWhere where = regelWhere(factuurId, beoordeling);
        return where.bind(em.createQuery("select count(r) from Factuurpost r" + where, Long.class)).getSingleResult();
    }

    private static JpqlWhere regelWhere(long factuurId, Regelbeoordeling beoordeling) {
        JpqlWhere where = new JpqlWhere().and("r.factuurId = :factuur", "factuur", factuurId);
        if (beoordeling != null) {
            where.and("r.beoordeling = :beoordeling", "beoordeling", beoordeling);
        }
        return where;
    }

    // ---------------------------------------------------------------- the provider

    /**
     * The provider submits its CONCEPT with its own invoice number, unique among its invoices.
     *
     * @throws InvalidInputException number missing, too long, odd characters or used before
     * @throws StateConflictException not a CONCEPT any more
     */
    @Transactional
    public FactuurView dienIn(Actor actor, long id, String factuurnummer) {
        if (!actor.is(Role.AANBIEDER)) {
            throw new NotAllowedException("Een factuur dient de aanbieder in.");
        }
        Factuur f = vergrendeld(actor, id);
        FieldChecks checks = new FieldChecks();
        String nummer = checks.requiredText("factuurnummer", factuurnummer, Factuur.MAX_NUMMER);
        if (nummer != null) {
            checks.check(NUMMER.matcher(nummer).matches(), "factuurnummer", "factuurnummer.tekens",
                    "Een factuurnummer bestaat uit letters, cijfers en . _ / - en begint met een letter of cijfer.");
            boolean bestaat = !em.createQuery("select f.id from Factuur f where f.aanbiederId = :a"
                            + " and f.factuurnummer = :n and f.id <> :id", Long.class)
                    .setParameter("a", f.getAanbiederId())
                    .setParameter("n", nummer)
                    .setParameter("id", id)
                    .setMaxResults(1)
                    .getResultList()
                    .isEmpty();
            checks.check(!bestaat, "factuurnummer", "factuurnummer.bestaat",
                    "U gebruikte factuurnummer " + nummer + " al voor een andere factuur.");
        }
        checks.throwIfAny();
        f.dienIn(nummer, actor.username());
        em.flush();
        auditLog.record(actor, "INGEDIEND", ENTITEIT, id, "Factuur " + nummer + " (" + f.getMaand() + ", "
                + f.getSoort().name().toLowerCase() + ") ingediend: " + f.getTotaal());
        return get(actor, id);
    }

    // ---------------------------------------------------------------- the contract manager

    /**
     * Rejects one line of a submitted invoice with a reason code and remark; the rest stands.
     *
     * @throws InvalidInputException no code or no remark
     */
    @Transactional
    public FactuurregelView keurRegelAf(Actor actor, long factuurId, long regelId, Afkeurcode code, String opmerking) {
        magBeoordelen(actor);
        Factuur f = teBeoordelen(actor, factuurId);
        FieldChecks checks = new FieldChecks();
        checks.required("afkeurcode", code);
        String tekst = checks.requiredText("opmerking", opmerking, Factuur.MAX_TEKST);
        checks.throwIfAny();
        Factuurpost r = regel(factuurId, regelId);
        r.keurAf(code, tekst);
        auditLog.record(actor, "REGEL_AFGEKEURD", ENTITEIT, factuurId, "Regel " + r.getVolgnummer() + " van factuur "
                + f.getFactuurnummer() + " afgekeurd: " + code.omschrijving() + " (" + r.getBedrag() + ")");
        return regelView(r);
    }

    /** Takes a line's rejection back while the invoice awaits its decision. */
    @Transactional
    public FactuurregelView herstelRegel(Actor actor, long factuurId, long regelId) {
        magBeoordelen(actor);
        Factuur f = teBeoordelen(actor, factuurId);
        Factuurpost r = regel(factuurId, regelId);
        r.herstel();
        auditLog.record(actor, "REGEL_HERSTELD", ENTITEIT, factuurId, "Afkeuring van regel " + r.getVolgnummer()
                + " van factuur " + f.getFactuurnummer() + " ingetrokken");
        return regelView(r);
    }

    /**
     * Approves a submitted invoice: every line not rejected is approved; the approved amounts are VAT once over
     * their sum and, for the gemeenten's invoice, each gemeente's share by largest remainder. The gemeenten's
     * statements of the month come into being (OPEN) if they did not exist.
     *
     * @throws StateConflictException not INGEDIEND, or a statement concerned is already definitive
     */
    @Transactional
    public FactuurView keurGoed(Actor actor, long id) {
        magBeoordelen(actor);
        Factuur f = teBeoordelen(actor, id);
        List<Factuurpost> posten = em.createQuery("select r from Factuurpost r where r.factuurId = :f"
                        + " and r.beoordeling = nl.inburgering.portal.contracts.settlement.Regelbeoordeling.OPEN",
                        Factuurpost.class)
                .setParameter("f", id)
                .getResultList();
        List<Factuurregel> goed = posten.stream()
                .<Factuurregel>map(r -> new GefactureerdeRegel(r.getPlaatsingId(), r.getGemeenteId(), r.isZelfbetaler(),
                        r.getPeriode(), new Product(r.getBetaalmodel(), r.getTariefGeldigVanaf(), r.getMijlpaal(),
                                r.getOnderdeel()),
                        r.getAantal(), r.getBedrag()))
                .toList();
        var berekend = nl.inburgering.portal.contracts.settlement.rules.Factuur.bereken(f.getSoort(), f.getBtwTarief(),
                goed);
        List<FactuurAandeel> aandelen = berekend.aandelen().stream()
                .map(a -> new FactuurAandeel(a.gemeenteId(), a.netto(), a.btw()))
                .toList();
        verrekenstaten.openVoor(berekend.aandelen().stream().map(GemeenteAandeel::gemeenteId).toList(), f.getMaand());
        em.createQuery("update Factuurpost r set r.beoordeling = nl.inburgering.portal.contracts.settlement"
                        + ".Regelbeoordeling.GOEDGEKEURD where r.factuurId = :f and r.beoordeling ="
                        + " nl.inburgering.portal.contracts.settlement.Regelbeoordeling.OPEN")
                .setParameter("f", id)
                .executeUpdate();
        f.keurGoed(berekend.netto(), berekend.btw(), aandelen, actor.username());
        em.flush();
        long afgekeurd = em.createQuery("select count(r) from Factuurpost r where r.factuurId = :f and r.beoordeling ="
                        + " nl.inburgering.portal.contracts.settlement.Regelbeoordeling.AFGEKEURD", Long.class)
                .setParameter("f", id)
                .getSingleResult();
        auditLog.record(actor, "GOEDGEKEURD", ENTITEIT, id, "Factuur " + f.getFactuurnummer() + " goedgekeurd: "
                + berekend.totaal() + " van " + f.getTotaal() + (afgekeurd == 0 ? "" : ", " + afgekeurd
                + " regel(s) afgekeurd"));
        return get(actor, id);
    }

    /** Rejects a submitted invoice whole, with a reason. */
    @Transactional
    public FactuurView keurAf(Actor actor, long id, String reden) {
        magBeoordelen(actor);
        Factuur f = teBeoordelen(actor, id);
        FieldChecks checks = new FieldChecks();
        String tekst = checks.requiredText("reden", reden, Factuur.MAX_TEKST);
        checks.throwIfAny();
        f.keurAf(tekst, actor.username());
        em.flush();
        auditLog.record(actor, "AFGEKEURD", ENTITEIT, id, "Factuur " + f.getFactuurnummer() + " afgekeurd: " + tekst);
        return get(actor, id);
    }

    /**
     * Registers the payment of an approved invoice.
     *
     * @throws InvalidInputException no date, a date in the future or before the approval, or a reference too long
     */
    @Transactional
    public FactuurView registreerBetaling(Actor actor, long id, LocalDate betaaldOp, String referentie) {
        magBeoordelen(actor);
        Factuur f = vergrendeld(actor, id);
        if (f.getStatus() != Factuurstatus.GOEDGEKEURD) {
            throw new StateConflictException("Factuur " + id + " is " + f.getStatus().name().toLowerCase()
                    + "; alleen een goedgekeurde factuur wordt betaald.");
        }
        FieldChecks checks = new FieldChecks();
        checks.required("betaaldOp", betaaldOp);
        String ref = checks.optionalText("betaalreferentie", referentie, 100);
        if (betaaldOp != null) {
            checks.check(!betaaldOp.isAfter(LocalDate.now(ZONE)), "betaaldOp", "betaaldOp.toekomst",
                    "Een betaling registreert u als hij gedaan is: de datum ligt niet in de toekomst.");
            checks.check(!betaaldOp.isBefore(LocalDate.ofInstant(f.getBeoordeeldOp(), ZONE)), "betaaldOp",
                    "betaaldOp.voorGoedkeuring", "De factuur is goedgekeurd op "
                            + LocalDate.ofInstant(f.getBeoordeeldOp(), ZONE) + "; de betaling is niet eerder.");
        }
        checks.throwIfAny();
        f.registreerBetaling(betaaldOp, ref);
        em.flush();
        auditLog.record(actor, "BETAALD", ENTITEIT, id, "Factuur " + f.getFactuurnummer() + " betaald op " + betaaldOp
                + (ref == null ? "" : " (" + ref + ")"));
        return get(actor, id);
    }

    // ---------------------------------------------------------------- internals

    private static void magBeoordelen(Actor actor) {
        if (!actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Facturen beoordeelt de contractbeheerder.");
        }
    }

    /** Refuses (404) an invoice outside the actor's tenancy, without building its view. */
    private void zichtbaar(Actor actor, long id) {
        JpqlWhere where = where(actor, FactuurFilter.alles()).and("f.id = :id", "id", id);
        if (where.bind(em.createQuery("select count(f) from Factuur f, Contract c, Aanbieder a" + where, Long.class))
                .getSingleResult() == 0) {
            throw new NotFoundException(ENTITEIT, id);
        }
    }

    /** The invoice under a write lock, within the actor's tenancy. */
    private Factuur vergrendeld(Actor actor, long id) {
        zichtbaar(actor, id);
        return em.find(Factuur.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private Factuur teBeoordelen(Actor actor, long id) {
        Factuur f = vergrendeld(actor, id);
        if (f.getStatus() != Factuurstatus.INGEDIEND) {
            throw new StateConflictException("Factuur " + id + " is " + f.getStatus().name().toLowerCase()
                    + "; alleen een ingediende factuur wordt beoordeeld.");
        }
        return f;
    }

    private Factuurpost regel(long factuurId, long regelId) {
        Factuurpost r = em.find(Factuurpost.class, regelId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.getFactuurId() != factuurId) {
            throw new NotFoundException("Factuurregel", regelId);
        }
        return r;
    }

    private static JpqlWhere where(Actor actor, FactuurFilter f) {
        JpqlWhere where = new JpqlWhere().and("c.id = f.contractId").and("a.id = f.aanbiederId");
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case AANBIEDER -> where.and("f.aanbiederId = :eigenAanbieder", "eigenAanbieder", actor.aanbiederId());
            default -> throw new NotAllowedException("Facturen van aanbieders ziet de contractbeheerder;"
                    + " een gemeente ziet haar aandeel in de verrekenstaten.");
        }
        if (f.maand() != null) {
            where.and("f.maand = :maand", "maand", f.maand().atDay(1));
        }
        if (f.status() != null) {
            where.and("f.status = :status", "status", f.status());
        }
        if (f.contractId() != null) {
            where.and("f.contractId = :contract", "contract", f.contractId());
        }
        if (f.aanbiederId() != null) {
            where.and("f.aanbiederId = :aanbieder", "aanbieder", f.aanbiederId());
        }
        if (f.soort() != null) {
            where.and("f.soort = :soort", "soort", f.soort());
        }
        return where;
    }

    private List<FactuurView> views(List<Object[]> rijen) {
        if (rijen.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rijen.stream().map(r -> ((Factuur) r[0]).getId()).toList();
        Map<Long, long[]> tellingen = new HashMap<>();
        for (Object[] t : em.createQuery("select r.factuurId, count(r), sum(case when r.beoordeling ="
                        + " nl.inburgering.portal.contracts.settlement.Regelbeoordeling.AFGEKEURD then 1 else 0 end)"
                        + " from Factuurpost r where r.factuurId in :ids group by r.factuurId", Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            tellingen.put((Long) t[0], new long[] {((Number) t[1]).longValue(), ((Number) t[2]).longValue()});
        }
        Map<Long, String> gemeenten = gemeentenamen();
        return rijen.stream().map(r -> {
            Factuur f = (Factuur) r[0];
            long[] t = tellingen.getOrDefault(f.getId(), new long[2]);
            List<FactuurView.Aandeel> aandelen = f.getAandelen().stream()
                    .map(a -> new FactuurView.Aandeel(a.getGemeenteId(), gemeenten.get(a.getGemeenteId()), a.getNetto(),
                            a.getBtw(), a.getTotaal()))
                    .toList();
            return new FactuurView(f.getId(), f.getVersion(), f.getContractId(), String.valueOf(r[1]),
                    f.getAanbiederId(), (String) r[2], f.getMaand(), f.getSoort(), f.getStatus(), f.getBtwTarief(),
                    f.getNetto(), f.getBtw(), f.getTotaal(), f.getGoedgekeurdNetto(), f.getGoedgekeurdBtw(),
                    f.getFactuurnummer(), t[0], t[1], f.getBerekendOp(), f.getIngediendDoor(), f.getIngediendOp(),
                    f.getBeoordeeldDoor(), f.getBeoordeeldOp(), f.getAfkeurreden(), f.getBetaaldOp(),
                    f.getBetaalreferentie(), aandelen);
        }).toList();
    }

    private Map<Long, String> gemeentenamen() {
        Map<Long, String> m = new HashMap<>();
        for (Gemeente g : em.createQuery("select g from Gemeente g", Gemeente.class).getResultList()) {
            m.put(g.getId(), g.getNaam());
        }
        return m;
    }

    private List<FactuurregelView> regelViews(List<Object[]> rijen) {
        return rijen.stream().map(r -> {
            Factuurpost p = (Factuurpost) r[0];
            return view(p, r[1] + " " + r[2], (String) r[3]);
        }).toList();
    }

    private FactuurregelView regelView(Factuurpost p) {
        Object[] r = em.createQuery("select i.voorletters, i.achternaam, g.naam from Plaatsing p, Inburgeraar i,"
                        + " Gemeente g where p.id = :p and i.id = p.inburgeraarId and g.id = :g", Object[].class)
                .setParameter("p", p.getPlaatsingId())
                .setParameter("g", p.getGemeenteId())
                .getSingleResult();
        return view(p, r[0] + " " + r[1], (String) r[2]);
    }

    private static FactuurregelView view(Factuurpost p, String inburgeraar, String gemeente) {
        return new FactuurregelView(p.getId(), p.getFactuurId(), p.getVolgnummer(), p.getPlaatsingId(), inburgeraar,
                p.getGemeenteId(), gemeente, p.isZelfbetaler(), p.getPeriode(), p.isCorrectie(), p.getBetaalmodel(),
                p.getMijlpaal(), p.getAantal(), p.getPrijs(), p.getBedrag(), p.getOmschrijving(), p.getBeoordeling(),
                p.getAfkeurcode(), p.getOpmerking());
    }
}
