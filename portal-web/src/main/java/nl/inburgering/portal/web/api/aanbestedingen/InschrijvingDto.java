package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import nl.inburgering.portal.tendering.inschrijving.Inschrijving;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingStatus;

/**
 * A bid (OpenAPI schema {@code Inschrijving}). A provider only ever sees its own; the contract manager
 * sees all once the bids are opened.
 *
 * @param evaluatieprijs    sum of price x estimated volume over the lot's tariff items
 * @param uitsluitingsreden set at the opening when the bidder is excluded
 * @param kwaliteitsscores  the contract manager's scores; empty until scored
 */
@JsonbPropertyOrder({"id", "aanbestedingId", "perceelId", "aanbiederId", "aanbiederNaam", "status", "ingediendOp",
        "ingediendDoor", "beeindigdOp", "prijzen", "evaluatieprijs", "uitsluitingsreden", "kwaliteitsscores"})
public record InschrijvingDto(long id, long aanbestedingId, long perceelId, long aanbiederId, String aanbiederNaam,
        InschrijvingStatus status, OffsetDateTime ingediendOp, String ingediendDoor, OffsetDateTime beeindigdOp,
        List<Prijs> prijzen, String evaluatieprijs, String uitsluitingsreden, List<Score> kwaliteitsscores) {

    /** A price for one priced item of the lot (OpenAPI schema {@code OnderdeelPrijs}). */
    @JsonbPropertyOrder({"onderdeel", "prijs"})
    public record Prijs(int onderdeel, String prijs) {
    }

    /** A score on one quality criterion (OpenAPI schema {@code Kwaliteitsscore}). */
    @JsonbPropertyOrder({"criterium", "score"})
    public record Score(int criterium, BigDecimal score) {
    }

    static InschrijvingDto of(Inschrijving i) {
        return new InschrijvingDto(i.getId(), i.getAanbestedingId(), i.getPerceelId(), i.getAanbiederId(),
                i.getAanbiederNaam(), i.getStatus(), Tijd.nl(i.getIngediendOp()), i.getIngediendDoor(),
                Tijd.nl(i.getBeeindigdOp()),
                i.getPrijzen().entrySet().stream().map(e -> new Prijs(e.getKey(), e.getValue().toString())).toList(),
                i.getEvaluatieprijs().toString(), i.getUitsluitingsreden(),
                i.getScores().entrySet().stream().map(e -> new Score(e.getKey(), e.getValue())).toList());
    }
}
