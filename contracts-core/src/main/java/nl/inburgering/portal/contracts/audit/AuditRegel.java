package nl.inburgering.portal.contracts.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.Bsn;

/**
 * One line of the audit log (DESIGN.md, "Domain model", Auditregel): when, who, in which role, what
 * action on which entity, and a short summary. Every mutation, and every export or view of personal
 * data, writes one (AVG art. 5(2) and 32: accountability and logging of access to personal data).
 *
 * <p>Append-only: there are no methods that change a line, and the database refuses UPDATE and
 * DELETE on the table. No BSN in it (DESIGN.md, "Data, privacy, security"): as a safety net, any
 * 9-digit number in the summary that passes the 11-test is masked before it is stored.
 */
@Entity
@Table(name = "audit_regel")
public class AuditRegel {

    static final int MAX_SAMENVATTING = 1000;
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<!\\d)\\d{9}(?!\\d)");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "tijdstip", nullable = false)
    private Instant tijdstip;

    @Column(name = "gebruiker", nullable = false, length = 100)
    private String gebruiker;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", nullable = false, length = 20)
    private Role rol;

    @Column(name = "actie", nullable = false, length = 50)
    private String actie;

    @Column(name = "entiteit", nullable = false, length = 50)
    private String entiteit;

    @Column(name = "entiteit_id")
    private Long entiteitId;

    @Column(name = "samenvatting", length = MAX_SAMENVATTING)
    private String samenvatting;

    protected AuditRegel() {
    }

    public AuditRegel(Instant tijdstip, String gebruiker, Role rol, String actie, String entiteit,
            Long entiteitId, String samenvatting) {
        this.tijdstip = Objects.requireNonNull(tijdstip, "tijdstip");
        this.gebruiker = requireText(gebruiker, "gebruiker", 100);
        this.rol = Objects.requireNonNull(rol, "rol");
        this.actie = requireText(actie, "actie", 50);
        this.entiteit = requireText(entiteit, "entiteit", 50);
        this.entiteitId = entiteitId;
        this.samenvatting = samenvatting == null ? null : truncate(maskBsns(samenvatting.strip()));
    }

    private static String requireText(String s, String name, int max) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max);
    }

    private static String truncate(String s) {
        return s.length() <= MAX_SAMENVATTING ? s : s.substring(0, MAX_SAMENVATTING - 1) + "…";
    }

    /** Replaces every stand-alone 9-digit number that passes the 11-test by its masked form. */
    static String maskBsns(String text) {
        Matcher m = NINE_DIGITS.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String digits = m.group();
            m.appendReplacement(sb, Bsn.passesElevenTest(digits) ? Bsn.mask(digits) : digits);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getTijdstip() {
        return tijdstip;
    }

    public String getGebruiker() {
        return gebruiker;
    }

    public Role getRol() {
        return rol;
    }

    public String getActie() {
        return actie;
    }

    public String getEntiteit() {
        return entiteit;
    }

    public Long getEntiteitId() {
        return entiteitId;
    }

    public String getSamenvatting() {
        return samenvatting;
    }
}
