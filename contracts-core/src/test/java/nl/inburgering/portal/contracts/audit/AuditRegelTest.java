package nl.inburgering.portal.contracts.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import nl.inburgering.portal.contracts.access.Role;
import org.junit.jupiter.api.Test;

class AuditRegelTest {

    private static AuditRegel regel(String samenvatting) {
        return new AuditRegel(Instant.parse("2026-03-01T10:00:00Z"), "consulent", Role.GEMEENTE, "AANGEMAAKT",
                "Inburgeraar", 7L, samenvatting);
    }

    @Test
    void aBsnThatSlipsIntoTheSummaryIsMasked() {
        assertEquals("Inburgeraar XXXXX2333 geregistreerd", regel("Inburgeraar 111222333 geregistreerd").getSamenvatting());
        assertEquals("bsn=XXXXX5672;", regel("bsn=012345672;").getSamenvatting());
    }

    @Test
    void otherNumbersAreKept() {
        // 123456789 fails the 11-test; 10 and 8 digits are no BSN; a KvK number stays readable
        assertEquals("factuur 123456789, IBAN-deel 0417164300, KvK 12345678",
                regel("factuur 123456789, IBAN-deel 0417164300, KvK 12345678").getSamenvatting());
    }

    @Test
    void aLongSummaryIsCutToFit() {
        assertEquals(AuditRegel.MAX_SAMENVATTING, regel("x".repeat(5000)).getSamenvatting().length());
    }

    @Test
    void whoWhatAndWhenAreRequired() {
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRegel(Instant.now(), " ", Role.BEHEERDER, "GEWIJZIGD", "Gemeente", 1L, null));
        assertThrows(NullPointerException.class,
                () -> new AuditRegel(null, "admin", Role.BEHEERDER, "GEWIJZIGD", "Gemeente", 1L, null));
        assertThrows(IllegalArgumentException.class,
                () -> new AuditRegel(Instant.now(), "admin", Role.BEHEERDER, "", "Gemeente", 1L, null));
    }
}
