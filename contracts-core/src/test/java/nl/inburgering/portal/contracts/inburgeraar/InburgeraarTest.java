package nl.inburgering.portal.contracts.inburgeraar;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.Bsn;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

class InburgeraarTest {

    private static final LocalDate PIP = LocalDate.of(2026, 1, 10);
    private final BsnCipher cipher = new BsnCipher(new byte[32]);

    @Test
    void storesOnlyTheEncryptedBsnAndItsFingerprint() {
        Bsn bsn = Bsn.of("111222333");
        Inburgeraar i = new Inburgeraar(2L, "K-1", cipher.encrypt(bsn), cipher.fingerprint(bsn), "A.", "Ahmadi",
                Doelgroep.ASIELMIGRANT, Leerroute.B1_ROUTE, PIP, false, null);
        assertTrue(i.heeftBsn());
        assertEquals(bsn, cipher.decrypt(i.getBsnVersleuteld()));
        assertFalse(i.toString().contains("Ahmadi"));
    }

    @Test
    void refusesAPlainBsnOrOneWithoutFingerprint() {
        assertThrows(IllegalArgumentException.class, () -> new Inburgeraar(2L, "K-1", "111222333",
                cipher.fingerprint(Bsn.of("111222333")), "A.", "Ahmadi", Doelgroep.ASIELMIGRANT, Leerroute.B1_ROUTE, PIP,
                false, null));
        assertThrows(IllegalArgumentException.class, () -> new Inburgeraar(2L, "K-1",
                cipher.encrypt(Bsn.of("111222333")), null, "A.", "Ahmadi", Doelgroep.ASIELMIGRANT, Leerroute.B1_ROUTE,
                PIP, false, null));
    }

    @Test
    void anAsylumMigrantIsNeverAZelfbetaler() {
        assertRefused("inburgeraar.asielmigrant-zelfbetaler", () -> new Inburgeraar(2L, "K-1", null, null, "A.",
                "Ahmadi", Doelgroep.ASIELMIGRANT, Leerroute.B1_ROUTE, PIP, true, null));
        Inburgeraar gezinsmigrant = new Inburgeraar(2L, "K-2", null, null, "B.", "Bakker", Doelgroep.GEZINSMIGRANT,
                Leerroute.ONDERWIJSROUTE, PIP, true, 7L);
        assertTrue(gezinsmigrant.isZelfbetaler());
        assertFalse(gezinsmigrant.heeftBsn());
    }

    @Test
    void reportsAllMissingFieldsAtOnce() {
        assertFieldsRefused(Set.of("klantReferentie", "voorletters", "achternaam", "doelgroep", "leerroute", "pipDatum"),
                () -> new Inburgeraar(2L, "", null, null, null, " ", null, null, null, false, null));
    }

    @Test
    void aNewPipChangesTheRoute() {
        Inburgeraar i = new Inburgeraar(2L, "K-1", null, null, "A.", "Ahmadi", Doelgroep.OVERIG, Leerroute.B1_ROUTE,
                PIP, false, null);
        i.wijzigRoute(Leerroute.Z_ROUTE, PIP.plusMonths(3));
        assertEquals(Leerroute.Z_ROUTE, i.getLeerroute());
        assertEquals(PIP.plusMonths(3), i.getPipDatum());
        assertRefused("verplicht", () -> i.wijzigRoute(null, PIP));
    }

    @Test
    void correctionsCheckEveryFieldAtOnceAndKeepTheGemeente() {
        Inburgeraar i = new Inburgeraar(2L, "K-1", null, null, "A.", "Ahmadi", Doelgroep.GEZINSMIGRANT,
                Leerroute.B1_ROUTE, PIP, true, null);
        assertFieldsRefused(Set.of("klantReferentie", "achternaam", "pipDatum"),
                () -> i.wijzig(" ", "A.", null, Doelgroep.GEZINSMIGRANT, Leerroute.B1_ROUTE, null, true, null));
        assertRefused("inburgeraar.asielmigrant-zelfbetaler",
                () -> i.wijzig("K-1", "A.", "Ahmadi", Doelgroep.ASIELMIGRANT, Leerroute.B1_ROUTE, PIP, true, null));
        assertEquals("Ahmadi", i.getAchternaam());

        i.wijzig("K-1b", "A.B.", "Ahmadi-Bakker", Doelgroep.OVERIG, Leerroute.Z_ROUTE, PIP.plusDays(1), false, 7L);
        assertEquals("K-1b", i.getKlantReferentie());
        assertEquals("Ahmadi-Bakker", i.getAchternaam());
        assertEquals(Leerroute.Z_ROUTE, i.getLeerroute());
        assertEquals(7L, i.getVoorkeurAanbiederId());
        assertEquals(2L, i.getGemeenteId());
    }

    @Test
    void aCorrectedBsnIsStoredEncryptedOnly() {
        Inburgeraar i = new Inburgeraar(2L, "K-1", null, null, "A.", "Ahmadi", Doelgroep.OVERIG, Leerroute.B1_ROUTE,
                PIP, false, null);
        Bsn bsn = Bsn.of("111222333");
        assertThrows(IllegalArgumentException.class, () -> i.vervangBsn("111222333", cipher.fingerprint(bsn)));
        assertThrows(IllegalArgumentException.class, () -> i.vervangBsn(null, null));
        i.vervangBsn(cipher.encrypt(bsn), cipher.fingerprint(bsn));
        assertTrue(i.heeftBsn());
        assertEquals(bsn, cipher.decrypt(i.getBsnVersleuteld()));
    }
}
