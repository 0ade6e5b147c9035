package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.tendering.beoordeling.BpkvRegel;
import nl.inburgering.portal.tendering.beoordeling.BpkvUitslag;
import nl.inburgering.portal.tendering.beoordeling.CriteriumPunten;
import nl.inburgering.portal.tendering.beoordeling.PerceelUitslag;

/**
 * The BPKV table of one lot (OpenAPI schema {@code Rangschikking}), as the tendering module computes
 * it: the valid bids by rank, then the excluded bids with their reason.
 *
 * @param laagsteGeldigePrijs    the lowest evaluation price among the valid bids; absent when there are none
 * @param compleet               every valid bid fully scored and every tie decided by a draw
 * @param onbeslisteGelijkspelen groups of bid ids equal in total and quality points without a recorded draw
 */
@JsonbPropertyOrder({"perceelId", "perceelNummer", "perceelNaam", "aantalWinnaars", "laagsteGeldigePrijs",
        "compleet", "regels", "onbeslisteGelijkspelen"})
public record RangschikkingDto(long perceelId, int perceelNummer, String perceelNaam, int aantalWinnaars,
        String laagsteGeldigePrijs, boolean compleet, List<Regel> regels, List<List<Long>> onbeslisteGelijkspelen) {

    /** One row (OpenAPI schema {@code RangschikkingRegel}); points are rounded half up to 2 decimals. */
    @JsonbPropertyOrder({"inschrijvingId", "aanbiederNaam", "evaluatieprijs", "prijspunten", "kwaliteitspunten",
            "criteria", "totaal", "rang", "winnaar", "volledigGescoord", "doorLotingBeslist", "lotingNodig",
            "uitsluitingsreden"})
    public record Regel(long inschrijvingId, String aanbiederNaam, String evaluatieprijs, BigDecimal prijspunten,
            BigDecimal kwaliteitspunten, List<Punten> criteria, BigDecimal totaal, Integer rang, boolean winnaar,
            boolean volledigGescoord, boolean doorLotingBeslist, boolean lotingNodig, String uitsluitingsreden) {

        static Regel of(BpkvRegel r) {
            return new Regel(r.inschrijvingId(), r.naam(), r.evaluatieprijs().toString(), r.prijspunten(),
                    r.kwaliteitspunten(), r.criteria().stream().map(Punten::of).toList(), r.totaal(), r.rang(),
                    r.winnaar(), r.volledigGescoord(), r.doorLotingBeslist(), r.lotingNodig(), r.uitsluitingsreden());
        }
    }

    /**
     * A bid's points on one criterion (OpenAPI schema {@code CriteriumPunten}): score / maxScore x weging.
     *
     * @param score absent while not scored (counts as 0)
     */
    @JsonbPropertyOrder({"criterium", "naam", "score", "maxScore", "weging", "punten"})
    public record Punten(int criterium, String naam, BigDecimal score, int maxScore, BigDecimal weging,
            BigDecimal punten) {

        static Punten of(CriteriumPunten p) {
            return new Punten(p.nummer(), p.naam(), p.score(), p.maxScore(), p.weging(), p.punten());
        }
    }

    static RangschikkingDto of(PerceelUitslag u) {
        BpkvUitslag t = u.uitslag();
        return new RangschikkingDto(u.perceel().getId(), u.perceel().getNummer(), u.perceel().getNaam(),
                t.aantalWinnaars(), t.laagsteGeldigePrijs() == null ? null : t.laagsteGeldigePrijs().toString(),
                t.isCompleet(), t.regels().stream().map(Regel::of).toList(), t.onbeslisteGelijkspelen());
    }
}
