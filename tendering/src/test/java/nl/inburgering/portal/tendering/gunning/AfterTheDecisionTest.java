package nl.inburgering.portal.tendering.gunning;

import static nl.inburgering.portal.tendering.Testen.assertFieldsRefused;
import static nl.inburgering.portal.tendering.Testen.assertRefused;
import static nl.inburgering.portal.tendering.Testen.metId;
import static nl.inburgering.portal.tendering.Testen.nl;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.EEMSDELTA;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.GRONINGEN;
import static nl.inburgering.portal.tendering.aanbesteding.AanbestedingBuilder.anAanbesteding;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.LINGUA;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.TAALHUIS;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.bericht;
import static nl.inburgering.portal.tendering.gunning.GunningTestdata.verzonden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.ContractGegevens;
import nl.inburgering.portal.contracts.contract.ContractHerkomst;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Post;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingGegevens.Prijs;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Objections, contract numbers, the contracts of the definitive award and their extension options. */
class AfterTheDecisionTest {

    private final Aanbesteding aanbesteding = anAanbesteding().beoordeeld();
    private final Gunningsvoornemen voornemen = verzonden(aanbesteding, nl("2028-02-08T16:00"));

    @Nested
    class Objections {

        private Bezwaar bezwaar() {
            return new Bezwaar(voornemen, 23L, "Lingua Noord", null, "De kwaliteit is te laag beoordeeld.",
                    "aanbieder.lingua", nl("2028-02-10T09:00"));
        }

        @Test
        void anObjectionIsOpenUntilResolvedOnceWithAnExplanation() {
            Bezwaar b = bezwaar();
            assertTrue(b.isOpen());
            assertEquals(500L, b.getVoornemenId());
            assertFieldsRefused(Set.of("uitkomst", "toelichting"),
                    () -> b.handelAf(BezwaarStatus.OPEN, " ", "contractbeheerder", nl("2028-02-12T09:00")));
            assertTrue(b.isOpen());
            b.handelAf(BezwaarStatus.ONGEGROND, "De beoordeling volgt de gepubliceerde criteria.", "contractbeheerder",
                    nl("2028-02-12T09:00"));
            assertFalse(b.isOpen());
            assertEquals(BezwaarStatus.ONGEGROND, b.getStatus());
            assertThrows(StateConflictException.class,
                    () -> b.handelAf(BezwaarStatus.GEGROND, "toch wel", "contractbeheerder", nl("2028-02-13T09:00")));
        }

        @Test
        void anObjectionStatesItsGrounds() {
            assertRefused("verplicht", () -> new Bezwaar(voornemen, 23L, "Lingua Noord", null, "", "x",
                    nl("2028-02-10T09:00")));
        }
    }

    @Nested
    class ContractNumbers {

        @Test
        void theNextNumberFollowsTheHighestOfThatYearAndRoute() {
            List<String> inGebruik = List.of("AB-2026-B1-01", "AB-2026-B1-02", "ab-2026-b1-03", "AB-2026-Z-07",
                    "AB-2025-B1-09", "OH-2026-003", "AB-2026-B1-02-X");
            assertEquals("AB-2026-B1-04", ContractNummering.volgende(2026, Leerroute.B1_ROUTE, inGebruik));
            assertEquals("AB-2026-Z-08", ContractNummering.volgende(2026, Leerroute.Z_ROUTE, inGebruik));
            assertEquals("AB-2027-Z-01", ContractNummering.volgende(2027, Leerroute.Z_ROUTE, inGebruik));
            assertEquals("AB-2026-Z-100", ContractNummering.volgende(2026, Leerroute.Z_ROUTE, List.of("AB-2026-Z-99")));
        }

        @Test
        void theOnderwijsrouteHasNoTenderNumber() {
            assertThrows(IllegalArgumentException.class,
                    () -> ContractNummering.volgende(2026, Leerroute.ONDERWIJSROUTE, List.of()));
        }
    }

    @Nested
    class TheContractOfAWinner {

        private Inschrijving winnendBod(Aanbesteding a) {
            Aanbesteding open = anAanbesteding().gepubliceerd();
            Inschrijving i = new Inschrijving(open, open.getPercelen().get(0), 21L, "Taalhuis Groningen", "x",
                    List.of(new Prijs(1, new BigDecimal("60.00"))), nl("2026-02-01T10:00"));
            return metId(i, TAALHUIS);
        }

        @Test
        void carriesTheBidPricesTheLotAndTheTermsOfTheTender() {
            ContractGegevens g = GunningService.contractGegevens(aanbesteding, aanbesteding.getPercelen().get(0),
                    winnendBod(aanbesteding), "AB-2026-Z-01", LocalDate.of(2026, 7, 1));
            assertEquals("AB-2026-Z-01", g.contractNummer());
            assertEquals(21L, g.aanbiederId());
            assertEquals(ContractHerkomst.AANBESTEDING, g.herkomst());
            assertEquals("AB-2026-01", g.herkomstReferentie());
            assertEquals("Perceel 1: Z-route Noord", g.perceel());
            assertEquals(Set.of(Leerroute.Z_ROUTE), g.leerroutes());
            assertEquals(Set.of(GRONINGEN, EEMSDELTA), g.gemeenteIds());
            assertEquals(LocalDate.of(2026, 7, 1), g.startdatum());
            assertEquals(LocalDate.of(2028, 6, 30), g.einddatum(), "24 months");
            assertEquals(2, g.verlengopties());
            assertNull(g.capaciteit());
            assertEquals(BtwTarief.NUL, g.btwTarief());
            assertTrue(g.geoorloofdVerzuimDeclarabel());
            assertEquals(List.of(new TariefGegevens(LocalDate.of(2026, 7, 1), Betaalmodel.PER_UUR, new BigDecimal("60.00"),
                    new BigDecimal("800.00"), null, "Taaluur Z-route (groepsles)")), g.tarieven());
        }

