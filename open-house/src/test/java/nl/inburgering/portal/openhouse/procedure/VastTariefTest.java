package nl.inburgering.portal.openhouse.procedure;

import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.START;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.perUur;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.traject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;
import org.junit.jupiter.api.Test;

class VastTariefTest {

    private static VastTarief geldig(TariefGegevens in) {
        FieldChecks checks = new FieldChecks();
        VastTarief t = VastTarief.uit(checks, "tarieven[0]", in);
        assertTrue(checks.errors().isEmpty(), checks.errors()::toString);
        return t;
    }

    @Test
    void aTrajectoryPriceKeepsItsThreeMilestones() {
        VastTarief t = geldig(traject(START, "9500"));
        assertEquals(Money.of("9500"), t.getBedrag());
        assertEquals(Percentage.of(40), t.getMijlpalen().get(Mijlpaal.START));
        assertEquals(Percentage.of(20), t.getMijlpalen().get(Mijlpaal.AFRONDING));
    }

    @Test
    void itGoesToTheContractInTheShapeOfContractsCore() {
        TariefGegevens terug = geldig(traject(START, "9500")).naarGegevens();
        assertEquals(Betaalmodel.TRAJECT, terug.betaalmodel());
        assertEquals(0, new BigDecimal("9500").compareTo(terug.bedrag()));
        assertEquals(0, new BigDecimal("40").compareTo(terug.mijlpalen().get(Mijlpaal.HALVERWEGE)));

        TariefGegevens uur = geldig(perUur(START, "62.50")).naarGegevens();
        assertNull(uur.mijlpalen());
        assertEquals(0, new BigDecimal("800").compareTo(uur.maxUrenPerPlaatsing()));
    }

    @Test
    void errorsCarryThePrefixOfTheFormField() {
        FieldChecks checks = new FieldChecks();
        TariefGegevens fout = new TariefGegevens(null, Betaalmodel.PER_MAAND, new BigDecimal("-5"), new BigDecimal("10"),
                null, null);
        assertNull(VastTarief.uit(checks, "tarieven[2]", fout));
        assertEquals(List.of("tarieven[2].bedrag", "tarieven[2].geldigVanaf", "tarieven[2].maxUrenPerPlaatsing"),
                checks.errors().stream().map(FieldError::field).sorted().distinct().toList());
    }

    @Test
    void anUnparsableAmountIsReportedOnce() {
        FieldChecks checks = new FieldChecks();
        VastTarief.uit(checks, "t", new TariefGegevens(START, Betaalmodel.PER_MAAND, new BigDecimal("1.001"), null, null,
                null));
        assertEquals(1, checks.errors().size(), checks.errors()::toString);
        assertEquals("bedrag.decimalen", checks.errors().get(0).code());
    }

    @Test
    void equalTermsAreEqualWhateverTheScaleOfTheHours() {
        VastTarief a = geldig(new TariefGegevens(START, Betaalmodel.PER_UUR, new BigDecimal("62.5"), new BigDecimal("800"),
                null, null));
        VastTarief b = geldig(new TariefGegevens(START, Betaalmodel.PER_UUR, new BigDecimal("62.50"),
                new BigDecimal("800.00"), null, null));
        assertEquals(a, b);
        assertNotNull(a.toString());
    }
}
