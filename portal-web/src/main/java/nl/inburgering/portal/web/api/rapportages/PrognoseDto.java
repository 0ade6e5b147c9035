package nl.inburgering.portal.web.api.rapportages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.reporting.Prognose;

/** The forecast of a year (OpenAPI schema {@code Prognose}). */
@JsonbPropertyOrder({"jaar", "peildatum", "mix", "mixStandaard", "regels", "totaal"})
public record PrognoseDto(int jaar, LocalDate peildatum, Routemix mix, boolean mixStandaard, List<Regel> regels,
        BigDecimal totaal) {

    /** OpenAPI schema {@code Routemix}: percentages of the inflow, summing to 100. */
    @JsonbPropertyOrder({"onderwijsroute", "b1Route", "zRoute"})
    public record Routemix(BigDecimal onderwijsroute, BigDecimal b1Route, BigDecimal zRoute) {
    }

    /** OpenAPI schema {@code PrognoseRegel}. */
    @JsonbPropertyOrder({"gemeenteId", "gemeenteNaam", "instroom", "instroomStandaard", "trajectOnderwijsroute",
            "trajectB1Route", "trajectZRoute", "kostenOnderwijsroute", "kostenB1Route", "kostenZRoute", "totaal"})
    public record Regel(long gemeenteId, String gemeenteNaam, int instroom, boolean instroomStandaard,
            BigDecimal trajectOnderwijsroute, BigDecimal trajectB1Route, BigDecimal trajectZRoute,
            BigDecimal kostenOnderwijsroute, BigDecimal kostenB1Route, BigDecimal kostenZRoute, BigDecimal totaal) {
    }

    static PrognoseDto of(Prognose p) {
        return new PrognoseDto(p.jaar(), p.peildatum(), new Routemix(p.mix().onderwijsroute(), p.mix().b1Route(),
                p.mix().zRoute()), p.mixStandaard(), p.regels().stream().map(r -> new Regel(r.gemeenteId(),
                r.gemeenteNaam(), r.instroom(), r.instroomStandaard(), r.trajectOnderwijsroute(), r.trajectB1Route(),
                r.trajectZRoute(), r.kostenOnderwijsroute(), r.kostenB1Route(), r.kostenZRoute(), r.totaal()))
                .toList(), p.totaal());
    }
}
