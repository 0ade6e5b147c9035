package nl.inburgering.portal.web.api.openhouse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.inburgering.portal.openhouse.aanmelding.AntwoordGegevens;
import nl.inburgering.portal.web.api.Messages;

/** Answers to save in a draft application (OpenAPI schema {@code AanmeldingInvoer}); others stay as they are. */
public record AntwoordenInvoer(
        @NotNull(message = Messages.VERPLICHT) @Size(max = 50, message = Messages.TE_VEEL)
                List<@NotNull(message = Messages.VERPLICHT) @Valid AntwoordInvoer> antwoorden) {

    List<AntwoordGegevens> gegevens() {
        return antwoorden.stream().map(a -> new AntwoordGegevens(a.eisVolgnummer(), a.tekst())).toList();
    }
}
