package nl.inburgering.portal.web.api.inburgeraars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A BSN never travels in a URL: the search text of {@code GET /inburgeraars} refuses one. */
class InburgeraarsResourceTest {

    @Test
    void aBsnInTheSearchTextIsRefusedInWhateverFormItIsTyped() {
        for (String bsn : new String[] {"725763863", "7257.63.863", "725 763 863", "72576386"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> InburgeraarsResource.zoekterm(bsn), bsn);
            assertEquals("zoekterm.bsn", e.errors().get(0).code());
            assertFalse(e.errors().get(0).message().contains(bsn.strip()), "the message does not echo the BSN");
        }
    }

    @Test
    void namesAndClientReferencesAreSearchText() {
        assertEquals("Haddad", InburgeraarsResource.zoekterm(" Haddad "));
        assertEquals("KL-EEM-1001", InburgeraarsResource.zoekterm("KL-EEM-1001"));
        assertEquals("1001", InburgeraarsResource.zoekterm("1001"));
        assertNull(InburgeraarsResource.zoekterm("  "));
    }
}
