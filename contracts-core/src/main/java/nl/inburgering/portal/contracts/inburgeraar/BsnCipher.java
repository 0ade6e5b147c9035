package nl.inburgering.portal.contracts.inburgeraar;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.inburgering.portal.contracts.shared.Bsn;

/**
 * Encryption at rest for BSNs (DESIGN.md, "Data, privacy, security": BSN encrypted with a key from
 * configuration; AVG art. 32 and art. 46 UAVG on national identification numbers).
 *
 * <ul>
 * <li>{@link #encrypt}: AES-256-GCM with a fresh random 12-byte IV per value, stored as
 * {@code v1:<base64(iv || ciphertext || tag)>}. The same BSN never gives the same text twice; a
 * changed or foreign ciphertext fails authentication instead of decrypting to garbage.</li>
 * <li>{@link #fingerprint}: HMAC-SHA256 of the BSN, as 64 hex characters: equal for equal BSNs, so
 * "one inburgeraar per BSN in the region" is a unique index, checked without decrypting anything,
 * and useless without the key (a plain hash of a 9-digit number would be brute-forced in seconds).</li>
 * </ul>
 * Both keys are derived from the one configured 32-byte master key (HMAC-SHA256 with a fixed label
 * each), so a key is never used for two purposes. Thread-safe; plain Java, so it is tested without a
 * container. The CDI bean that reads the key from configuration is {@link BsnProtection}.
 */
public final class BsnCipher {

    static final String VERSION = "v1:";
    private static final int IV_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] AAD = "bsn-v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    /** @param masterKey 32 bytes (256 bits) */
    public BsnCipher(byte[] masterKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the BSN key must be 32 bytes (256 bits), not " + masterKey.length);
        }
        this.encryptionKey = new SecretKeySpec(derive(masterKey, "bsn-encryptie"), "AES");
        this.fingerprintKey = new SecretKeySpec(derive(masterKey, "bsn-vingerafdruk"), "HmacSHA256");
    }

    /** From the configured form: the key as base64 of 32 bytes. */
    public static BsnCipher fromBase64(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(Objects.requireNonNull(base64Key, "key").strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the BSN key is not valid base64", e);
        }
        try {
            return new BsnCipher(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static byte[] derive(byte[] masterKey, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }

    /** {@code v1:<base64(iv || ciphertext || tag)>}, different on every call. */
    public String encrypt(Bsn bsn) {
        Objects.requireNonNull(bsn, "bsn");
        try {
            byte[] iv = new byte[IV_LENGTH];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII));
            byte[] out = new byte[IV_LENGTH + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_LENGTH);
            System.arraycopy(sealed, 0, out, IV_LENGTH, sealed.length);
            return VERSION + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("BSN kon niet worden versleuteld", e);
        }
    }

    /**
     * The BSN back; {@link IllegalStateException} when the text was not made with this key or was
     * changed. The message never contains the BSN or the ciphertext.
     */
    public Bsn decrypt(String stored) {
        Objects.requireNonNull(stored, "stored");
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("onbekend formaat van versleuteld BSN");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            if (in.length <= IV_LENGTH) {
                throw new IllegalStateException("versleuteld BSN is te kort");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_LENGTH));
            cipher.updateAAD(AAD);
            byte[] plain = cipher.doFinal(in, IV_LENGTH, in.length - IV_LENGTH);
            return Bsn.of(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("BSN kan niet worden ontsleuteld: verkeerde sleutel of gewijzigde gegevens");
        }
    }

    /** Keyed fingerprint: 64 lower-case hex characters, equal for equal BSNs under the same key. */
    public String fingerprint(Bsn bsn) {
        Objects.requireNonNull(bsn, "bsn");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprintKey);
            return HexFormat.of().formatHex(mac.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }
}
