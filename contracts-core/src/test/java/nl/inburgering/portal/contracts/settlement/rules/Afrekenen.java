package nl.inburgering.portal.contracts.settlement.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;

/** Test helpers: contracts, and settling month after month as the runs would, carrying what was billed. */
final class Afrekenen {

    static final long CONTRACT = 7L;

    private Afrekenen() {
    }

    static Contractvoorwaarden contract(BtwTarief btw, boolean geoorloofdDeclarabel, Tariefversie... tarieven) {
        return new Contractvoorwaarden(CONTRACT, btw, geoorloofdDeclarabel, List.of(tarieven));
    }

    static Contractvoorwaarden contract(Tariefversie... tarieven) {
        return contract(BtwTarief.NUL, false, tarieven);
    }

    static Map<Mijlpaal, Percentage> mijlpalen(long start, long halverwege, long afronding) {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        m.put(Mijlpaal.START, Percentage.of(start));
        m.put(Mijlpaal.HALVERWEGE, Percentage.of(halverwege));
        m.put(Mijlpaal.AFRONDING, Percentage.of(afronding));
        return m;
    }

    static Money euro(String bedrag) {
        return Money.of(bedrag);
    }

    static LocalDate dag(int jaar, int maand, int dag) {
        return LocalDate.of(jaar, maand, dag);
    }

    static Maandafrekening maand(YearMonth m, Contractvoorwaarden c, ReedsGefactureerd eerder,
            PlaatsingFeiten... plaatsingen) {
        return Afrekening.bereken(new ContractMaand(m, c, List.of(plaatsingen), eerder));
    }

    /** Settles the months from {@code van} to {@code tot} in turn, each on what the previous ones billed. */
    static List<Maandafrekening> maanden(YearMonth van, YearMonth tot, Contractvoorwaarden c,
            List<PlaatsingFeiten> plaatsingen) {
        List<Maandafrekening> uit = new ArrayList<>();
        ReedsGefactureerd gefactureerd = ReedsGefactureerd.NIETS;
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            Maandafrekening a = Afrekening.bereken(new ContractMaand(m, c, plaatsingen, gefactureerd));
            uit.add(a);
            gefactureerd = gefactureerd.plus(a.alleRegels());
        }
        return uit;
    }

    static ReedsGefactureerd gefactureerd(List<Maandafrekening> runs) {
        return ReedsGefactureerd.uit(runs.stream().flatMap(a -> a.alleRegels().stream()).toList());
    }

    static Money som(List<? extends Factuurregel> regels) {
        return Money.sum(regels.stream().map(Factuurregel::bedrag).toList());
    }
}
