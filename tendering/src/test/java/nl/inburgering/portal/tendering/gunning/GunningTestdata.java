package nl.inburgering.portal.tendering.gunning;

import static nl.inburgering.portal.tendering.Testen.metId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer.Kandidaat;
import nl.inburgering.portal.tendering.beoordeling.PerceelUitslag;

/**
 * An evaluated lot for the award tests (the default tender: price weight 40, "Plan van aanpak" 35
 * and "Kwaliteit docenten" 25, max 10, two winners, 12,000 hours). Bid ids 11..14; provider id =
 * bid id + 10. By hand, with the lowest valid price 600,000.00:
 * <pre>
 *    bid                        price   scores  price points             quality         total  rank
 * 11 Taalhuis Groningen   720,000.00    9, 8    40 x 600/720 = 33.33     31.50 + 20.00   84.83  1
 * 12 Noorderlicht Taal    600,000.00    6, 6    40.00                    21.00 + 15.00   76.00  2
 * 13 Lingua Noord         660,000.00    5, 5    40 x 600/660 = 36.36     17.50 + 12.50   66.36  3
 * 14 Taalpunt Delfzijl    500,000.00    -       excluded
 * </pre>
 */
final class GunningTestdata {

    static final long TAALHUIS = 11;
    static final long NOORDERLICHT = 12;
    static final long LINGUA = 13;
    static final long TAALPUNT = 14;

    private GunningTestdata() {
    }

    static PerceelUitslag uitslag(Aanbesteding a) {
        return uitslag(a, List.of(
                bid(TAALHUIS, "Taalhuis Groningen", "720000.00", 9, 8),
                bid(NOORDERLICHT, "Noorderlicht Taal", "600000.00", 6, 6),
                bid(LINGUA, "Lingua Noord", "660000.00", 5, 5),
                new Kandidaat(TAALPUNT, "Taalpunt Delfzijl", Money.of("500000.00"),
                        "Taalpunt Delfzijl had op de sluitingsdatum 15 maart 2026 geen geldig Blik op Werk-keurmerk "
                                + "inburgering (status ASPIRANT).", Map.of())));
    }

    static PerceelUitslag uitslag(Aanbesteding a, List<Kandidaat> kandidaten) {
        Perceel p = a.getPercelen().get(0);
        List<BpkvScorer.Criterium> criteria = a.getKwaliteitscriteria().stream()
                .map(k -> new BpkvScorer.Criterium(k.getNummer(), k.getNaam(), k.getWeging(), k.getMaxScore()))
                .toList();
        return new PerceelUitslag(p, BpkvScorer.bereken(a.getPrijsWeging(), criteria, p.getAantalWinnaars(), kandidaten,
                List.of()));
    }

    static Kandidaat bid(long id, String naam, String prijs, int s1, int s2) {
        return new Kandidaat(id, naam, Money.of(prijs), null, Map.of(1, BigDecimal.valueOf(s1), 2, BigDecimal.valueOf(s2)));
    }

    /** The decision sent at this moment, with the id the database would give. */
    static Gunningsvoornemen verzonden(Aanbesteding a, Instant op) {
        Gunningsvoornemen v = new Gunningsvoornemen(a, List.of(uitslag(a)), id -> id + 10, "contractbeheerder", op);
        a.gunningsvoornemenVerzonden();
        long n = 600;
        for (Gunningsbericht b : v.getBerichten()) {
            metId(b, n++);
        }
        return metId(v, 500L);
    }

    static Gunningsbericht bericht(Gunningsvoornemen v, long inschrijvingId) {
        return v.getBerichten().stream().filter(b -> b.getInschrijvingId() == inschrijvingId).findFirst().orElseThrow();
    }
}