        @Test
        void eachItemBecomesATariffForItsComponent() {
            Aanbesteding twee = anAanbesteding().withPosten(new Post("Taaluur", 10_000L, Onderdeel.TAAL),
                    new Post("KNM-uur", 800L, Onderdeel.KNM)).gepubliceerd();
            Inschrijving bod = new Inschrijving(twee, twee.getPercelen().get(0), 21L, "Taalhuis Groningen", "x",
                    List.of(new Prijs(1, new BigDecimal("60.00")), new Prijs(2, new BigDecimal("48.50"))),
                    nl("2026-02-01T10:00"));
            ContractGegevens g = GunningService.contractGegevens(twee, twee.getPercelen().get(0), bod, "AB-2026-Z-03",
                    LocalDate.of(2026, 7, 1));
            LocalDate start = LocalDate.of(2026, 7, 1);
            BigDecimal max = new BigDecimal("800.00");
            assertEquals(List.of(
                    new TariefGegevens(start, Betaalmodel.PER_UUR, new BigDecimal("60.00"), max, null, "Taaluur",
                            Onderdeel.TAAL),
                    new TariefGegevens(start, Betaalmodel.PER_UUR, new BigDecimal("48.50"), max, null, "KNM-uur",
                            Onderdeel.KNM)), g.tarieven());
        }

        @Test
        void aTrajectoryPriceCarriesTheMilestones() {
            Aanbesteding traject = anAanbesteding().trajectprijs().beoordeeld();
            ContractGegevens g = GunningService.contractGegevens(traject, traject.getPercelen().get(0),
                    winnendBod(traject), "AB-2026-Z-02", LocalDate.of(2026, 7, 1));
            TariefGegevens t = g.tarieven().get(0);
            assertEquals(Betaalmodel.TRAJECT, t.betaalmodel());
            assertEquals(Map.of(Mijlpaal.START, new BigDecimal("40.00"), Mijlpaal.HALVERWEGE, new BigDecimal("40.00"),
                    Mijlpaal.AFRONDING, new BigDecimal("20.00")), t.mijlpalen());
            assertEquals(0, g.verlengopties());
        }

        @Test
        void onlyAWinnerGetsAContract() {
            assertThrows(IllegalArgumentException.class, () -> new GegundContract(voornemen, bericht(voornemen, LINGUA),
                    900L, "AB-2026-Z-01", 2, nl("2028-03-01T09:00")));
        }
    }

    @Nested
    class ExtensionOptions {

        private final GegundContract contract = new GegundContract(voornemen, bericht(voornemen, TAALHUIS), 900L,
                "AB-2028-Z-01", 2, nl("2028-03-01T09:00"));

        @Test
        void eachOptionIsExercisedOnceAndInOrder() {
            assertEquals(1, contract.volgendeOptie());
            StateConflictException e = assertThrows(StateConflictException.class, () -> contract.controleerOptie(2));
            assertEquals("Verlengopties worden op volgorde gebruikt; de volgende optie van contract AB-2028-Z-01 is "
                    + "optie 1.", e.getMessage());
            contract.registreerVerlenging(1, LocalDate.of(2030, 2, 28), LocalDate.of(2031, 2, 28), "cb",
                    nl("2030-01-10T09:00"));
            e = assertThrows(StateConflictException.class, () -> contract.controleerOptie(1));
            assertEquals("Verlengoptie 1 van contract AB-2028-Z-01 is al gebruikt.", e.getMessage());
            contract.registreerVerlenging(2, LocalDate.of(2031, 2, 28), LocalDate.of(2032, 2, 29), "cb",
                    nl("2031-01-10T09:00"));
            assertEquals(0, contract.getOptiesResterend());
            assertEquals(List.of(1, 2), contract.getVerlengingen().stream().map(Verlenging::getOptie).toList());
        }

        @Test
        void anOptionTheTenderDidNotForeseeIsRefused() {
            assertRefused("verlenging.optie-onbekend", () -> contract.controleerOptie(3));
            assertRefused("verlenging.optie-onbekend", () -> contract.controleerOptie(0));
            GegundContract zonder = new GegundContract(voornemen, bericht(voornemen, TAALHUIS), 901L, "AB-2028-Z-02", 0,
                    nl("2028-03-01T09:00"));
            assertEquals("Contract AB-2028-Z-02 heeft geen verlengopties.",
                    assertRefused("verlenging.optie-onbekend", () -> zonder.controleerOptie(1)).message());
        }
    }
}
