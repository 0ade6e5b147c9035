package nl.inburgering.portal.web.api.rapportages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.reporting.RegioOverzicht;

/** The contract manager's overview of the region for a year (OpenAPI schema {@code RegioRapportage}). */
@JsonbPropertyOrder({"jaar", "peildatum", "gemeenten", "totaalGemeenten", "goedgekeurdGemeenten",
        "goedgekeurdZelfbetalers", "budgetten", "contracten", "percelen", "keurmerken", "eindigendeContracten",
        "standstills", "teBeoordelen"})
public record RegioRapportageDto(int jaar, LocalDate peildatum, List<Maandreeks> gemeenten,
        Maandreeks totaalGemeenten, Maandreeks goedgekeurdGemeenten, Maandreeks goedgekeurdZelfbetalers,
        List<BudgetDto> budgetten, List<Bezetting> contracten, List<Bezetting> percelen, List<Keurmerk> keurmerken,
        List<EindigendContract> eindigendeContracten, List<Standstill> standstills,
        List<TeBeoordelenFactuur> teBeoordelen) {

    /** OpenAPI schema {@code RapportageMaandreeks}: twelve amounts, January first. */
    @JsonbPropertyOrder({"gemeenteId", "naam", "bedragen", "totaal"})
    public record Maandreeks(Long gemeenteId, String naam, List<BigDecimal> bedragen, BigDecimal totaal) {
    }

    /** OpenAPI schema {@code RapportageBezetting}. */
    @JsonbPropertyOrder({"contractId", "contractNummer", "aanbiederNaam", "perceel", "contracten", "capaciteit",
            "lopend", "percentage"})
    public record Bezetting(Long contractId, String contractNummer, String aanbiederNaam, String perceel,
            int contracten, Integer capaciteit, long lopend, BigDecimal percentage) {
    }

    /** OpenAPI schema {@code RapportageKeurmerk}. */
    @JsonbPropertyOrder({"aanbiederId", "aanbiederNaam", "status", "vanaf", "geldigTot", "dagenResterend",
            "lopendePlaatsingen"})
    public record Keurmerk(long aanbiederId, String aanbiederNaam, String status, LocalDate vanaf,
            LocalDate geldigTot, Long dagenResterend, long lopendePlaatsingen) {
    }

    /** OpenAPI schema {@code RapportageEindigendContract}. */
    @JsonbPropertyOrder({"contractId", "contractNummer", "aanbiederNaam", "einddatum", "dagenResterend",
            "verlengoptiesResterend", "lopendePlaatsingen"})
    public record EindigendContract(long contractId, String contractNummer, String aanbiederNaam,
            LocalDate einddatum, long dagenResterend, int verlengoptiesResterend, long lopendePlaatsingen) {
    }

    /** OpenAPI schema {@code RapportageStandstill}. */
    @JsonbPropertyOrder({"aanbestedingId", "referentie", "titel", "verzenddatum", "standstillEinde",
            "dagenResterend", "openBezwaren"})
    public record Standstill(long aanbestedingId, String referentie, String titel, LocalDate verzenddatum,
            LocalDate standstillEinde, long dagenResterend, long openBezwaren) {
    }

    /** OpenAPI schema {@code RapportageTeBeoordelenFactuur}. */
    @JsonbPropertyOrder({"factuurId", "factuurnummer", "contractNummer", "aanbiederNaam", "maand", "soort", "netto",
            "btw", "ingediendOp", "dagenWachtend"})
    public record TeBeoordelenFactuur(long factuurId, String factuurnummer, String contractNummer,
            String aanbiederNaam, LocalDate maand, String soort, BigDecimal netto, BigDecimal btw, Instant ingediendOp,
            long dagenWachtend) {
    }

    static RegioRapportageDto of(RegioOverzicht o) {
        return new RegioRapportageDto(o.jaar(), o.peildatum(), o.gemeenten().stream().map(RegioRapportageDto::reeks)
                .toList(), reeks(o.totaalGemeenten()), reeks(o.goedgekeurdGemeenten()),
                reeks(o.goedgekeurdZelfbetalers()), o.budgetten().stream().map(BudgetDto::of).toList(),
                o.contracten().stream().map(RegioRapportageDto::bezetting).toList(),
                o.percelen().stream().map(RegioRapportageDto::bezetting).toList(),
                o.keurmerken().stream().map(k -> new Keurmerk(k.aanbiederId(), k.aanbiederNaam(), k.status(),
                        k.vanaf(), k.geldigTot(), k.dagenResterend(), k.lopendePlaatsingen())).toList(),
                o.eindigendeContracten().stream().map(c -> new EindigendContract(c.contractId(), c.contractNummer(),
                        c.aanbiederNaam(), c.einddatum(), c.dagenResterend(), c.verlengoptiesResterend(),
                        c.lopendePlaatsingen())).toList(),
                o.standstills().stream().map(s -> new Standstill(s.aanbestedingId(), s.referentie(), s.titel(),
                        s.verzenddatum(), s.standstillEinde(), s.dagenResterend(), s.openBezwaren())).toList(),
                o.teBeoordelen().stream().map(f -> new TeBeoordelenFactuur(f.factuurId(), f.factuurnummer(),
                        f.contractNummer(), f.aanbiederNaam(), f.maand(), f.soort(), f.netto(), f.btw(),
                        f.ingediendOp(), f.dagenWachtend())).toList());
    }

    private static Maandreeks reeks(RegioOverzicht.Maandreeks r) {
        return new Maandreeks(r.gemeenteId(), r.naam(), r.bedragen(), r.totaal());
    }

    private static Bezetting bezetting(RegioOverzicht.Bezetting b) {
        return new Bezetting(b.contractId(), b.contractNummer(), b.aanbiederNaam(), b.perceel(), b.contracten(),
                b.capaciteit(), b.lopend(), b.percentage());
    }
}
