package nl.inburgering.portal.web.pages.gemeenten;

import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Gemeente;

/**
 * What the UBL invoice of a monthly statement (verrekenstaat) needs of a gemeente, the same rule the export
 * applies before it makes one (SI-UBL 2.0 / NLCIUS; {@code VerrekenstaatUbl}): of every gemeente the OIN and the
 * postal address, of the centrumgemeente, which sends the invoices, also the IBAN they are paid to and its VAT
 * identifier. Bundle key of each: {@code gemeente.factuurgegevens.onderdeel.<NAME>}.
 */
public enum FactuurOnderdeel {
    OIN, ADRES, IBAN, BTW_NUMMER;

    /** What the gemeente still lacks, in this order; empty when the export has all it needs of it. */
    static List<FactuurOnderdeel> ontbrekend(Gemeente g) {
        List<FactuurOnderdeel> ontbreekt = new ArrayList<>();
        if (g.getOin() == null) {
            ontbreekt.add(OIN);
        }
        if (g.getAdres() == null) {
            ontbreekt.add(ADRES);
        }
        if (g.isLead() && g.getIban() == null) {
            ontbreekt.add(IBAN);
        }
        if (g.isLead() && (g.getBtwNummer() == null || g.getBtwNummer().isBlank())) {
            ontbreekt.add(BTW_NUMMER);
        }
        return List.copyOf(ontbreekt);
    }
}
