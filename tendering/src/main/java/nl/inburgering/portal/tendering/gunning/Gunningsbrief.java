package nl.inburgering.portal.tendering.gunning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;

/**
 * Everything the award decision letter to one bidder on one lot needs (the web layer renders the
 * page and the PDF): the bidder's own scores and rank, the winners' scores, the reasons, the send
 * date and the standstill with its countdown (Aanbestedingswet 2012, art. 2.130: the reasons and the
 * exact standstill period).
 *
 * @param rang            null when excluded
 * @param prijspunten     null when excluded
 * @param scores          the bidder's points per criterion; empty when excluded
 * @param winnaars        the winning bids of the lot, by rank (the bidder itself included when it won)
 * @param dagenResterend  standstill days still to run on {@code peildatum}, today included; see
 *                        {@link Standstill#dagenResterend}
 * @param status          whether the decision still stands, was withdrawn, or became definitive
 */
public record Gunningsbrief(long berichtId, String aanbestedingReferentie, String aanbestedingTitel, int perceelNummer,
        String perceelNaam, Leerroute leerroute, long aanbiederId, String aanbiederNaam, Uitkomst uitkomst, Integer rang,
        int aantalGeldigeInschrijvingen, int aantalWinnaars, Money evaluatieprijs, BigDecimal prijsWeging,
        BigDecimal prijspunten, BigDecimal kwaliteitspunten, BigDecimal totaal, boolean doorLoting,
        List<BerichtScore> scores, List<WinnendeInschrijving> winnaars, String reden, String uitsluitingsreden,
        Instant verzondenOp, LocalDate verzenddatum, int standstillDagen, LocalDate standstillEinde,
        LocalDate eersteDagNaStandstill, LocalDate peildatum, long dagenResterend, GunningsvoornemenStatus status,
        String intrekkingsreden) {

    public Gunningsbrief {
        scores = List.copyOf(scores);
        winnaars = List.copyOf(winnaars);
    }

    static Gunningsbrief van(Aanbesteding a, Perceel perceel, Gunningsvoornemen v, Gunningsbericht b,
            List<Gunningsbericht> winnaars, LocalDate vandaag) {
        Standstill s = v.standstill();
        return new Gunningsbrief(b.getId(), a.getReferentie(), a.getTitel(), perceel.getNummer(), perceel.getNaam(),
                perceel.getLeerroute(), b.getAanbiederId(), b.getAanbiederNaam(), b.getUitkomst(), b.getRang(),
                b.getAantalGeldig(), b.getAantalWinnaars(), b.getEvaluatieprijs(), a.getPrijsWeging(), b.getPrijspunten(),
                b.getKwaliteitspunten(), b.getTotaal(), b.isDoorLoting(), b.getScores(),
                winnaars.stream().map(WinnendeInschrijving::van).toList(), b.getReden(), b.getUitsluitingsreden(),
                v.getVerzondenOp(), v.getVerzenddatum(), v.getStandstillDagen(), s.einde(), s.eersteDagNaEinde(), vandaag,
                s.dagenResterend(vandaag), v.getStatus(), v.getIntrekkingsreden());
    }
}
