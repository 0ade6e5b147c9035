package nl.inburgering.portal.web.pages.openhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import org.junit.jupiter.api.Test;

/** How the procedure form reads the amounts and percentages a contract manager types. */
class TariefRijTest {

    @Test
    void dutchAndEnglishAmountsAreReadAlike() {
        for (String typed : new String[] {"9.500,00", "9500,00", "9500.00", "€ 9.500,00", " 9500 "}) {
            FieldChecks checks = new FieldChecks();
            assertEquals(0, new BigDecimal("9500").compareTo(
                    ProcedureEditBacking.TariefRij.getal(checks, "tarieven[0].bedrag", typed)), typed);
            assertTrue(checks.errors().isEmpty(), typed);
        }
    }

    @Test
    void anUnreadableAmountIsAnErrorAtItsFieldAndBlankIsNothing() {
        FieldChecks checks = new FieldChecks();
        assertNull(ProcedureEditBacking.TariefRij.getal(checks, "tarieven[1].bedrag", "negenduizend"));
        assertEquals("tarieven[1].bedrag", checks.errors().get(0).field());
        assertEquals("getal.ongeldig", checks.errors().get(0).code());
        FieldChecks none = new FieldChecks();
        assertNull(ProcedureEditBacking.TariefRij.getal(none, "x", "  "));
        assertTrue(none.errors().isEmpty());
    }

    @Test
    void aTrajectTariffCarriesItsMilestonesAndAnHourlyOneItsCap() {
        ProcedureEditBacking.TariefRij traject = ProcedureEditBacking.TariefRij.traject();
        traject.setGeldigVanaf(LocalDate.of(2026, 3, 1));
        traject.setBedrag("9.500,00");
        traject.setMaxUrenPerPlaatsing("800");
        FieldChecks checks = new FieldChecks();
        TariefGegevens t = traject.gegevens(checks, "tarieven[0]");
        assertEquals(Map.of(Mijlpaal.START, new BigDecimal("40"), Mijlpaal.HALVERWEGE, new BigDecimal("40"),
                Mijlpaal.AFRONDING, new BigDecimal("20")), t.mijlpalen());
        assertNull(t.maxUrenPerPlaatsing(), "a cap belongs to PER_UUR only");

        ProcedureEditBacking.TariefRij perUur = new ProcedureEditBacking.TariefRij();
        perUur.setBetaalmodel(Betaalmodel.PER_UUR);
        perUur.setBedrag("52,50");
        perUur.setMaxUrenPerPlaatsing("800");
        TariefGegevens u = perUur.gegevens(checks, "tarieven[1]");
        assertEquals(new BigDecimal("52.50"), u.bedrag());
        assertEquals(new BigDecimal("800"), u.maxUrenPerPlaatsing());
        assertNull(u.mijlpalen());
        assertTrue(checks.errors().isEmpty());
    }

    @Test
    void theNextTariffVersionFollowsAYearLaterWithTheSameModel() {
        ProcedureEditBacking.TariefRij eerste = ProcedureEditBacking.TariefRij.traject();
        eerste.setGeldigVanaf(LocalDate.of(2026, 1, 1));
        ProcedureEditBacking.TariefRij volgende = eerste.volgende();
        assertEquals(LocalDate.of(2027, 1, 1), volgende.getGeldigVanaf());
        assertEquals(Betaalmodel.TRAJECT, volgende.getBetaalmodel());
        assertEquals("40", volgende.getStart());
    }
}
