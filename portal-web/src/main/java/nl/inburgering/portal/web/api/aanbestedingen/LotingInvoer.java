package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.constraints.Size;
import java.util.List;
import nl.inburgering.portal.web.api.Messages;

/**
 * A draw that decides a tie (OpenAPI schema {@code LotingInvoer}).
 *
 * @param volgorde    the ids of exactly the tied bids, in drawn order: the first ranks highest
 * @param toelichting how and by whom the draw was done
 */
public record LotingInvoer(@Size(max = 50, message = Messages.TE_VEEL) List<Long> volgorde,
        @Size(max = 1000, message = Messages.TE_LANG) String toelichting) {
}
