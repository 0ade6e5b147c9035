package nl.inburgering.portal.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String stored = PasswordHasher.hash("correct horse battery");
        assertTrue(PasswordHasher.matches("correct horse battery", stored));
        assertFalse(PasswordHasher.matches("correct horse batterY", stored));
        assertFalse(PasswordHasher.matches("", stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(PasswordHasher.hash("zelfde wachtwoord"), PasswordHasher.hash("zelfde wachtwoord"));
    }

    @Test
    void storedFormNamesAlgorithmAndIterations() {
        String[] parts = PasswordHasher.hash("x".repeat(12)).split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHasher.ITERATIONS), parts[1]);
        assertFalse(PasswordHasher.matches("x".repeat(12), "garbage"));
        assertFalse(PasswordHasher.matches("x".repeat(12), null));
    }

    @Test
    void tokensAreLongRandomAndHashStably() {
        String a = PasswordHasher.newToken();
        String b = PasswordHasher.newToken();
        assertTrue(a.startsWith("ikp_"));
        assertEquals(47, a.length());
        assertNotEquals(a, b);
        assertEquals(PasswordHasher.tokenHash(a), PasswordHasher.tokenHash(a));
        assertEquals(64, PasswordHasher.tokenHash(a).length());
    }
}
