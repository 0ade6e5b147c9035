package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;

/**
 * A tender as the API shows it (OpenAPI schema {@code Aanbesteding}): the public notice with its lots,
 * award criteria and contract terms. Never holds bid data; only the contract manager sees the number
 * of bids per lot.
 *
 * @param sluitingstijd                the bid deadline, with the Dutch offset; a bid at or after it is late
 * @param oorspronkelijkeSluitingstijd the deadline as first published; only once it was extended
 * @param sluitingstijdVerlengdOp      when the deadline was last extended
 * @param verlengingsreden             why, as published with the notice
 */
@JsonbPropertyOrder({"id", "referentie", "titel", "omschrijving", "status", "sluitingstijd",
        "oorspronkelijkeSluitingstijd", "sluitingstijdVerlengdOp", "verlengingsreden", "standstillDagen",
        "prijsWeging", "kwaliteitscriteria", "percelen", "voorwaarden", "gepubliceerdOp", "geslotenOp",
        "ingetrokkenOp", "intrekkingsreden"})
public record AanbestedingDto(long id, String referentie, String titel, String omschrijving,
        AanbestedingStatus status, OffsetDateTime sluitingstijd, OffsetDateTime oorspronkelijkeSluitingstijd,
        OffsetDateTime sluitingstijdVerlengdOp, String verlengingsreden, int standstillDagen, BigDecimal prijsWeging,
        List<KwaliteitscriteriumDto> kwaliteitscriteria, List<PerceelDto> percelen,
        ContractvoorwaardenDto voorwaarden, OffsetDateTime gepubliceerdOp, OffsetDateTime geslotenOp,
        OffsetDateTime ingetrokkenOp, String intrekkingsreden) {

    /** @param aantallen bids per lot id, for the contract manager; null for everyone else */
    static AanbestedingDto of(Aanbesteding a, Map<Long, Long> aantallen) {
        return new AanbestedingDto(a.getId(), a.getReferentie(), a.getTitel(), a.getOmschrijving(), a.getStatus(),
                Tijd.nl(a.getSluitingstijd()), Tijd.nl(a.getOorspronkelijkeSluitingstijd()),
                Tijd.nl(a.getSluitingstijdVerlengdOp()), a.getVerlengingsreden(), a.getStandstillDagen(), a.getPrijsWeging(),
                a.getKwaliteitscriteria().stream().map(KwaliteitscriteriumDto::of).toList(),
                a.getPercelen().stream()
                        .map(p -> PerceelDto.of(p, aantallen == null ? null : aantallen.getOrDefault(p.getId(), 0L)))
                        .toList(),
                ContractvoorwaardenDto.of(a), Tijd.nl(a.getGepubliceerdOp()), Tijd.nl(a.getGeslotenOp()),
                Tijd.nl(a.getIngetrokkenOp()), a.getIntrekkingsreden());
    }
}
