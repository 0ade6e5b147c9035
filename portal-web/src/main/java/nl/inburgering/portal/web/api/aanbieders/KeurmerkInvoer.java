package nl.inburgering.portal.web.api.aanbieders;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.web.api.Messages;

/**
 * A new keurmerk period (OpenAPI schema {@code KeurmerkInvoer}): it starts after the latest one.
 *
 * @param geldigTot required for GELDIG
 */
public record KeurmerkInvoer(
        @NotNull(message = Messages.VERPLICHT) KeurmerkStatus status,
        @NotNull(message = Messages.VERPLICHT) LocalDate vanaf,
        LocalDate geldigTot) {
}
