package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens;
import nl.inburgering.portal.web.api.Messages;

/**
 * A new tender or the replacement of a draft (OpenAPI schema {@code AanbestedingInvoer}). The rules
 * (weights sum to 100, deadline ahead, at least one lot, terms) are the domain's, reported all at
 * once with the same field names ({@code kwaliteitscriteria}, {@code percelen[0].gemeenteIds}).
 *
 * @param sluitingstijd   ISO 8601 date-time; without offset it is Dutch time
 * @param standstillDagen absent is the legal minimum of 20
 */
public record AanbestedingInvoer(
        @Size(max = 50, message = Messages.TE_LANG) String referentie,
        @Size(max = 200, message = Messages.TE_LANG) String titel,
        @Size(max = 4000, message = Messages.TE_LANG) String omschrijving,
        @Size(max = 40, message = Messages.TE_LANG) String sluitingstijd,
        Integer standstillDagen,
        BigDecimal prijsWeging,
        @Valid @Size(max = 20, message = Messages.TE_VEEL) List<CriteriumInvoer> kwaliteitscriteria,
        @Valid @Size(max = 20, message = Messages.TE_VEEL) List<PerceelInvoer> percelen,
        @Valid VoorwaardenInvoer voorwaarden) {

    /** A quality criterion (OpenAPI schema {@code KwaliteitscriteriumInvoer}). */
    public record CriteriumInvoer(@Size(max = 200, message = Messages.TE_LANG) String naam, BigDecimal weging,
            Integer maxScore) {
    }

    /** A lot (OpenAPI schema {@code PerceelInvoer}). */
    public record PerceelInvoer(@Size(max = 80, message = Messages.TE_LANG) String naam, Leerroute leerroute,
            @Size(max = 50, message = Messages.TE_VEEL) Set<Long> gemeenteIds, Integer aantalWinnaars,
            @Valid @Size(max = 20, message = Messages.TE_VEEL) List<PrijsonderdeelInvoer> prijsonderdelen) {
    }

    /**
     * A tariff item (OpenAPI schema {@code PrijsonderdeelInvoer}).
     *
     * @param onderdeel optional, PER_UUR only: the course component the item prices; required and different per
     *                  item when the lot has more than one
     */
    public record PrijsonderdeelInvoer(@Size(max = 200, message = Messages.TE_LANG) String omschrijving,
            Long geraamdVolume, Onderdeel onderdeel) {
    }

    /** The contract terms (OpenAPI schema {@code ContractvoorwaardenInvoer}). */
    public record VoorwaardenInvoer(Integer looptijdMaanden, Integer verlengopties, Integer verlengingMaanden,
            Betaalmodel betaalmodel, Map<Mijlpaal, BigDecimal> mijlpalen, BigDecimal maxUrenPerPlaatsing,
            BtwTarief btwTarief, Boolean geoorloofdVerzuimDeclarabel) {
    }

    /** The domain's input, with the deadline as parsed by the caller (see {@link Tijd#lokaal}). */
    AanbestedingGegevens gegevens(LocalDateTime deadline) {
        return new AanbestedingGegevens(referentie, titel, omschrijving, deadline,
                standstillDagen, prijsWeging,
                kwaliteitscriteria == null ? null : kwaliteitscriteria.stream()
                        .map(c -> c == null ? null : new AanbestedingGegevens.Criterium(c.naam(), c.weging(), c.maxScore()))
                        .toList(),
                percelen == null ? null : percelen.stream().map(AanbestedingInvoer::perceel).toList(),
                voorwaarden == null ? null : new AanbestedingGegevens.Voorwaarden(voorwaarden.looptijdMaanden(),
                        voorwaarden.verlengopties(), voorwaarden.verlengingMaanden(), voorwaarden.betaalmodel(),
                        voorwaarden.mijlpalen(), voorwaarden.maxUrenPerPlaatsing(), voorwaarden.btwTarief(),
                        Boolean.TRUE.equals(voorwaarden.geoorloofdVerzuimDeclarabel())));
    }

    private static AanbestedingGegevens.PerceelInvoer perceel(PerceelInvoer p) {
        if (p == null) {
            return null;
        }
        return new AanbestedingGegevens.PerceelInvoer(p.naam(), p.leerroute(), p.gemeenteIds(), p.aantalWinnaars(),
                p.prijsonderdelen() == null ? null : p.prijsonderdelen().stream()
                        .map(t -> t == null ? null : new AanbestedingGegevens.Post(t.omschrijving(), t.geraamdVolume(),
                                t.onderdeel()))
                        .toList());
    }
}
