package nl.inburgering.portal.web.pages.presentie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import nl.inburgering.portal.contracts.attendance.Resultaat;
import nl.inburgering.portal.contracts.attendance.ResultaatGegevens;
import nl.inburgering.portal.contracts.attendance.ResultaatSoort;
import nl.inburgering.portal.contracts.attendance.Taalniveau;
import nl.inburgering.portal.contracts.attendance.Uitslag;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import org.junit.jupiter.api.Test;

/** The results form sends only the fields of the chosen kind, so what it sends is what the domain accepts. */
class ResultatenBackingTest {

    private static final LocalDate DAG = LocalDate.of(2026, 3, 2);
    private static final Actor AANBIEDER = new Actor("aanbieder.taalhuis", Role.AANBIEDER, null, 7L);

    private static ResultaatGegevens alles(ResultaatSoort soort) {
        return ResultatenBacking.gegevens(12L, soort, Taalniveau.B1, Uitslag.GEHAALD, DAG, "Goed bezig.");
    }

    @Test
    void aLanguageSkillKeepsLevelAndOutcome() {
        for (ResultaatSoort s : new ResultaatSoort[] {ResultaatSoort.LEZEN, ResultaatSoort.LUISTEREN,
                ResultaatSoort.SCHRIJVEN, ResultaatSoort.SPREKEN}) {
            ResultaatGegevens in = alles(s);
            assertEquals(Taalniveau.B1, in.niveau(), s.name());
            assertEquals(Uitslag.GEHAALD, in.uitslag(), s.name());
            assertEquals(12L, in.plaatsingId());
            assertEquals(DAG, in.datum());
        }
    }

    @Test
    void aProgressReportDropsAnOutcomeLeftInTheHiddenField() {
        ResultaatGegevens in = alles(ResultaatSoort.VOORTGANGSRAPPORTAGE);
        assertNull(in.uitslag());
        assertEquals(Taalniveau.B1, in.niveau(), "a level reached so far is optional for a progress report");
        assertEquals("Goed bezig.", in.toelichting());
    }

    @Test
    void completingTheRouteSendsNeitherLevelNorOutcome() {
        ResultaatGegevens in = alles(ResultaatSoort.ROUTE_AFGEROND);
        assertNull(in.niveau());
        assertNull(in.uitslag());
    }

    @Test
    void whatTheFormSendsForEveryKindIsAcceptedByTheDomain() {
        for (ResultaatSoort s : ResultaatSoort.values()) {
            // must not throw: a value left in a field hidden for this kind is not sent
            new Resultaat(12L, alles(s), AANBIEDER);
        }
    }

    @Test
    void theFieldsShownFollowTheKind() {
        assertTrue(ResultatenBacking.metNiveau(ResultaatSoort.KNM));
        assertFalse(ResultatenBacking.metNiveau(ResultaatSoort.ROUTE_AFGEROND));
        assertTrue(ResultatenBacking.metUitslag(ResultaatSoort.KNM));
        assertFalse(ResultatenBacking.metUitslag(ResultaatSoort.VOORTGANGSRAPPORTAGE));
        assertFalse(ResultatenBacking.metUitslag(ResultaatSoort.ROUTE_AFGEROND));
        assertTrue(ResultatenBacking.metUitslag(null), "before a kind is chosen every field is shown");
        assertTrue(ResultatenBacking.metNiveau(null));
    }
}
