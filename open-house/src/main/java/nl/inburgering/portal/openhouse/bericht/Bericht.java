package nl.inburgering.portal.openhouse.bericht;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * A message in a provider's in-portal inbox (issue 3: decisions on applications reach the provider
 * in the portal). The portal writes it; the provider reads it and marks it read
 * ({@link #markeerGelezen}). The text is never changed afterwards: it is what the provider was told,
 * and when.
 */
@Entity
@Table(name = "bericht")
public class Bericht {

    static final int MAX_ONDERWERP = 200;
    static final int MAX_TEKST = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Column(name = "onderwerp", nullable = false, length = MAX_ONDERWERP)
    private String onderwerp;

    @Column(name = "tekst", nullable = false, length = MAX_TEKST)
    private String tekst;

    @Column(name = "datum", nullable = false)
    private Instant datum;

    @Column(name = "gelezen_op")
    private Instant gelezenOp;

    protected Bericht() {
    }

    public Bericht(long aanbiederId, String onderwerp, String tekst, Instant datum) {
        FieldChecks checks = new FieldChecks();
        String o = checks.requiredText("onderwerp", onderwerp, MAX_ONDERWERP);
        String t = checks.requiredText("tekst", tekst, MAX_TEKST);
        checks.throwIfAny();
        this.aanbiederId = aanbiederId;
        this.onderwerp = o;
        this.tekst = t;
        this.datum = Objects.requireNonNull(datum, "datum");
    }

    /** Marks the message read; reading it again changes nothing. Returns whether it was unread. */
    public boolean markeerGelezen(Instant op) {
        if (gelezenOp != null) {
            return false;
        }
        gelezenOp = Objects.requireNonNull(op, "op");
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public String getOnderwerp() {
        return onderwerp;
    }

    public String getTekst() {
        return tekst;
    }

    /** When it was sent. */
    public Instant getDatum() {
        return datum;
    }

    public boolean isGelezen() {
        return gelezenOp != null;
    }

    /** When it was first read; null while unread. */
    public Instant getGelezenOp() {
        return gelezenOp;
    }

    @Override
    public String toString() {
        return onderwerp;
    }
}
