package nl.inburgering.portal.openhouse.aanmelding;

import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.EEMSDELTA;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.EINDE;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.GRONINGEN;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.START;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.aProcedure;
import static nl.inburgering.portal.openhouse.procedure.ProcedureBuilder.traject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.ContractNumber;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import org.junit.jupiter.api.Test;

class OpenHouseContractTest {

    private static final ProcedureVersie VERSIE = aProcedure()
            .withTariffs(traject(START, "9500"), traject(LocalDate.of(2026, 7, 1), "9650"),
                    traject(LocalDate.of(2027, 1, 1), "9800"))
            .publishedVersion();

    @Test
    void theContractHasTheTermsOfTheVersionAndStartsOnTheDecisionDate() {
        LocalDate besluit = LocalDate.of(2026, 3, 2);
        ContractGegevens c = OpenHouseContract.gegevens(VERSIE, 11L, ContractNumber.of("OH-2026-004"), besluit);
        assertEquals("OH-2026-004", c.contractNummer());
        assertEquals(11L, c.aanbiederId());
        assertEquals(ContractHerkomst.OPEN_HOUSE, c.herkomst());
        assertEquals("Open House-procedure 7, versie 1", c.herkomstReferentie());
        assertNull(c.perceel());
        assertEquals(Set.of(Leerroute.ONDERWIJSROUTE), c.leerroutes());
        assertEquals(Set.of(GRONINGEN, EEMSDELTA), c.gemeenteIds());
        assertEquals(besluit, c.startdatum());
        assertEquals(EINDE, c.einddatum());
        assertEquals(0, c.verlengopties());
        assertNull(c.capaciteit());
        assertEquals(BtwTarief.NUL, c.btwTarief());
    }

    @Test
    void aDecisionBeforeTheProcedureStartsGivesAContractFromItsStart() {
        assertEquals(START, OpenHouseContract.startdatum(VERSIE, START.minusDays(10)));
    }

    @Test
    void tariffsSupersededBeforeTheStartAreLeftOut() {
        List<TariefGegevens> t = OpenHouseContract.gegevens(VERSIE, 11L, ContractNumber.of("OH-2026-004"),
                LocalDate.of(2026, 8, 1)).tarieven();
        assertEquals(List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)),
                t.stream().map(TariefGegevens::geldigVanaf).toList());
        assertEquals(0, new BigDecimal("9650").compareTo(t.get(0).bedrag()));

        List<TariefGegevens> vanafStart = OpenHouseContract.gegevens(VERSIE, 11L, ContractNumber.of("OH-2026-004"),
                START).tarieven();
        assertEquals(3, vanafStart.size());
    }
}
