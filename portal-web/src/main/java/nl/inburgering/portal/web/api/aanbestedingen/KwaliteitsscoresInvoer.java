package nl.inburgering.portal.web.api.aanbestedingen;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.inburgering.portal.web.api.Messages;

/**
 * The contract manager's quality scores of one bid (OpenAPI schema {@code KwaliteitsscoresInvoer}):
 * every criterion of the tender once, from 0 to its maximum score.
 */
public record KwaliteitsscoresInvoer(@Valid @Size(max = 20, message = Messages.TE_VEEL) List<ScoreInvoer> scores) {

    /** @param criterium the criterion's number (from 1) */
    public record ScoreInvoer(Integer criterium, BigDecimal score) {
    }
}
