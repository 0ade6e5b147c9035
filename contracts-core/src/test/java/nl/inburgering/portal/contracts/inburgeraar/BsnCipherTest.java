package nl.inburgering.portal.contracts.inburgeraar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import nl.inburgering.portal.contracts.shared.Bsn;
import org.junit.jupiter.api.Test;

class BsnCipherTest {

    private static final Bsn BSN = Bsn.of("111222333");

    private static byte[] key(int seed) {
        byte[] k = new byte[32];
        Arrays.fill(k, (byte) seed);
        k[0] = 42;
        return k;
    }

    private final BsnCipher cipher = new BsnCipher(key(1));

    @Test
    void decryptsWhatItEncrypted() {
        assertEquals(BSN, cipher.decrypt(cipher.encrypt(BSN)));
        assertEquals(Bsn.of("012345672"), cipher.decrypt(cipher.encrypt(Bsn.of("012345672"))));
    }

    @Test
    void theSameBsnNeverGivesTheSameText() {
        String a = cipher.encrypt(BSN);
        String b = cipher.encrypt(BSN);
        assertNotEquals(a, b);
        assertTrue(a.startsWith("v1:"));
        assertFalse(a.contains("111222333"));
        // 12-byte IV + 9 bytes of ciphertext + 16-byte tag
        assertEquals(12 + 9 + 16, Base64.getDecoder().decode(a.substring(3)).length);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        String stored = cipher.encrypt(BSN);
        BsnCipher other = new BsnCipher(key(2));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> other.decrypt(stored));
        assertFalse(e.getMessage().contains("111222333"));
    }

    @Test
    void aChangedTextIsDetectedNotDecryptedToGarbage() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt(BSN).substring(3));
        raw[15] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("111222333"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:AAAA"));
        assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:not base64!"));
    }

    @Test
    void theFingerprintIsStableKeyedAndHex() {
        String f = cipher.fingerprint(BSN);
        assertEquals(f, cipher.fingerprint(Bsn.of("1112.22.333")));
        assertEquals(f, new BsnCipher(key(1)).fingerprint(BSN));
        assertTrue(f.matches("[0-9a-f]{64}"), f);
        assertNotEquals(f, cipher.fingerprint(Bsn.of("123456782")));
        assertNotEquals(f, new BsnCipher(key(2)).fingerprint(BSN));
    }

    @Test
    void theKeyIs256BitsFromBase64() {
        assertThrows(IllegalArgumentException.class, () -> new BsnCipher(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> BsnCipher.fromBase64("geen sleutel"));
        BsnCipher fromConfig = BsnCipher.fromBase64(Base64.getEncoder().encodeToString(key(1)));
        assertEquals(BSN, fromConfig.decrypt(cipher.encrypt(BSN)));
        assertEquals(cipher.fingerprint(BSN), fromConfig.fingerprint(BSN));
    }
}
