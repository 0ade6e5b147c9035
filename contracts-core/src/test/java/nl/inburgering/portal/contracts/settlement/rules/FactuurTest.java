package nl.inburgering.portal.contracts.settlement.rules;

import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.contract;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.dag;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.euro;
import static nl.inburgering.portal.contracts.settlement.rules.Afrekenen.maand;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.EEMSDELTA;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.HET_HOGELAND;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.WESTERKWARTIER;
import static nl.inburgering.portal.contracts.settlement.rules.PlaatsingBuilder.aPlaatsing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;
import org.junit.jupiter.api.Test;

/** The invoices of a month (DESIGN.md, "Settlement"): VAT per invoice, shares per gemeente, zelfbetalers apart. */
class FactuurTest {

    private static final YearMonth MRT = YearMonth.of(2027, 3);
    private static final Contractvoorwaarden UURTARIEF_21 = contract(BtwTarief.EENENTWINTIG, false,
            Tariefversie.perUur(dag(2027, 1, 1), euro("33.33"), null));

    @Test
    void theGemeentenInvoiceSplitsIntoSharesAndTheZelfbetalerGoesOnItsOwnInvoice() {
        PlaatsingFeiten hogeland = aPlaatsing(1).forGemeente(HET_HOGELAND).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "1").build();
        PlaatsingFeiten westerkwartier = aPlaatsing(2).forGemeente(WESTERKWARTIER).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "1").build();
        PlaatsingFeiten eemsdelta = aPlaatsing(3).forGemeente(EEMSDELTA).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "1").attended(dag(2027, 3, 3), "0.25").build();
        PlaatsingFeiten zelfbetaler = aPlaatsing(4).forGemeente(EEMSDELTA).zelfbetaler().startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "2").build();

        Maandafrekening a = maand(MRT, UURTARIEF_21, ReedsGefactureerd.NIETS, hogeland, westerkwartier, eemsdelta,
                zelfbetaler);

        // lines 33.33, 33.33 and 1.25 x 33.33 = 41.6625 -> 41.66; together 108.32
        Factuur g = a.gemeenten();
        assertEquals(3, g.regels().size());
        assertEquals(euro("108.32"), g.netto());
        // VAT over the sum, once: 108.32 x 21 % = 22.7472 -> 22.75 (per line it would be 7.00 + 7.00 + 8.75 = 22.75)
        assertEquals(euro("22.75"), g.btw());
        // quotas in cents 2275 x 3333 / 10832 = 700.02 (twice) and 2275 x 4166 / 10832 = 874.96:
        // 700 + 700 + 874 = 2274, the cent left goes to the largest remainder (.96): Eemsdelta
        assertEquals(List.of(
                new GemeenteAandeel(HET_HOGELAND, euro("33.33"), euro("7.00")),
                new GemeenteAandeel(WESTERKWARTIER, euro("33.33"), euro("7.00")),
                new GemeenteAandeel(EEMSDELTA, euro("41.66"), euro("8.75"))), g.aandelen());
        assertEquals(g.totaal(), Money.sum(g.aandelen().stream().map(GemeenteAandeel::totaal).toList()));

        // the zelfbetaler: 2 x 33.33 = 66.66, VAT 13.9986 -> 14.00, on its own invoice, in no gemeente's share
        Factuur z = a.zelfbetalers();
        assertEquals(1, z.regels().size());
        assertEquals(4L, z.regels().get(0).plaatsingId());
        assertEquals(euro("80.66"), z.totaal());
        assertTrue(z.aandelen().isEmpty());
        assertEquals(euro("33.33"), g.aandeelVan(HET_HOGELAND).orElseThrow().netto());
        assertEquals(euro("41.66"), g.aandeelVan(EEMSDELTA).orElseThrow().netto());
    }

    @Test
    void anInvoiceWhoseFiguresDoNotAgreeCannotBeMade() {
        Afrekenregel r = new Afrekenregel(1, EEMSDELTA, false, MRT, dag(2027, 1, 1),
                new Uurgrondslag(Uren.of(1), euro("100.00")));
        Factuur f = Factuur.bereken(Factuursoort.GEMEENTEN, BtwTarief.EENENTWINTIG, List.of(r));
        assertEquals(euro("121.00"), f.totaal());

        assertThrows(IllegalArgumentException.class, () -> new Factuur(Factuursoort.GEMEENTEN, BtwTarief.EENENTWINTIG,
                List.of(r), euro("100.00"), euro("21.01"), f.aandelen()));
        assertThrows(IllegalArgumentException.class, () -> new Factuur(Factuursoort.GEMEENTEN, BtwTarief.EENENTWINTIG,
                List.of(r), euro("100.00"), euro("21.00"), List.of(new GemeenteAandeel(EEMSDELTA, euro("100.00"),
                        euro("20.00")))));
        assertThrows(IllegalArgumentException.class,
                () -> Factuur.bereken(Factuursoort.ZELFBETALERS, BtwTarief.EENENTWINTIG, List.of(r)));
    }

    @Test
    void theInvoiceOfTheApprovedLinesIsComputedTheSameWay() {
        PlaatsingFeiten a = aPlaatsing(1).forGemeente(HET_HOGELAND).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "1").build();
        PlaatsingFeiten b = aPlaatsing(2).forGemeente(EEMSDELTA).startedOn(dag(2027, 3, 1))
                .attended(dag(2027, 3, 2), "3").build();
        Factuur concept = maand(MRT, UURTARIEF_21, ReedsGefactureerd.NIETS, a, b).gemeenten();

        // the contract manager rejects the line of placement 2: the approved invoice holds the rest
        Factuur goedgekeurd = Factuur.bereken(Factuursoort.GEMEENTEN, BtwTarief.EENENTWINTIG,
                concept.regels().stream().filter(r -> r.plaatsingId() != 2).toList());

        assertEquals(euro("133.32"), concept.netto());
        assertEquals(List.of(new GemeenteAandeel(HET_HOGELAND, euro("33.33"), euro("7.00"))), goedgekeurd.aandelen());
    }
}
