package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.inburgering.portal.openhouse.aanmelding.EisBeoordeling;
import nl.inburgering.portal.web.api.Messages;

/**
 * The contract manager's assessment of conditions of a submitted application (OpenAPI schema
 * {@code BeoordelingInvoer}); conditions not listed keep their assessment.
 */
public record BeoordelingInvoer(
        @NotEmpty(message = Messages.NIET_LEEG) @Size(max = 50, message = Messages.TE_VEEL)
                List<@NotNull(message = Messages.VERPLICHT) @Valid EisBeoordelingInvoer> beoordelingen) {

    List<EisBeoordeling> gegevens() {
        return beoordelingen.stream()
                .map(b -> new EisBeoordeling(b.eisVolgnummer(), b.voldaan(), b.opmerking()))
                .toList();
    }
}
