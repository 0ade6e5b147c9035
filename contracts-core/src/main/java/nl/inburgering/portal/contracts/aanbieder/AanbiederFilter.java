package nl.inburgering.portal.contracts.aanbieder;

import java.time.LocalDate;

/**
 * Filter of the provider list; every field is optional (null: no condition).
 *
 * @param naam           contained in the name, case-insensitive
 * @param soort          kind of provider
 * @param keurmerkStatus keurmerk status on {@code peildatum}, by the rule of
 *                       {@link Aanbieder#keurmerkStatusOp}
 * @param peildatum      the date for {@code keurmerkStatus}; today when null
 */
public record AanbiederFilter(String naam, AanbiederSoort soort, KeurmerkStatus keurmerkStatus, LocalDate peildatum) {

    public static AanbiederFilter none() {
        return new AanbiederFilter(null, null, null, null);
    }
}
