package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import org.junit.jupiter.api.Test;

/**
 * A contract that prices components separately (issue 4: a tendered lot with the price items "Taal per uur" and
 * "KNM per uur"): each component's hours are a product of their own, at its own rate; a component without a
 * rate of its own is billed at the general rate, or not at all when the contract has none.
 * (The builder gives a day's first record TAAL, its second KNM, its third MAP.)
 */
class OnderdeeltarievenTest {

    private static final YearMonth MRT = YearMonth.of(2027, 3);
    private static final LocalDate VANAF = dag(2027, 1, 1);

    private static PlaatsingFeiten taalKnmMap() {
        return aPlaatsing(1).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "3").attended(dag(2027, 3, 2), "2").attended(dag(2027, 3, 2), "1")
                .attended(dag(2027, 3, 9), "3").attended(dag(2027, 3, 9), "1.5")
                .build();
    }

    @Test
    void eachComponentIsBilledAtItsOwnRateAndAComponentTheContractDoesNotBuyIsNotBilled() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF, euro("62.50"), null, Onderdeel.TAAL),
                Tariefversie.perUur(VANAF, euro("45.10"), null, Onderdeel.KNM));

        Maandafrekening m = maand(MRT, c, ReedsGefactureerd.NIETS, taalKnmMap());

        // TAAL 6 h x 62.50 = 375.00; KNM 3.5 h x 45.10 = 157.85; MAP (1 h): no rate, not billed
        assertEquals(List.of(Onderdeel.TAAL, Onderdeel.KNM), m.regels().stream().map(r -> r.product().onderdeel())
                .toList());
        assertEquals(List.of(euro("375.00"), euro("157.85")), m.regels().stream().map(Afrekenregel::bedrag).toList());
        assertEquals(euro("532.85"), m.gemeenten().netto());
    }

    @Test
    void aComponentWithoutItsOwnRateIsBilledAtTheGeneralRate() {
        Contractvoorwaarden c = contract(Tariefversie.perUur(VANAF, euro("60"), null),
                Tariefversie.perUur(VANAF, euro("45"), null, Onderdeel.KNM));

        Maandafrekening m = maand(MRT, c, ReedsGefactureerd.NIETS, taalKnmMap());

        // general: TAAL 6 h + MAP 1 h = 7 h x 60 = 420.00; KNM 3.5 h x 45 = 157.50
        assertEquals(2, m.regels().size());
        assertEquals(euro("420.00"), m.regels().get(0).bedrag());
        assertEquals(null, m.regels().get(0).product().onderdeel());
        assertEquals(euro("157.50"), m.regels().get(1).bedrag());
        assertEquals(Onderdeel.KNM, m.regels().get(1).product().onderdeel());
    }

    @Test
    void aCorrectionOfOneComponentCorrectsOnlyThatProduct() {
        Contractvoorwaarden c = contract(BtwTarief.NUL, false, Tariefversie.perUur(VANAF, euro("62.50"), null,
                Onderdeel.TAAL), Tariefversie.perUur(VANAF, euro("45.10"), null, Onderdeel.KNM));
        PlaatsingFeiten voor = taalKnmMap();
        Maandafrekening maart = maand(MRT, c, ReedsGefactureerd.NIETS, voor);
        // the KNM hours of 9 March become 2.5 (a second record of the day is KNM)
        PlaatsingFeiten na = aPlaatsing(1).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "3").attended(dag(2027, 3, 2), "2").attended(dag(2027, 3, 2), "1")
                .attended(dag(2027, 3, 9), "3").attended(dag(2027, 3, 9), "2.5")
                .build();

        Maandafrekening april = Afrekening.bereken(new ContractMaand(MRT.plusMonths(1), c, List.of(na),
                ReedsGefactureerd.uit(maart.alleRegels()), List.of(new Correctieverzoek(1, MRT))));

        assertEquals(1, april.correcties().size());
        Correctieregel k = april.correcties().get(0);
        assertEquals(Onderdeel.KNM, k.product().onderdeel());
        // KNM 3.5 -> 4.5 h: 157.85 -> 202.95, +45.10
        assertEquals(euro("45.10"), k.bedrag());
    }

    @Test
    void aRatePerComponentIsForHourlyBillingOnlyAndOnePerDateAndComponent() {
        assertThrows(IllegalArgumentException.class, () -> new Tariefversie(VANAF,
                nl.inburgering.portal.contracts.contract.Betaalmodel.PER_MAAND, euro("900"), null, null, Onderdeel.KNM));
        assertThrows(IllegalArgumentException.class, () -> contract(
                Tariefversie.perUur(VANAF, euro("45"), null, Onderdeel.KNM),
                Tariefversie.perUur(VANAF, euro("46"), null, Onderdeel.KNM)));
        // TAAL and KNM from the same date: fine
        contract(Tariefversie.perUur(VANAF, euro("62.50"), null, Onderdeel.TAAL),
                Tariefversie.perUur(VANAF, euro("45"), null, Onderdeel.KNM));
    }
}
