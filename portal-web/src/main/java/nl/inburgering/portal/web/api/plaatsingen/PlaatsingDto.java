package nl.inburgering.portal.web.api.plaatsingen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.placement.BeeindigingsReden;
import nl.inburgering.portal.contracts.placement.PlaatsingActie;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * A placement as the API shows it (OpenAPI schema {@code Plaatsing}), with its history and pauses. Never
 * a BSN.
 *
 * @param gekozenAanbiederId for the onderwijsroute: the provider the inburgeraar chose
 * @param acties             the operations the caller may do now, named as their path segment under
 *                           {@code /plaatsingen/{plaatsingId}/} (the service checks again)
 */
@JsonbPropertyOrder({"id", "inburgeraarId", "inburgeraarNaam", "klantReferentie", "gemeenteId", "zelfbetaler",
        "leerroute", "status", "contractId", "contractNummer", "aanbiederId", "gekozenAanbiederId", "aangemeldOp",
        "geplandeStart", "geplandeUren", "werkelijkeStart", "einddatum", "eindreden", "eindtoelichting",
        "vorigePlaatsingId", "acties", "historie", "onderbrekingen"})
public record PlaatsingDto(long id, long inburgeraarId, String inburgeraarNaam, String klantReferentie,
        long gemeenteId, boolean zelfbetaler, Leerroute leerroute, PlaatsingStatus status, Long contractId,
        String contractNummer, Long aanbiederId, Long gekozenAanbiederId, LocalDate aangemeldOp,
        LocalDate geplandeStart, BigDecimal geplandeUren, LocalDate werkelijkeStart, LocalDate einddatum,
        BeeindigingsReden eindreden, String eindtoelichting, Long vorigePlaatsingId, List<String> acties,
        List<StatusWijzigingDto> historie, List<OnderbrekingDto> onderbrekingen) {

    /** Each action as the path segment of its operation. */
    static final Map<PlaatsingActie, String> OPERATIES = Map.of(
            PlaatsingActie.VOORSTELLEN, "aanbiederkeuze",
            PlaatsingActie.ACCEPTEREN, "acceptatie",
            PlaatsingActie.WEIGEREN, "weigering",
            PlaatsingActie.STARTEN, "start",
            PlaatsingActie.ONDERBREKEN, "onderbreking",
            PlaatsingActie.HERVATTEN, "hervatting",
            PlaatsingActie.AFRONDEN, "afronding",
            PlaatsingActie.BEEINDIGEN, "beeindiging",
            PlaatsingActie.INTREKKEN, "intrekking",
            PlaatsingActie.OVERSTAPPEN, "overstap");

    public static PlaatsingDto of(PlaatsingView v) {
        List<String> acties = v.acties().stream()
                // the tendered routes are proposed through /toewijzingsvoorstellen, not one by one
                .filter(a -> a != PlaatsingActie.VOORSTELLEN || v.leerroute() == Leerroute.ONDERWIJSROUTE)
                .sorted()
                .map(OPERATIES::get)
                .toList();
        return new PlaatsingDto(v.id(), v.inburgeraarId(), v.inburgeraarNaam(), v.klantReferentie(), v.gemeenteId(),
                v.zelfbetaler(), v.leerroute(), v.status(), v.contractId(),
                v.contractNummer() == null ? null : v.contractNummer().value(), v.aanbiederId(),
                v.voorkeurAanbiederId(), v.aangemeldOp(), v.geplandeStart(), v.geplandeUren(), v.werkelijkeStart(),
                v.einddatum(), v.eindreden(), v.eindtoelichting(), v.vorigePlaatsingId(), acties,
                v.historie().stream().map(StatusWijzigingDto::of).toList(),
                v.onderbrekingen().stream().map(OnderbrekingDto::of).toList());
    }
}
