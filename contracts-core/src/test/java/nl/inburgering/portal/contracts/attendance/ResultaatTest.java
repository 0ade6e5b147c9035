package nl.inburgering.portal.contracts.attendance;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each kind of result needs: a level, an outcome, a summary. */
class ResultaatTest {

    static final Actor AANBIEDER = new Actor("planner.taalhuis", Role.AANBIEDER, null, 10L);
    static final LocalDate DATUM = LocalDate.of(2026, 3, 20);

    static Resultaat resultaat(ResultaatSoort soort, Taalniveau niveau, Uitslag uitslag, String toelichting) {
        return new Resultaat(7L, new ResultaatGegevens(7L, soort, niveau, uitslag, DATUM, toelichting), AANBIEDER);
    }

    @ParameterizedTest
    @EnumSource(value = ResultaatSoort.class, names = {"LEZEN", "LUISTEREN", "SCHRIJVEN", "SPREKEN"})
    void aLanguageSkillHasALevelAndAnOutcome(ResultaatSoort soort) {
        Resultaat r = resultaat(soort, Taalniveau.B1, Uitslag.GEHAALD, null);
        assertEquals(Taalniveau.B1, r.getNiveau());
        assertEquals(Uitslag.GEHAALD, r.getUitslag());
        assertFieldsRefused(Set.of("niveau", "uitslag"), () -> resultaat(soort, null, null, null));
    }

    @Test
    void knmHasAnOutcomeAndMayHaveALevel() {
        assertNull(resultaat(ResultaatSoort.KNM, null, Uitslag.NIET_GEHAALD, null).getNiveau());
        assertRefused("resultaat.uitslag-verplicht", () -> resultaat(ResultaatSoort.KNM, null, null, null));
    }

    @Test
    void aProgressReportHasASummaryAndNoOutcome() {
        Resultaat r = resultaat(ResultaatSoort.VOORTGANGSRAPPORTAGE, Taalniveau.A2, null, "Goede voortgang lezen.");
        assertEquals("Goede voortgang lezen.", r.getToelichting());
        assertRefused("resultaat.toelichting-verplicht",
                () -> resultaat(ResultaatSoort.VOORTGANGSRAPPORTAGE, null, null, "  "));
        assertRefused("resultaat.uitslag-niet-toegestaan",
                () -> resultaat(ResultaatSoort.VOORTGANGSRAPPORTAGE, null, Uitslag.GEHAALD, "Verslag"));
    }

    @Test
    void routeCompletionHasNeitherLevelNorOutcome() {
        assertEquals(ResultaatSoort.ROUTE_AFGEROND, resultaat(ResultaatSoort.ROUTE_AFGEROND, null, null, null)
                .getSoort());
        assertFieldsRefused(Set.of("niveau", "uitslag"),
                () -> resultaat(ResultaatSoort.ROUTE_AFGEROND, Taalniveau.B1, Uitslag.GEHAALD, null));
    }

    @Test
    void kindAndDateAreRequired() {
        assertFieldsRefused(Set.of("soort", "datum"), () -> new Resultaat(7L, new ResultaatGegevens(7L, null, null, null,
                null, null), AANBIEDER));
    }
}
