package nl.inburgering.portal.web.api.aanbestedingen;

/**
 * Exercising an extension option (OpenAPI schema {@code VerlengingInvoer}).
 *
 * @param optie the option's number: 1 for the first; options are used once each, in order
 */
public record VerlengingInvoer(Integer optie) {
}
