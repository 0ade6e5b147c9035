package nl.inburgering.portal.contracts.gemeente;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.CbsCode;
import nl.inburgering.portal.contracts.shared.EmailAddress;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.Oin;

/**
 * The gemeenten of the region: reference data (DESIGN.md, "Domain model", Gemeente). Every role may
 * read them: a provider must know for which gemeente it works, a gemeente which others take part.
 * Only the {@link Role#BEHEERDER} (reference data) and the {@link Role#CONTRACTBEHEERDER} (who runs
 * the regional arrangement) may create or change one. The region has exactly one lead municipality
 * at most: the centrumgemeente that contracts for all (Wet inburgering 2021 and the regional cooperation
 * agreement).
 *
 * <p>Returns the {@link Gemeente} entities themselves (detached once the call returns); the web
 * layer maps them to its DTOs.
 */
@ApplicationScoped
public class GemeenteService {

    static final String ENTITEIT = "Gemeente";
    private static final Pattern BTW_NUMMER = Pattern.compile("NL\\d{9}B\\d{2}");

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Inject
    private AuditLog auditLog;

    /** All gemeenten, by name. */
    public List<Gemeente> list(Actor actor) {
        return em.createQuery("select g from Gemeente g order by g.naam, g.id", Gemeente.class).getResultList();
    }

    public Gemeente get(Actor actor, long id) {
        Gemeente g = em.find(Gemeente.class, id);
        if (g == null) {
            throw new NotFoundException(ENTITEIT, id);
        }
        return g;
    }

    public Optional<Gemeente> findByCbsCode(Actor actor, CbsCode cbsCode) {
        return em.createQuery("select g from Gemeente g where g.cbsCode = :code", Gemeente.class)
                .setParameter("code", cbsCode)
                .getResultStream()
                .findFirst();
    }

    /** The centrumgemeente, if one is registered. */
    public Optional<Gemeente> findLead(Actor actor) {
        return lead();
    }

    private Optional<Gemeente> lead() {
        return em.createQuery("select g from Gemeente g where g.lead = true", Gemeente.class)
                .getResultStream()
                .findFirst();
    }

    @Transactional
    public Gemeente create(Actor actor, GemeenteGegevens in) {
        mayEdit(actor);
        FieldChecks checks = new FieldChecks();
        CbsCode cbsCode = checks.required("cbsCode", in.cbsCode(), CbsCode::of);
        if (cbsCode != null) {
            checks.check(findByCbsCode(actor, cbsCode).isEmpty(), "cbsCode", "cbscode.bestaat",
                    "Er is al een gemeente met CBS-code " + cbsCode + ".");
        }
        Valid v = validate(checks, in, null);
        checks.throwIfAny();
        Gemeente g = new Gemeente(cbsCode, v.naam, v.oin, in.lead(), v.contact);
        em.persist(g);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, ENTITEIT, g.getId(), "Gemeente " + g + " aangemaakt");
        return g;
    }

    /** Changes name, OIN, lead flag and billing contact; the CBS code stays. */
    @Transactional
    public Gemeente update(Actor actor, long id, GemeenteGegevens in) {
        mayEdit(actor);
        Gemeente g = get(actor, id);
        FieldChecks checks = new FieldChecks();
        Valid v = validate(checks, in, g.getId());
        checks.throwIfAny();
        g.wijzig(v.naam, v.oin, in.lead(), v.contact);
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, g.getId(), "Gemeente " + g + " gewijzigd");
        return g;
    }

    /**
     * Sets the address, IBAN and VAT identifier of a gemeente: what the UBL invoice of a statement needs (the
     * IBAN and VAT identifier of the lead, the address of both parties).
     */
    @Transactional
    public Gemeente wijzigFactuurgegevens(Actor actor, long id, GemeenteFactuurgegevens in) {
        mayEdit(actor);
        Gemeente g = get(actor, id);
        FieldChecks checks = new FieldChecks();
        Adres adres = Adres.of(checks, in.straat(), in.postcode(), in.plaats());
        Iban iban = checks.optional("iban", in.iban(), Iban::of);
        String btw = checks.optionalText("btwNummer", in.btwNummer() == null ? null
                : in.btwNummer().replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT), 14);
        if (btw != null) {
            checks.check(BTW_NUMMER.matcher(btw).matches(), "btwNummer", "btwnummer.ongeldig",
                    "Een btw-identificatienummer is NL, negen cijfers, B en twee cijfers, bijvoorbeeld"
                            + " NL001589623B01.");
        }
        checks.throwIfAny();
        g.wijzigFactuurgegevens(adres, iban, btw);
        auditLog.record(actor, AuditLog.GEWIJZIGD, ENTITEIT, g.getId(), "Factuurgegevens van gemeente " + g
                + " gewijzigd");
        return g;
    }

    private record Valid(String naam, Oin oin, FactuurContact contact) {
    }

    private Valid validate(FieldChecks checks, GemeenteGegevens in, Long self) {
        String naam = checks.requiredText("naam", in.naam(), Gemeente.MAX_NAAM);
        Oin oin = checks.optional("oin", in.oin(), Oin::of);
        String contactNaam = checks.optionalText("factuurContactNaam", in.factuurContactNaam(), 100);
        EmailAddress contactEmail = checks.optional("factuurContactEmail", in.factuurContactEmail(), EmailAddress::of);
        FactuurContact contact = null;
        boolean naamGegeven = !isBlank(in.factuurContactNaam());
        boolean emailGegeven = !isBlank(in.factuurContactEmail());
        checks.check(naamGegeven || !emailGegeven, "factuurContactNaam", "verplicht",
                "Vul ook de naam van het factuurcontact in.");
        checks.check(emailGegeven || !naamGegeven, "factuurContactEmail", "verplicht",
                "Vul ook het e-mailadres van het factuurcontact in.");
        if (contactNaam != null && contactEmail != null) {
            try {
                contact = new FactuurContact(contactNaam, contactEmail);
            } catch (InvalidInputException e) {
                checks.addAll(null, e);
            }
        }
        if (in.lead()) {
            Optional<Gemeente> lead = lead();
            checks.check(lead.isEmpty() || lead.get().getId().equals(self), "lead", "lead.bestaat",
                    lead.map(l -> l.getNaam() + " is al de centrumgemeente van de regio.").orElse(""));
        }
        return new Valid(naam, oin, contact);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void mayEdit(Actor actor) {
        if (!actor.is(Role.BEHEERDER) && !actor.is(Role.CONTRACTBEHEERDER)) {
            throw new NotAllowedException("Alleen beheerders en contractbeheerders mogen gemeenten wijzigen.");
        }
    }
}
