package nl.inburgering.portal.web.pages.openhouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;

/**
 * The gemeenten of the region by id ({@code #{gemeenteNamen}}), for procedures that reference them by
 * id. Reference data that the public procedure pages show too, so it is read as the system.
 */
@Named
@RequestScoped
public class GemeenteNamen {

    @Inject
    GemeenteService gemeenten;

    private Map<Long, Gemeente> perId;

    private Map<Long, Gemeente> perId() {
        if (perId == null) {
            perId = new LinkedHashMap<>();
            gemeenten.list(Actor.system()).forEach(g -> perId.put(g.getId(), g));
        }
        return perId;
    }

    /** All gemeenten, by name. */
    public List<Gemeente> getAlle() {
        return List.copyOf(perId().values());
    }

    /** The gemeenten with these ids, by name. */
    public List<Gemeente> van(Collection<Long> ids) {
        return perId().values().stream().filter(g -> ids.contains(g.getId())).toList();
    }
}
