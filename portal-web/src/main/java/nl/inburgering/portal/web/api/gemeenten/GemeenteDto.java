package nl.inburgering.portal.web.api.gemeenten;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import nl.inburgering.portal.contracts.gemeente.FactuurContact;
import nl.inburgering.portal.contracts.gemeente.Gemeente;

/**
 * A gemeente as the API shows it (OpenAPI schema {@code Gemeente}).
 *
 * @param oin                 optional
 * @param factuurContactNaam  optional; with {@code factuurContactEmail}
 * @param adres               optional: the postal address on the UBL invoice of a statement
 * @param iban                optional: the account the statements are paid to (of the centrumgemeente)
 * @param btwNummer           optional: the VAT identifier (of the centrumgemeente)
 */
@JsonbPropertyOrder({"id", "cbsCode", "naam", "oin", "centrumgemeente", "factuurContactNaam", "factuurContactEmail",
        "adres", "iban", "btwNummer"})
public record GemeenteDto(long id, String cbsCode, String naam, String oin, boolean centrumgemeente,
        String factuurContactNaam, String factuurContactEmail, AdresDto adres, String iban, String btwNummer) {

    static GemeenteDto of(Gemeente g) {
        FactuurContact c = g.getFactuurContact();
        return new GemeenteDto(g.getId(), g.getCbsCode().value(), g.getNaam(),
                g.getOin() == null ? null : g.getOin().value(), g.isLead(),
                c == null ? null : c.getNaam(), c == null ? null : c.getEmail().toString(),
                AdresDto.of(g.getAdres()), g.getIban() == null ? null : g.getIban().value(), g.getBtwNummer());
    }
}
