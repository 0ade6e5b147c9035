package nl.inburgering.portal.web.api.aanbieders;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;

/**
 * A provider as the API shows it (OpenAPI schema {@code Aanbieder}).
 *
 * @param actueelKeurmerk the keurmerk period in force today; absent when none is
 */
@JsonbPropertyOrder({"id", "naam", "kvkNummer", "soort", "brinCode", "webErkend", "webErkendSinds", "iban",
        "contactEmail", "actueelKeurmerk"})
public record AanbiederDto(long id, String naam, String kvkNummer, AanbiederSoort soort, String brinCode,
        boolean webErkend, LocalDate webErkendSinds, String iban, String contactEmail,
        KeurmerkPeriodeDto actueelKeurmerk) {

    static AanbiederDto of(Aanbieder a, LocalDate today) {
        return new AanbiederDto(a.getId(), a.getNaam(), a.getKvkNummer().value(), a.getSoort(),
                a.getBrinCode() == null ? null : a.getBrinCode().value(), a.isWebErkend(), a.getWebErkendSinds(),
                a.getIban().value(), a.getContactEmail() == null ? null : a.getContactEmail().toString(),
                a.keurmerkPeriodeOp(today).map(KeurmerkPeriodeDto::of).orElse(null));
    }
}
