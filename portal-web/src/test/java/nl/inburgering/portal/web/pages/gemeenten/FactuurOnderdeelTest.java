package nl.inburgering.portal.web.pages.gemeenten;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import nl.inburgering.portal.contracts.gemeente.Adres;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.shared.CbsCode;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.Oin;
import org.junit.jupiter.api.Test;

/**
 * The list tells the contract manager what the UBL invoice of a statement still lacks of a gemeente, by the same
 * rule as the export: OIN and address of every gemeente, IBAN and VAT identifier of the centrumgemeente only.
 */
class FactuurOnderdeelTest {

    private static final Adres STADHUIS = new Adres("Grote Markt 1", "9712 HN", "Groningen");

    private static Gemeente gemeente(boolean lead, boolean oin) {
        return new Gemeente(CbsCode.of(lead ? "0014" : "1979"), lead ? "Groningen" : "Eemsdelta",
                oin ? Oin.of("00000001001589623000") : null, lead, null);
    }

    /** A row as the list shows it; the entity has no id outside the database. */
    private static GemeenteRij rij(Gemeente g) {
        return new GemeenteRij(1, g.getCbsCode().value(), g.getNaam(), null, g.isLead(),
                FactuurOnderdeel.ontbrekend(g));
    }

    @Test
    void aNewLeadLacksEverythingAndIsCompleteOnceAllIsSet() {
        Gemeente groningen = gemeente(true, true);
        assertEquals(List.of(FactuurOnderdeel.ADRES, FactuurOnderdeel.IBAN, FactuurOnderdeel.BTW_NUMMER),
                FactuurOnderdeel.ontbrekend(groningen));

        groningen.wijzigFactuurgegevens(STADHUIS, Iban.of("NL64BNGH0285001789"), null);
        assertEquals(List.of(FactuurOnderdeel.BTW_NUMMER), FactuurOnderdeel.ontbrekend(groningen));

        groningen.wijzigFactuurgegevens(STADHUIS, Iban.of("NL64BNGH0285001789"), "NL001589623B01");
        assertEquals(List.of(), FactuurOnderdeel.ontbrekend(groningen));
        assertTrue(rij(groningen).compleet());
    }

    @Test
    void aParticipatingGemeenteNeedsOnlyItsOinAndAddress() {
        Gemeente eemsdelta = gemeente(false, false);
        assertEquals(List.of(FactuurOnderdeel.OIN, FactuurOnderdeel.ADRES), FactuurOnderdeel.ontbrekend(eemsdelta));
        assertFalse(rij(eemsdelta).compleet());

        eemsdelta.wijzigFactuurgegevens(STADHUIS, null, null);
        assertEquals(List.of(FactuurOnderdeel.OIN), FactuurOnderdeel.ontbrekend(eemsdelta));
        assertEquals(List.of(FactuurOnderdeel.ADRES), FactuurOnderdeel.ontbrekend(gemeente(false, true)));

        Gemeente metOin = gemeente(false, true);
        metOin.wijzigFactuurgegevens(STADHUIS, null, null);
        assertTrue(rij(metOin).compleet(), "no IBAN or VAT number needed of a participant");
    }

    @Test
    void everyPartHasItsTextInBothLanguages() throws IOException {
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/nl/inburgering/portal/web/i18n/" + file)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (FactuurOnderdeel o : FactuurOnderdeel.values()) {
                assertTrue(texts.containsKey("gemeente.factuurgegevens.onderdeel." + o.name()), o + " in " + file);
            }
        }
    }
}
