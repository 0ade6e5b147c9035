package nl.inburgering.portal.web.api.plaatsingen;

import java.math.BigDecimal;

/**
 * The provider accepts a proposal (OpenAPI schema {@code AcceptatieInvoer}).
 *
 * @param geplandeUren optional: the planned hours, replacing those of the referral
 */
public record AcceptatieInvoer(BigDecimal geplandeUren) {
}
