package nl.inburgering.portal.web.api.gemeenten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import nl.inburgering.portal.contracts.gemeente.Adres;

/**
 * A gemeente's postal address as the API shows it (OpenAPI schema {@code Adres}): street with house number,
 * post code in canonical form ({@code 9712 HN}) and place.
 */
@JsonbPropertyOrder({"straat", "postcode", "plaats"})
public record AdresDto(String straat, String postcode, String plaats) {

    /** @return null for no address */
    static AdresDto of(Adres a) {
        return a == null ? null : new AdresDto(a.straat(), a.postcode(), a.plaats());
    }
}
