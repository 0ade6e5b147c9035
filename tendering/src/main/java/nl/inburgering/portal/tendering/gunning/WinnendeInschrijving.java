package nl.inburgering.portal.tendering.gunning;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bidder learns about a winning bid of its lot from the award decision: the winner's name,
 * rank and scores; not its prices.
 */
public record WinnendeInschrijving(String aanbiederNaam, int rang, BigDecimal prijspunten, BigDecimal kwaliteitspunten,
        BigDecimal totaal, List<BerichtScore> scores) {

    public WinnendeInschrijving {
        scores = List.copyOf(scores);
    }

    static WinnendeInschrijving van(Gunningsbericht b) {
        return new WinnendeInschrijving(b.getAanbiederNaam(), b.getRang(), b.getPrijspunten(), b.getKwaliteitspunten(),
                b.getTotaal(), b.getScores());
    }
}
