package nl.inburgering.portal.tendering.inschrijving;

import java.math.BigDecimal;
import java.util.List;

/**
 * A bid as entered by a provider: {@link InschrijvingService} validates every field at once (field
 * names {@code perceelId}, {@code prijzen}, {@code prijzen[0].prijs}).
 *
 * @param prijzen a price for every tariff item of the lot
 */
public record InschrijvingGegevens(Long perceelId, List<Prijs> prijzen) {

    /**
     * @param post  the tariff item's number in the lot (from 1)
     * @param prijs euros per unit, more than zero, at most two decimals
     */
    public record Prijs(Integer post, BigDecimal prijs) {
    }
}
