package nl.inburgering.portal.web.pages.gemeenten;

import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Gemeente;

/**
 * One row of the gemeenten list: what the table shows, and what the UBL invoice of a statement still lacks of
 * the gemeente ({@link FactuurOnderdeel}).
 *
 * @param oin       null when not known
 * @param ontbreekt empty when the billing data are complete
 */
public record GemeenteRij(long id, String cbsCode, String naam, String oin, boolean lead,
        List<FactuurOnderdeel> ontbreekt) implements Serializable {

    static GemeenteRij of(Gemeente g) {
        return new GemeenteRij(g.getId(), g.getCbsCode().value(), g.getNaam(),
                g.getOin() == null ? null : g.getOin().value(), g.isLead(), FactuurOnderdeel.ontbrekend(g));
    }

    public boolean compleet() {
        return ontbreekt.isEmpty();
    }
}
