package nl.inburgering.portal.web.api.presenties;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A locked month (OpenAPI schema {@code MaandAfsluiting}).
 *
 * @param nieuw false when the month was already locked
 */
@JsonbPropertyOrder({"contractId", "maand", "nieuw"})
public record MaandAfsluitingDto(long contractId, String maand, boolean nieuw) {
}
