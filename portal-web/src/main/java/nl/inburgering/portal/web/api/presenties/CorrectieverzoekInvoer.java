package nl.inburgering.portal.web.api.presenties;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.inburgering.portal.contracts.attendance.CorrectieGegevens;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.web.api.Messages;

/**
 * A provider's proposal to change attendance in a settled month (OpenAPI schema
 * {@code CorrectieverzoekInvoer}): the new values and why.
 */
public record CorrectieverzoekInvoer(@NotNull(message = Messages.VERPLICHT) Long plaatsingId,
        @NotNull(message = Messages.VERPLICHT) LocalDate datum,
        @NotNull(message = Messages.VERPLICHT) Onderdeel onderdeel,
        @NotNull(message = Messages.VERPLICHT) BigDecimal geroosterdeUren,
        @NotNull(message = Messages.VERPLICHT) BigDecimal aanwezigeUren, Verzuimreden verzuimreden,
        @NotBlank(message = Messages.VERPLICHT) @Size(max = 2000, message = "Hoogstens 2000 tekens.") String reden) {

    CorrectieGegevens gegevens() {
        return new CorrectieGegevens(plaatsingId, datum, onderdeel, geroosterdeUren, aanwezigeUren, verzuimreden,
                reden);
    }
}
