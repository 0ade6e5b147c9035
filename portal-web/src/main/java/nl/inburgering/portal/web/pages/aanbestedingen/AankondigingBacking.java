package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.web.pages.Pages;

/**
 * The public notices of tenders, without login (DESIGN.md, "Pages"): the list
 * ({@code /aanbestedingen/list.xhtml}) and one notice ({@code /aanbestedingen/aankondiging.xhtml?id=})
 * with its lots, award criteria, deadline and contract terms; request-scoped, so a visitor gets no
 * session. Only what is published
 * ({@link AanbestedingService#publiekeAankondiging}); a draft or unknown id answers 404. Never bids.
 */
@Named
@RequestScoped
public class AankondigingBacking {

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GemeenteService gemeenteService;

    private Long id;
    private Aanbesteding aanbesteding;
    private List<Aanbesteding> lijst;
    private Map<Long, String> gemeenteNamen;

    /** View action of the notice page. */
    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            aanbesteding = aanbestedingen.publiekeAankondiging(id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    /** Every public notice, latest deadline first. */
    public List<Aanbesteding> getLijst() {
        if (lijst == null) {
            lijst = aanbestedingen.publiekeAankondigingen();
        }
        return lijst;
    }

    public boolean open(Aanbesteding a) {
        return a.isOpenVoorInschrijving(Instant.now());
    }

    public Duration getTijdTotSluiting() {
        Duration d = Duration.between(Instant.now(), aanbesteding.getSluitingstijd());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /**
     * The names of a lot's gemeenten. Gemeente names are public reference data, read as the system
     * since the visitor is not logged in.
     */
    public String gemeenten(Perceel perceel) {
        if (gemeenteNamen == null) {
            gemeenteNamen = gemeenteService.list(Actor.system()).stream()
                    .collect(Collectors.toMap(Gemeente::getId, Gemeente::getNaam));
        }
        return perceel.getGemeenteIds().stream().map(g -> gemeenteNamen.getOrDefault(g, "#" + g)).sorted()
                .collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Aanbesteding getAanbesteding() {
        return aanbesteding;
    }
}
