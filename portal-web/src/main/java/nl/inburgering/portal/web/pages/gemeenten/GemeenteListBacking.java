package nl.inburgering.portal.web.pages.gemeenten;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.web.security.CurrentUser;

/** The gemeenten of the region ({@code /app/gemeenten/list.xhtml}): reference data, by name. */
@Named
@RequestScoped
public class GemeenteListBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    GemeenteService gemeenten;

    private List<Gemeente> lijst;

    @PostConstruct
    void init() {
        lijst = gemeenten.list(currentUser.actor());
    }

    public List<Gemeente> getLijst() {
        return lijst;
    }
}
