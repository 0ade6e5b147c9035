package nl.inburgering.portal.openhouse.aanmelding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * The rules for evidence uploads (DESIGN.md, "Open House procedure": evidence as PDF upload,
 * size-limited; "Data, privacy, security": uploads checked for type and size). Pure.
 *
 * <p>The type is decided by the content, never by the name or the content type the browser sends:
 * a PDF starts with the bytes {@code %PDF-} (ISO 32000-1, 7.5.2, the file header). The size limit is
 * {@code portal.openhouse.max-bewijs-bytes}. A SHA-256 checksum is stored with each file, so what the
 * provider sent can be shown to be unchanged.
 */
public final class PdfBewijs {

    public static final String CONTENT_TYPE = "application/pdf";
    static final int MAX_BESTANDSNAAM = 255;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final BigDecimal KB = BigDecimal.valueOf(1024L);
    private static final BigDecimal MB = BigDecimal.valueOf(1024L * 1024L);

    private PdfBewijs() {
    }

    /** Records every problem with the file: no name, empty, too large, not a PDF. */
    public static void controleer(FieldChecks checks, String bestandsnaam, byte[] inhoud, long maxBytes) {
        checks.check(!bestandsnaam(bestandsnaam).isEmpty(), "bestandsnaam", "verplicht", "Het bestand heeft geen naam.");
        if (inhoud == null || inhoud.length == 0) {
            checks.add("bestand", "bewijs.leeg", "Het bestand is leeg.");
            return;
        }
        checks.check(inhoud.length <= maxBytes, "bestand", "bewijs.te-groot", "Het bestand is "
                + grootte(inhoud.length, RoundingMode.CEILING) + "; het maximum is " + grootte(maxBytes, RoundingMode.FLOOR)
                + ".");
        checks.check(isPdf(inhoud), "bestand", "bewijs.geen-pdf",
                "Alleen pdf-bestanden worden geaccepteerd; dit bestand is geen pdf.");
    }

    /** Whether the content starts with the PDF file header. */
    public static boolean isPdf(byte[] inhoud) {
        if (inhoud == null || inhoud.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (inhoud[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of the content, 64 lower-case hex digits. */
    public static String sha256(byte[] inhoud) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inhoud));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * The file name without any folder a browser may send ({@code C:\stukken\erkenning.pdf}), without
     * control characters, trimmed and at most 255 characters; empty when nothing is left.
     */
    public static String bestandsnaam(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        s = s.replaceAll("\\p{Cntrl}", "").strip();
        return s.length() <= MAX_BESTANDSNAAM ? s : s.substring(s.length() - MAX_BESTANDSNAAM);
    }

    /**
     * A size for people: {@code 5 MB}, {@code 7,3 MB}, {@code 800 kB}. The size of a refused file is
     * rounded up and the limit down, so the two never read the same.
     */
    static String grootte(long bytes, RoundingMode afronding) {
        if (bytes >= MB.longValue()) {
            BigDecimal mb = BigDecimal.valueOf(bytes).divide(MB, 1, afronding);
            return mb.stripTrailingZeros().toPlainString().replace('.', ',') + " MB";
        }
        return BigDecimal.valueOf(bytes).divide(KB, 0, afronding).toPlainString() + " kB";
    }
}
