package nl.inburgering.portal.openhouse.aanmelding;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * One evidence file of an application: a PDF checked by {@link PdfBewijs} (content, not name, decides
 * the type; size-limited), stored with its name, size, content type and SHA-256 checksum. Referenced
 * by id from the {@link Antwoord} it supports. Immutable: a new upload is a new Bewijsstuk; the old
 * one is removed.
 *
 * <p>The bytes are read only to download the file: lists use {@link BewijsstukInfo}.
 */
@Entity
@Table(name = "bewijsstuk")
public class Bewijsstuk {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "aanmelding_id", nullable = false)
    private Long aanmeldingId;

    @Column(name = "bestandsnaam", nullable = false, length = PdfBewijs.MAX_BESTANDSNAAM)
    private String bestandsnaam;

    @Column(name = "grootte", nullable = false)
    private long grootte;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "inhoud", nullable = false)
    private byte[] inhoud;

    @Column(name = "geupload_op", nullable = false)
    private Instant geuploadOp;

    protected Bewijsstuk() {
    }

    /** Checks the file (see {@link PdfBewijs#controleer}) and reports every problem at once. */
    public Bewijsstuk(long aanmeldingId, String bestandsnaam, byte[] inhoud, long maxBytes, Instant geuploadOp) {
        FieldChecks checks = new FieldChecks();
        PdfBewijs.controleer(checks, bestandsnaam, inhoud, maxBytes);
        checks.throwIfAny();
        this.aanmeldingId = aanmeldingId;
        this.bestandsnaam = PdfBewijs.bestandsnaam(bestandsnaam);
        this.inhoud = inhoud.clone();
        this.grootte = inhoud.length;
        this.sha256 = PdfBewijs.sha256(inhoud);
        this.contentType = PdfBewijs.CONTENT_TYPE;
        this.geuploadOp = Objects.requireNonNull(geuploadOp, "geuploadOp");
    }

    public BewijsstukInfo info() {
        return new BewijsstukInfo(id, aanmeldingId, bestandsnaam, grootte, sha256, contentType, geuploadOp);
    }

    public Long getId() {
        return id;
    }

    public Long getAanmeldingId() {
        return aanmeldingId;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    /** In bytes. */
    public long getGrootte() {
        return grootte;
    }

    /** 64 lower-case hex digits. */
    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    /** A copy of the file. */
    public byte[] getInhoud() {
        return inhoud.clone();
    }

    public Instant getGeuploadOp() {
        return geuploadOp;
    }
}
