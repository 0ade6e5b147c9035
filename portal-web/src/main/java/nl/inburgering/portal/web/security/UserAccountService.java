package nl.inburgering.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.audit.AuditLog;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.openhouse.registratie.Registratie;
import nl.inburgering.portal.openhouse.registratie.RegistratieGegevens;
import nl.inburgering.portal.openhouse.registratie.RegistratieService;
import nl.inburgering.portal.openhouse.registratie.RegistratieStatus;

/**
 * User accounts and API tokens. Only the application administrator manages accounts (DESIGN.md,
 * BEHEERDER: "users, API tokens, reference data, audit log"); every user manages their own API
 * tokens, which act with the user's role and tenancy. Every change is written to the audit log.
 */
@ApplicationScoped
public class UserAccountService {

    static final String GEBRUIKER = "Gebruiker";
    static final String TOKEN = "ApiToken";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,49}");
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD = 200;
    private static final Duration TOKEN_USE_RESOLUTION = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditLog auditLog;

    @Inject
    TenantNames tenantNames;

    @Inject
    RegistratieService registraties;

    Clock clock = Clock.systemUTC();

    /** Checks a username and password; empty for an unknown, inactive or wrong one (no difference shown). */
    public Optional<AuthenticatedUser> authenticatePassword(String gebruikersnaam, String wachtwoord) {
        if (gebruikersnaam == null || wachtwoord == null) {
            return Optional.empty();
        }
        Optional<Gebruiker> found = byUsername(gebruikersnaam.trim().toLowerCase());
        if (found.isEmpty()) {
            // spend the same time as a real check, so response times do not reveal which usernames exist
            PasswordHasher.matches(wachtwoord, DUMMY_HASH);
            return Optional.empty();
        }
        Gebruiker g = found.get();
        if (!PasswordHasher.matches(wachtwoord, g.getWachtwoordHash()) || !g.isActief()) {
            return Optional.empty();
        }
        return Optional.of(new AuthenticatedUser(g.getId(), g.getNaam(), g.asActor(), false));
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("dummy-wachtwoord-voor-timing");

    /** The user behind a bearer token, if the token exists, is not revoked and its user is active. */
    @Transactional
    public Optional<AuthenticatedUser> authenticateToken(String token) {
        if (token == null || !token.startsWith("ikp_") || token.length() > 100) {
            return Optional.empty();
        }
        List<ApiToken> found = em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", PasswordHasher.tokenHash(token))
                .getResultList();
        if (found.isEmpty() || found.get(0).isIngetrokken()) {
            return Optional.empty();
        }
        ApiToken t = found.get(0);
        Gebruiker g = em.find(Gebruiker.class, t.getGebruikerId());
        if (g == null || !g.isActief()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiTokenView v = t.view();
        if (v.laatstGebruikt() == null || v.laatstGebruikt().isBefore(now.minus(TOKEN_USE_RESOLUTION))) {
            t.gebruikt(now);
        }
        return Optional.of(new AuthenticatedUser(g.getId(), g.getNaam(), g.asActor(), true));
    }

    /** Whether the account still exists and is active (checked for running sessions). */
    public boolean isActive(long gebruikerId) {
        Gebruiker g = em.find(Gebruiker.class, gebruikerId);
        return g != null && g.isActief();
    }

    public List<GebruikerView> listUsers(Actor actor) {
        requireBeheerder(actor);
        return em.createQuery("select g from Gebruiker g order by g.gebruikersnaam", Gebruiker.class)
                .getResultStream().map(Gebruiker::view).toList();
    }

    @Transactional
    public GebruikerView createUser(Actor actor, NieuweGebruiker in) {
        requireBeheerder(actor);
        Gebruiker g = newUser(in);
        auditLog.record(actor, AuditLog.AANGEMAAKT, GEBRUIKER, g.getId(),
                "Gebruiker " + g.getGebruikersnaam() + " (" + g.getRol() + ") aangemaakt");
        return g.view();
    }

    /** For the demo data and first start: creates an account without an acting administrator. */
    @Transactional
    public GebruikerView createInitialUser(NieuweGebruiker in) {
        Gebruiker g = newUser(in);
        auditLog.record(Actor.system(), AuditLog.AANGEMAAKT, GEBRUIKER, g.getId(),
                "Gebruiker " + g.getGebruikersnaam() + " (" + g.getRol() + ") aangemaakt");
        return g.view();
    }

    private Gebruiker newUser(NieuweGebruiker in) {
        List<FieldError> errors = new ArrayList<>();
        String username = in.gebruikersnaam() == null ? "" : in.gebruikersnaam().trim().toLowerCase();
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("gebruikersnaam", "gebruikersnaam.ongeldig",
                    "Gebruikersnaam: 3 tot 50 tekens, kleine letters, cijfers en . _ @ -"));
        } else if (byUsername(username).isPresent()) {
            errors.add(new FieldError("gebruikersnaam", "gebruikersnaam.bestaat",
                    "Deze gebruikersnaam is al in gebruik."));
        }
        if (in.naam() == null || in.naam().isBlank()) {
            errors.add(new FieldError("naam", "naam.verplicht", "Naam is verplicht."));
        } else if (in.naam().trim().length() > 120) {
            errors.add(new FieldError("naam", "naam.te-lang", "Naam mag hoogstens 120 tekens zijn."));
        }
        if (in.wachtwoord() == null || in.wachtwoord().length() < MIN_PASSWORD) {
            errors.add(new FieldError("wachtwoord", "wachtwoord.te-kort",
                    "Wachtwoord moet minstens " + MIN_PASSWORD + " tekens hebben."));
        }
        if (in.rol() == null) {
            errors.add(new FieldError("rol", "rol.verplicht", "Kies een rol."));
        } else {
            checkBinding(in, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Gebruiker g = new Gebruiker(username, in.naam().trim(), PasswordHasher.hash(in.wachtwoord()), in.rol(),
                in.rol() == Role.GEMEENTE ? in.gemeenteId() : null,
                in.rol() == Role.AANBIEDER ? in.aanbiederId() : null, clock.instant());
        em.persist(g);
        em.flush();
        return g;
    }

    private void checkBinding(NieuweGebruiker in, List<FieldError> errors) {
        if (in.rol() == Role.GEMEENTE) {
            if (in.gemeenteId() == null || tenantNames.gemeente(in.gemeenteId()).isEmpty()) {
                errors.add(new FieldError("gemeenteId", "gemeente.verplicht",
                        "Een gemeentegebruiker hoort bij een bestaande gemeente."));
            }
        } else if (in.rol() == Role.AANBIEDER) {
            if (in.aanbiederId() == null || tenantNames.aanbieder(in.aanbiederId()).isEmpty()) {
                errors.add(new FieldError("aanbiederId", "aanbieder.verplicht",
                        "Een aanbiedergebruiker hoort bij een bestaande aanbieder."));
            }
        }
    }

    @Transactional
    public void setActive(Actor actor, long gebruikerId, boolean actief) {
        requireBeheerder(actor);
        Gebruiker g = em.find(Gebruiker.class, gebruikerId);
        if (g == null) {
            throw new NotFoundException(GEBRUIKER, gebruikerId);
        }
        if (g.getGebruikersnaam().equals(actor.username()) && !actief) {
            throw InvalidInputException.of("actief", "gebruiker.zelf",
                    "U kunt uw eigen account niet deactiveren.");
        }
        g.activeer(actief);
        auditLog.record(actor, AuditLog.GEWIJZIGD, GEBRUIKER, g.getId(),
                "Gebruiker " + g.getGebruikersnaam() + (actief ? " geactiveerd" : " gedeactiveerd"));
    }

    /** The actor's own tokens, newest first. */
    public List<ApiTokenView> listTokens(Actor actor) {
        Gebruiker g = self(actor);
        return em.createQuery("select t from ApiToken t where t.gebruikerId = :g order by t.aangemaakt desc, t.id desc",
                        ApiToken.class)
                .setParameter("g", g.getId())
                .getResultStream().map(ApiToken::view).toList();
    }

    @Transactional
    public NieuwToken createToken(Actor actor, String naam) {
        Gebruiker g = self(actor);
        if (naam == null || naam.isBlank() || naam.trim().length() > 80) {
            throw InvalidInputException.of("naam", "naam.verplicht",
                    "Geef het token een naam van hoogstens 80 tekens, bijvoorbeeld het systeem dat het gebruikt.");
        }
        String token = PasswordHasher.newToken();
        ApiToken t = new ApiToken(g.getId(), naam.trim(), token, clock.instant());
        em.persist(t);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, TOKEN, t.getId(), "API-token '" + naam.trim() + "' aangemaakt");
        return new NieuwToken(t.getId(), naam.trim(), token);
    }

    /** Revokes one of the actor's own tokens (an administrator may revoke anyone's). */
    @Transactional
    public void revokeToken(Actor actor, long tokenId) {
        ApiToken t = em.find(ApiToken.class, tokenId);
        if (t == null || !(actor.is(Role.BEHEERDER) || t.getGebruikerId().equals(self(actor).getId()))) {
            throw new NotFoundException(TOKEN, tokenId);
        }
        t.trekIn(clock.instant());
        auditLog.record(actor, "INGETROKKEN", TOKEN, t.getId(), "API-token ingetrokken");
    }

    /**
     * A provider's self-registration on the public Open House pages (issue 3): checks the requested
     * user name (free among the accounts) and password (at least 12 characters) together with every
     * field of the request, reports all errors at once, and only then hands the request with the
     * password HASH to the open-house module, which keeps it until a contract manager decides. No
     * account exists until then: the password does not work before approval.
     *
     * @param in         the request as typed; its {@code wachtwoordHash} is ignored
     * @param wachtwoord the password as typed
     */
    @Transactional
    public Registratie registreerAanbieder(RegistratieGegevens in, String wachtwoord) {
        List<FieldError> errors = new ArrayList<>();
        String username = Registratie.normaliseerGebruikersnaam(in.gebruikersnaam());
        if (!username.isEmpty() && byUsername(username).isPresent()) {
            errors.add(new FieldError("gebruikersnaam", "gebruikersnaam.bestaat",
                    "Deze gebruikersnaam is al in gebruik."));
        }
        if (wachtwoord == null || wachtwoord.isEmpty()) {
            errors.add(new FieldError("wachtwoord", "verplicht", "Kies een wachtwoord."));
        } else if (wachtwoord.length() < MIN_PASSWORD) {
            errors.add(new FieldError("wachtwoord", "wachtwoord.te-kort",
                    "Wachtwoord moet minstens " + MIN_PASSWORD + " tekens hebben."));
        } else if (wachtwoord.length() > MAX_PASSWORD) {
            errors.add(new FieldError("wachtwoord", "wachtwoord.te-lang",
                    "Een wachtwoord heeft hoogstens " + MAX_PASSWORD + " tekens."));
        }
        if (!errors.isEmpty()) {
            // the request's own fields too, so the visitor sees every error at once; nothing is stored
            try {
                new Registratie(metHash(in, DUMMY_HASH), clock.instant());
            } catch (InvalidInputException e) {
                e.errors().stream().filter(fe -> errors.stream().noneMatch(x -> x.field().equals(fe.field())))
                        .forEach(errors::add);
            }
            throw new InvalidInputException(errors);
        }
        return registraties.registreer(metHash(in, PasswordHasher.hash(wachtwoord)));
    }

    /**
     * Approves a provider's self-registration and makes its account, in one transaction: the
     * provider is created through {@link RegistratieService#keurGoed}, the account (role AANBIEDER,
     * for that provider) with the user name and password hash of the request, and the hash is then
     * removed from the request ({@link RegistratieService#accountAangemaakt}). Refused, with nothing
     * stored, when the user name has been taken since the request was made. Only contract managers.
     *
     * @return the new account
     */
    @Transactional
    public GebruikerView keurRegistratieGoed(Actor actor, long registratieId) {
        Registratie r = registraties.get(actor, registratieId);
        if (r.getStatus() == RegistratieStatus.AANGEVRAAGD && byUsername(r.getGebruikersnaam()).isPresent()) {
            throw InvalidInputException.of("gebruikersnaam", "gebruikersnaam.bestaat", "Gebruikersnaam "
                    + r.getGebruikersnaam() + " is sinds de aanvraag door een ander account in gebruik genomen; "
                    + "wijs de aanvraag af met het verzoek opnieuw te registreren met een andere gebruikersnaam.");
        }
        long aanbiederId = registraties.keurGoed(actor, registratieId);
        r = registraties.get(actor, registratieId);
        String naam = r.getContactNaam() + " (" + r.getNaam() + ")";
        Gebruiker g = new Gebruiker(r.getGebruikersnaam(), naam.length() <= 120 ? naam : r.getContactNaam(),
                r.getWachtwoordHash(), Role.AANBIEDER, null, aanbiederId, clock.instant());
        em.persist(g);
        em.flush();
        auditLog.record(actor, AuditLog.AANGEMAAKT, GEBRUIKER, g.getId(), "Gebruiker " + g.getGebruikersnaam()
                + " (AANBIEDER, aanbieder " + aanbiederId + ") aangemaakt na goedkeuring van registratie "
                + registratieId);
        registraties.accountAangemaakt(actor, registratieId);
        return g.view();
    }

    private static RegistratieGegevens metHash(RegistratieGegevens in, String hash) {
        return new RegistratieGegevens(in.naam(), in.kvkNummer(), in.soort(), in.brinCode(), in.webErkend(),
                in.webErkendSinds(), in.iban(), in.contactNaam(), in.contactEmail(), in.contactTelefoon(),
                in.gebruikersnaam(), hash);
    }

    public long countUsers() {
        return em.createQuery("select count(g) from Gebruiker g", Long.class).getSingleResult();
    }

    private Gebruiker self(Actor actor) {
        return byUsername(actor.username()).orElseThrow(NotAuthenticatedException::new);
    }

    private Optional<Gebruiker> byUsername(String username) {
        return em.createQuery("select g from Gebruiker g where g.gebruikersnaam = :u", Gebruiker.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    private static void requireBeheerder(Actor actor) {
        if (!actor.is(Role.BEHEERDER)) {
            throw new NotAllowedException("Alleen een beheerder beheert gebruikers.");
        }
    }
}
