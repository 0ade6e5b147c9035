package nl.inburgering.portal.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token for the REST API, created by a user and acting with that user's role and tenancy.
 * Only a SHA-256 hash is stored; the token itself is shown once, at creation. A revoked token stays
 * (for the audit trail) but never authenticates again.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gebruiker_id", nullable = false)
    private Long gebruikerId;

    @Column(name = "naam", nullable = false, length = 80)
    private String naam;

    /** The first characters of the token, so a user can tell tokens apart. */
    @Column(name = "prefix", nullable = false, length = 12)
    private String prefix;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "aangemaakt", nullable = false)
    private Instant aangemaakt;

    @Column(name = "laatst_gebruikt")
    private Instant laatstGebruikt;

    @Column(name = "ingetrokken")
    private Instant ingetrokken;

    protected ApiToken() {
    }

    ApiToken(Long gebruikerId, String naam, String token, Instant aangemaakt) {
        this.gebruikerId = gebruikerId;
        this.naam = naam;
        this.prefix = token.substring(0, 12);
        this.tokenHash = PasswordHasher.tokenHash(token);
        this.aangemaakt = aangemaakt;
    }

    void trekIn(Instant when) {
        if (ingetrokken == null) {
            ingetrokken = when;
        }
    }

    void gebruikt(Instant when) {
        laatstGebruikt = when;
    }

    boolean isIngetrokken() {
        return ingetrokken != null;
    }

    Long getId() {
        return id;
    }

    Long getGebruikerId() {
        return gebruikerId;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, naam, prefix, aangemaakt, laatstGebruikt, ingetrokken);
    }
}
