package nl.inburgering.portal.web.api.openhouse;

import java.time.LocalDate;

/**
 * A withdrawal (opzegging) from an admitted procedure (OpenAPI schema {@code OpzeggingInvoer}).
 *
 * @param per optional: a later end date than the notice period gives; absent is the earliest date
 */
public record OpzeggingInvoer(LocalDate per) {
}
