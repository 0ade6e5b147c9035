package nl.inburgering.portal.openhouse.registratie;

import static nl.inburgering.portal.openhouse.InvalidInput.assertFieldsRefused;
import static nl.inburgering.portal.openhouse.InvalidInput.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.inburgering.portal.contracts.aanbieder.AanbiederGegevens;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;

class RegistratieTest {

    private static final Instant NU = Instant.parse("2026-02-01T09:00:00Z");
    private static final String HASH = "pbkdf2-sha256$210000$c2FsdA$aGFzaA";

    private static RegistratieGegevens instelling(String brin, boolean web, LocalDate sinds) {
        return new RegistratieGegevens("Noorderpoort", "4100 9723", AanbiederSoort.ONDERWIJSINSTELLING, brin, web, sinds,
                "NL91 ABNA 0417 1643 00", "Jan Jansen", "jan@noorderpoort.nl", "+31 50 123 4567", " Jan.Jansen ", HASH);
    }

    private static Registratie aanvraag() {
        return new Registratie(instelling("25lp", true, LocalDate.of(2020, 8, 1)), NU);
    }

    @Test
    void aValidRequestAwaitsApprovalWithNormalisedValues() {
        Registratie r = aanvraag();
        assertEquals(RegistratieStatus.AANGEVRAAGD, r.getStatus());
        assertEquals("41009723", r.getKvkNummer().value());
        assertEquals("25LP", r.getBrinCode().value());
        assertEquals("jan.jansen", r.getGebruikersnaam());
        assertEquals(HASH, r.getWachtwoordHash());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        RegistratieGegevens fout = new RegistratieGegevens(" ", "1234", AanbiederSoort.TAALAANBIEDER, "25LP", true, null,
                "NL00 FOUT", "", "geen-mail", "bel me", "x", HASH);
        assertFieldsRefused(Set.of("naam", "kvkNummer", "brinCode", "webErkend", "webErkendSinds", "iban", "contactNaam",
                "contactEmail", "contactTelefoon", "gebruikersnaam"), () -> new Registratie(fout, NU));
    }

    @Test
    void anInstitutionGivesItsBrinOrRioCode() {
        assertRefused("brin.verplicht", () -> new Registratie(instelling(" ", false, null), NU));
        assertRefused("brin.ongeldig", () -> new Registratie(instelling("2!", false, null), NU));
        assertFalse(new Registratie(instelling("25LP", false, null), NU).isWebErkend());
    }

    @Test
    void webRecognitionNeedsItsDate() {
        assertRefused("web.datum-verplicht", () -> new Registratie(instelling("25LP", true, null), NU));
        assertRefused("web.datum-zonder-erkenning",
                () -> new Registratie(instelling("25LP", false, LocalDate.of(2020, 1, 1)), NU));
    }

    @Test
    void onlyAHashIsTakenNeverAnEmptyOne() {
        RegistratieGegevens zonder = new RegistratieGegevens("Taalhuis", "12345678", AanbiederSoort.TAALAANBIEDER, null,
                false, null, "NL91ABNA0417164300", "Piet", "piet@taalhuis.nl", null, "piet", " ");
        assertThrows(IllegalArgumentException.class, () -> new Registratie(zonder, NU));
        assertFalse(zonder.toString().contains(HASH));
    }

    @Test
    void approvalRecordsTheNewProviderOnce() {
        Registratie r = aanvraag();
        AanbiederGegevens a = r.alsAanbieder();
        assertEquals("41009723", a.kvkNummer());
        assertEquals("25LP", a.brinCode());
        assertEquals("NL91ABNA0417164300", a.iban());
        assertEquals("jan@noorderpoort.nl", a.contactEmail());
        assertTrue(a.webErkend());

        assertThrows(StateConflictException.class, r::wisWachtwoordHash);
        r.keurGoed(11L, "contractbeheerder", NU);
        assertEquals(RegistratieStatus.GOEDGEKEURD, r.getStatus());
        assertEquals(11L, r.getAanbiederId());
        assertEquals(HASH, r.getWachtwoordHash(), "kept until the account is made");
        assertThrows(StateConflictException.class, () -> r.keurGoed(12L, "contractbeheerder", NU));
        assertThrows(StateConflictException.class, () -> r.wijsAf("alsnog", "contractbeheerder", NU));
        r.wisWachtwoordHash();
        assertNull(r.getWachtwoordHash());
    }

    @Test
    void aRejectionNeedsAReasonAndDropsTheHash() {
        Registratie r = aanvraag();
        assertRefused("verplicht", () -> r.wijsAf(" ", "contractbeheerder", NU));
        r.wijsAf("Geen onderwijsinstelling volgens RIO.", "contractbeheerder", NU);
        assertEquals(RegistratieStatus.AFGEWEZEN, r.getStatus());
        assertNull(r.getWachtwoordHash());
        assertThrows(StateConflictException.class, () -> r.keurGoed(11L, "contractbeheerder", NU));
    }
}
