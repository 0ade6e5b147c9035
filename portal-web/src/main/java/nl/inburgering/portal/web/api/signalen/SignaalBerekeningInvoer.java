package nl.inburgering.portal.web.api.signalen;

import java.time.LocalDate;

/**
 * Computes the signals (OpenAPI schema {@code SignaalBerekeningInvoer}).
 *
 * @param peildatum the 4 full weeks before the week of this date; default today
 */
public record SignaalBerekeningInvoer(LocalDate peildatum) {
}
