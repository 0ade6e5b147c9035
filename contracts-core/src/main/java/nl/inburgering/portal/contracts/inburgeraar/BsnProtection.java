package nl.inburgering.portal.contracts.inburgeraar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.Bsn;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's {@link BsnCipher}, keyed from MicroProfile Config property
 * {@value #KEY_PROPERTY}: base64 of 32 random bytes (environment variable {@code PORTAL_BSN_KEY};
 * generate one with {@code openssl rand -base64 32}). Keep the key outside the database: whoever has
 * both can read every BSN.
 *
 * <p>A missing or invalid key does not stop the portal from starting; the first use of a BSN fails
 * with a clear message instead. Changing the key makes the stored BSNs unreadable (no key rotation
 * yet: the {@code v1:} prefix leaves room for it).
 */
@ApplicationScoped
public class BsnProtection {

    public static final String KEY_PROPERTY = "portal.bsn.key";

    @Inject
    @ConfigProperty(name = KEY_PROPERTY)
    private Optional<String> key;

    private volatile BsnCipher cipher;

    private BsnCipher cipher() {
        BsnCipher c = cipher;
        if (c == null) {
            String k = key.filter(s -> !s.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "Configuratie " + KEY_PROPERTY + " ontbreekt: base64 van 32 bytes (openssl rand -base64 32)"));
            try {
                c = BsnCipher.fromBase64(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Configuratie " + KEY_PROPERTY + " is ongeldig: " + e.getMessage());
            }
            cipher = c;
        }
        return c;
    }

    public String encrypt(Bsn bsn) {
        return cipher().encrypt(bsn);
    }

    public Bsn decrypt(String stored) {
        return cipher().decrypt(stored);
    }

    public String fingerprint(Bsn bsn) {
        return cipher().fingerprint(bsn);
    }
}
