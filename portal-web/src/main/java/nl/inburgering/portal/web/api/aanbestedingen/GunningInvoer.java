package nl.inburgering.portal.web.api.aanbestedingen;

import java.time.LocalDate;

/**
 * The definitive award (OpenAPI schema {@code GunningInvoer}).
 *
 * @param startdatum the contracts' start date: on or after the first day after the standstill
 */
public record GunningInvoer(LocalDate startdatum) {
}
