package nl.inburgering.portal.web.api.inburgeraars;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.inburgeraar.Doelgroep;
import nl.inburgering.portal.contracts.inburgeraar.InburgeraarView;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * An inburgeraar as the API shows it (OpenAPI schema {@code Inburgeraar}). The BSN only masked, and
 * for a provider not at all (the field is then absent).
 */
@JsonbPropertyOrder({"id", "gemeenteId", "klantReferentie", "bsnGemaskeerd", "voorletters", "achternaam", "doelgroep",
        "leerroute", "pipDatum", "zelfbetaler", "voorkeurAanbiederId"})
public record InburgeraarDto(long id, long gemeenteId, String klantReferentie, String bsnGemaskeerd,
        String voorletters, String achternaam, Doelgroep doelgroep, Leerroute leerroute, LocalDate pipDatum,
        boolean zelfbetaler, Long voorkeurAanbiederId) {

    public static InburgeraarDto of(InburgeraarView v) {
        return new InburgeraarDto(v.id(), v.gemeenteId(), v.klantReferentie(), v.bsnGemaskeerd(), v.voorletters(),
                v.achternaam(), v.doelgroep(), v.leerroute(), v.pipDatum(), v.zelfbetaler(), v.voorkeurAanbiederId());
    }
}
