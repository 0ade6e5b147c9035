package nl.inburgering.portal.contracts.gemeente;

/**
 * Input for creating or changing a gemeente, as typed: {@link GemeenteService} validates every field
 * at once. The CBS code cannot change: it is ignored on update.
 *
 * @param oin                 optional, 20 digits
 * @param factuurContactNaam  optional; with an e-mail address
 * @param factuurContactEmail optional; with a name
 */
public record GemeenteGegevens(String cbsCode, String naam, String oin, boolean lead, String factuurContactNaam,
        String factuurContactEmail) {
}
