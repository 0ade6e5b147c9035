package nl.inburgering.portal.contracts.gemeente;

/**
 * Input for what the UBL invoice of a statement needs of a gemeente, as typed (SI-UBL 2.0 / NLCIUS): the
 * postal address (all three or none), and of the lead municipality the IBAN its statements are paid to and
 * its VAT identifier. {@link GemeenteService#wijzigFactuurgegevens} validates every field at once.
 *
 * @param iban      optional
 * @param btwNummer optional, {@code NL} + 9 digits + {@code B} + 2 digits
 */
public record GemeenteFactuurgegevens(String straat, String postcode, String plaats, String iban, String btwNummer) {
}
