package nl.inburgering.portal.web.api.rapportages;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.reporting.GemeenteDashboard;

/** The gemeente's dashboard of a year (OpenAPI schema {@code GemeenteRapportage}). */
@JsonbPropertyOrder({"gemeenteId", "gemeenteNaam", "jaar", "peildatum", "inburgeraars", "kosten",
        "kostenPerAanbieder", "budget", "aanwezigheid", "examens", "signalen"})
public record GemeenteRapportageDto(long gemeenteId, String gemeenteNaam, int jaar, LocalDate peildatum,
        List<Inburgeraars> inburgeraars, List<MaandKosten> kosten, List<AanbiederKosten> kostenPerAanbieder,
        BudgetDto budget, List<Aanwezigheid> aanwezigheid, List<Examen> examens, List<Signalen> signalen) {

    /** OpenAPI schema {@code RapportageInburgeraars}: per status of the latest placement, GEEN_PLAATSING first. */
    @JsonbPropertyOrder({"leerroute", "perStatus", "totaal"})
    public record Inburgeraars(Leerroute leerroute, Map<String, Long> perStatus, long totaal) {
    }

    /** OpenAPI schema {@code RapportageMaandKosten}. */
    @JsonbPropertyOrder({"maand", "onderwijsroute", "b1Route", "zRoute", "netto", "btw", "totaal"})
    public record MaandKosten(LocalDate maand, BigDecimal onderwijsroute, BigDecimal b1Route, BigDecimal zRoute,
            BigDecimal netto, BigDecimal btw, BigDecimal totaal) {
    }

    /** OpenAPI schema {@code RapportageAanbiederKosten}. */
    @JsonbPropertyOrder({"aanbiederId", "aanbiederNaam", "netto", "btw", "totaal"})
    public record AanbiederKosten(long aanbiederId, String aanbiederNaam, BigDecimal netto, BigDecimal btw,
            BigDecimal totaal) {
    }

    /** OpenAPI schema {@code RapportageAanwezigheid}. */
    @JsonbPropertyOrder({"maand", "geroosterd", "aanwezig", "geoorloofd", "ongeoorloofd", "ziek", "percentage"})
    public record Aanwezigheid(LocalDate maand, BigDecimal geroosterd, BigDecimal aanwezig, BigDecimal geoorloofd,
            BigDecimal ongeoorloofd, BigDecimal ziek, BigDecimal percentage) {
    }

    /** OpenAPI schema {@code RapportageExamen}. */
    @JsonbPropertyOrder({"onderdeel", "niveau", "afgelegd", "gehaald", "slagingspercentage"})
    public record Examen(String onderdeel, String niveau, long afgelegd, long gehaald, BigDecimal slagingspercentage) {
    }

    /** OpenAPI schema {@code RapportageSignalen}. */
    @JsonbPropertyOrder({"soort", "aanbiederNaam", "aantal", "inburgeraars"})
    public record Signalen(String soort, String aanbiederNaam, long aantal, long inburgeraars) {
    }

    static GemeenteRapportageDto of(GemeenteDashboard d) {
        return new GemeenteRapportageDto(d.gemeenteId(), d.gemeenteNaam(), d.jaar(), d.peildatum(),
                d.inburgeraars().stream().map(r -> {
                    Map<String, Long> perStatus = new LinkedHashMap<>();
                    for (int i = 0; i < GemeenteDashboard.STATUSSEN.size(); i++) {
                        perStatus.put(GemeenteDashboard.STATUSSEN.get(i), r.perStatus().get(i));
                    }
                    return new Inburgeraars(r.leerroute(), perStatus, r.totaal());
                }).toList(),
                d.kosten().stream().map(m -> new MaandKosten(m.maand(), m.onderwijsroute(), m.b1Route(), m.zRoute(),
                        m.netto(), m.btw(), m.totaal())).toList(),
                d.kostenPerAanbieder().stream().map(a -> new AanbiederKosten(a.aanbiederId(), a.aanbiederNaam(),
                        a.netto(), a.btw(), a.totaal())).toList(),
                BudgetDto.of(d.budget()),
                d.aanwezigheid().stream().map(a -> new Aanwezigheid(a.maand(), a.geroosterd(), a.aanwezig(),
                        a.geoorloofd(), a.ongeoorloofd(), a.ziek(), a.percentage())).toList(),
                d.examens().stream().map(e -> new Examen(e.onderdeel(), e.niveau(), e.afgelegd(), e.gehaald(),
                        e.slagingspercentage())).toList(),
                d.signalen().stream().map(s -> new Signalen(s.soort(), s.aanbiederNaam(), s.aantal(),
                        s.inburgeraars())).toList());
    }
}
