package nl.inburgering.portal.web.pages.inburgeraars;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.web.security.CurrentUser;

/** Names of gemeenten referenced by id (an inburgeraar or placement knows its gemeente by id), once per request. */
@Named
@RequestScoped
public class RegioNamen {

    @Inject
    CurrentUser currentUser;

    @Inject
    GemeenteService gemeenten;

    private Map<Long, String> namen;

    public String gemeente(Long gemeenteId) {
        if (gemeenteId == null) {
            return "";
        }
        if (namen == null) {
            namen = new HashMap<>();
            for (Gemeente g : gemeenten.list(currentUser.actor())) {
                namen.put(g.getId(), g.getNaam());
            }
        }
        return namen.getOrDefault(gemeenteId, "—");
    }
}
