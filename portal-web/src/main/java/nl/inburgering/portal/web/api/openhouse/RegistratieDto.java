package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.openhouse.registratie.Registratie;
import nl.inburgering.portal.openhouse.registratie.RegistratieStatus;

/**
 * A provider's self-registration (OpenAPI schema {@code AanbiederRegistratie}); never the password
 * or its hash.
 *
 * @param aanbiederId GOEDGEKEURD: the provider created on approval
 */
@JsonbPropertyOrder({"id", "status", "naam", "kvkNummer", "soort", "brinCode", "webErkend", "webErkendSinds", "iban",
        "contactNaam", "contactEmail", "contactTelefoon", "gebruikersnaam", "aangevraagdOp", "beoordeeldOp",
        "afwijzingsreden", "aanbiederId"})
public record RegistratieDto(long id, RegistratieStatus status, String naam, String kvkNummer, AanbiederSoort soort,
        String brinCode, boolean webErkend, LocalDate webErkendSinds, String iban, String contactNaam,
        String contactEmail, String contactTelefoon, String gebruikersnaam, Instant aangevraagdOp,
        Instant beoordeeldOp, String afwijzingsreden, Long aanbiederId) {

    static RegistratieDto of(Registratie r) {
        return new RegistratieDto(r.getId(), r.getStatus(), r.getNaam(), r.getKvkNummer().value(), r.getSoort(),
                r.getBrinCode() == null ? null : r.getBrinCode().value(), r.isWebErkend(), r.getWebErkendSinds(),
                r.getIban().value(), r.getContactNaam(), r.getContactEmail().value(), r.getContactTelefoon(),
                r.getGebruikersnaam(), r.getAangevraagdOp(), r.getBeoordeeldOp(), r.getAfwijzingsreden(),
                r.getAanbiederId());
    }
}
