package nl.inburgering.portal.web.api.signalen;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** What a computation of signals did (OpenAPI schema {@code SignaalBerekening}). */
@JsonbPropertyOrder({"periodeVan", "periodeTot", "beoordeeld", "nieuw"})
public record SignaalBerekeningDto(LocalDate periodeVan, LocalDate periodeTot, int beoordeeld, int nieuw) {
}
