package nl.inburgering.portal.web.api.openhouse;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import nl.inburgering.portal.openhouse.aanmelding.Beeindiging;

/**
 * The contract that ends after a withdrawal (OpenAPI schema {@code Beeindiging}).
 *
 * @param verwerkt whether the contract has been ended
 */
@JsonbPropertyOrder({"aanmeldingId", "contractId", "contractNummer", "einddatum", "verwerkt"})
public record BeeindigingDto(long aanmeldingId, long contractId, String contractNummer, LocalDate einddatum,
        boolean verwerkt) {

    static BeeindigingDto of(Beeindiging b) {
        return new BeeindigingDto(b.aanmeldingId(), b.contractId(), b.contractNummer().value(), b.einddatum(),
                b.verwerkt());
    }
}
