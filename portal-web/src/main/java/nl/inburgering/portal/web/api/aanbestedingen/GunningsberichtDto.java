package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.inburgering.portal.tendering.gunning.BerichtScore;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.tendering.gunning.Gunningsbrief;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.tendering.gunning.Uitkomst;
import nl.inburgering.portal.tendering.gunning.WinnendeInschrijving;

/**
 * The award decision message to one bidder on one lot (OpenAPI schema {@code Gunningsbericht}): its
 * own scores and rank, the winners' names and scores (never their prices), the reasons and the
 * standstill. The letter as PDF is at {@code .../gunningsberichten/{berichtId}/brief}.
 *
 * @param evaluatieprijs the bidder's own evaluation price
 * @param winnaars       the winning bids of the lot by rank, the bidder itself included when it won
 * @param status         whether the decision stands, was withdrawn or became definitive
 */
@JsonbPropertyOrder({"id", "aanbestedingId", "aanbestedingReferentie", "perceelId", "perceelNummer", "perceelNaam",
        "inschrijvingId", "aanbiederId", "aanbiederNaam", "uitkomst", "rang", "aantalGeldigeInschrijvingen",
        "aantalWinnaars", "evaluatieprijs", "prijspunten", "kwaliteitspunten", "totaal", "doorLoting", "scores",
        "winnaars", "reden", "uitsluitingsreden", "verzondenOp", "verzenddatum", "standstillEinde",
        "eersteDagNaStandstill", "dagenResterend", "status", "intrekkingsreden", "gelezenOp"})
public record GunningsberichtDto(long id, long aanbestedingId, String aanbestedingReferentie, long perceelId,
        int perceelNummer, String perceelNaam, long inschrijvingId, long aanbiederId, String aanbiederNaam,
        Uitkomst uitkomst, Integer rang, int aantalGeldigeInschrijvingen, int aantalWinnaars, String evaluatieprijs,
        BigDecimal prijspunten, BigDecimal kwaliteitspunten, BigDecimal totaal, boolean doorLoting,
        List<Score> scores, List<Winnaar> winnaars, String reden, String uitsluitingsreden, OffsetDateTime verzondenOp,
        LocalDate verzenddatum, LocalDate standstillEinde, LocalDate eersteDagNaStandstill, long dagenResterend,
        GunningsvoornemenStatus status, String intrekkingsreden, OffsetDateTime gelezenOp) {

    /** Points on one criterion as recorded in the decision (OpenAPI schema {@code BerichtScore}). */
    @JsonbPropertyOrder({"criterium", "naam", "score", "maxScore", "weging", "punten"})
    public record Score(int criterium, String naam, BigDecimal score, int maxScore, BigDecimal weging,
            BigDecimal punten) {

        static Score of(BerichtScore s) {
            return new Score(s.getCriterium(), s.getNaam(), s.getScore(), s.getMaxScore(), s.getWeging(),
                    s.getPunten());
        }
    }

    /** A winning bid as the decision summarises it (OpenAPI schema {@code WinnendeInschrijving}): no prices. */
    @JsonbPropertyOrder({"aanbiederNaam", "rang", "prijspunten", "kwaliteitspunten", "totaal", "scores"})
    public record Winnaar(String aanbiederNaam, int rang, BigDecimal prijspunten, BigDecimal kwaliteitspunten,
            BigDecimal totaal, List<Score> scores) {

        static Winnaar of(WinnendeInschrijving w) {
            return new Winnaar(w.aanbiederNaam(), w.rang(), w.prijspunten(), w.kwaliteitspunten(), w.totaal(),
                    w.scores().stream().map(Score::of).toList());
        }
    }

    static GunningsberichtDto of(Gunningsbericht b, Gunningsbrief l) {
        return new GunningsberichtDto(b.getId(), b.getAanbestedingId(), l.aanbestedingReferentie(), b.getPerceelId(),
                l.perceelNummer(), l.perceelNaam(), b.getInschrijvingId(), l.aanbiederId(), l.aanbiederNaam(),
                l.uitkomst(), l.rang(), l.aantalGeldigeInschrijvingen(), l.aantalWinnaars(),
                l.evaluatieprijs().toString(), l.prijspunten(), l.kwaliteitspunten(), l.totaal(), l.doorLoting(),
                l.scores().stream().map(Score::of).toList(), l.winnaars().stream().map(Winnaar::of).toList(),
                l.reden(), l.uitsluitingsreden(), Tijd.nl(l.verzondenOp()), l.verzenddatum(), l.standstillEinde(),
                l.eersteDagNaStandstill(), l.dagenResterend(), l.status(), l.intrekkingsreden(),
                Tijd.nl(b.getGelezenOp()));
    }
}
