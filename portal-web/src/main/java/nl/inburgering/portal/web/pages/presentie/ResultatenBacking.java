package nl.inburgering.portal.web.pages.presentie;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.attendance.ResultaatFilter;
import nl.inburgering.portal.contracts.attendance.ResultaatGegevens;
import nl.inburgering.portal.contracts.attendance.ResultaatService;
import nl.inburgering.portal.contracts.attendance.ResultaatSoort;
import nl.inburgering.portal.contracts.attendance.ResultaatView;
import nl.inburgering.portal.contracts.attendance.Taalniveau;
import nl.inburgering.portal.contracts.attendance.Uitslag;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * Results of placements ({@code /app/presentie/resultaten.xhtml?plaatsing=}; DESIGN.md, "Domain model",
 * Resultaat; issue 6, "Results"): the provider records, for a started placement on its own contract, an exam
 * component (LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN with level and outcome; KNM with its outcome), a progress
 * report, or the completion of the route, which completes the placement ({@link ResultaatService#legVast}).
 * The form offers only the fields the chosen kind has; the service's refusals are shown next to their field.
 * Below, the results recorded so far: of the placement when one is given, else all the user may see, paged
 * and filtered by kind. Gemeenten and the contract manager read (a gemeente its own inburgeraars'); the
 * administrator: 403.
 */
@Named
@ViewScoped
public class ResultatenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "resultaat";

    /** The most started placements offered in the provider's choice list. */
    static final int MAX_KEUZES = 500;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResultaatService resultaten;

    @Inject
    PlaatsingService plaatsingen;

    private Long plaatsing;
    private String plaatsingNaam;
    private PlaatsingStatus plaatsingStatus;
    private Keuze plaatsingKeuze;
    private List<Keuze> keuzes = List.of();
    private PagedModel<ResultaatView> model;

    private Long plaatsingId;
    private ResultaatSoort soort;
    private Taalniveau niveau;
    private Uitslag uitslag;
    private LocalDate datum;
    private String toelichting;

    /** A placement the provider can record a result for; the page writes the label in the user's language. */
    public record Keuze(long id, String naam, String klantReferentie, String contractNummer) implements Serializable {

        static Keuze van(PlaatsingView p) {
            return new Keuze(p.id(), p.inburgeraarNaam(), p.klantReferentie(),
                    p.contractNummer() == null ? null : p.contractNummer().toString());
        }
    }

    @PostConstruct
    void init() {
        model = new PagedModel<>(false) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return resultaten.tel(currentUser.actor(), filter(filters));
            }

            @Override
            protected List<ResultaatView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return resultaten.zoek(currentUser.actor(), filter(filters), first, pageSize, sortField, ascending);
            }

            @Override
            protected Object idOf(ResultaatView row) {
                return row.id();
            }
        };
    }

    /** View action: everyone but the administrator; an unknown or another's placement is 404. */
    public void load() {
        if (currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        if (plaatsing != null) {
            try {
                PlaatsingView p = plaatsingen.get(currentUser.actor(), plaatsing);
                plaatsingNaam = p.inburgeraarNaam();
                plaatsingStatus = p.status();
                plaatsingKeuze = Keuze.van(p);
            } catch (NotFoundException e) {
                Pages.notFound();
                return;
            }
        }
        if (currentUser.isAanbieder()) {
            keuzes = keuzes();
            if (plaatsingId == null) {
                plaatsingId = plaatsing;
            }
            if (datum == null) {
                datum = LocalDate.now(nl.inburgering.portal.web.pages.Formats.ZONE);
            }
        }
    }

    /** The provider's started placements (running or paused), and the one of the page whatever its status. */
    private List<Keuze> keuzes() {
        List<Keuze> uit = new ArrayList<>();
        for (PlaatsingStatus s : List.of(PlaatsingStatus.GESTART, PlaatsingStatus.ONDERBROKEN)) {
            plaatsingen.search(currentUser.actor(), new PlaatsingFilter(null, null, null, s, null, null), 0,
                            MAX_KEUZES, "werkelijkeStart", false)
                    .forEach(p -> uit.add(Keuze.van(p)));
        }
        if (plaatsingKeuze != null && uit.stream().noneMatch(k -> k.id() == plaatsingKeuze.id())) {
            uit.add(plaatsingKeuze);
        }
        uit.sort(Comparator.comparing(Keuze::naam, String.CASE_INSENSITIVE_ORDER).thenComparing(Keuze::id));
        return List.copyOf(uit);
    }

    private ResultaatFilter filter(PagedModel.Filters filters) {
        return new ResultaatFilter(plaatsing, null, filters.enumValue("soort", ResultaatSoort.class));
    }

    /** Records the result; on success the page is loaded again for the placement, with a message. */
    public void vastleggen() {
        ResultaatGegevens in = gegevens(plaatsingId, soort, niveau, uitslag, datum, toelichting);
        try {
            resultaten.legVast(currentUser.actor(), in);
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, FORM, Map.of("plaatsingId", "plaatsingId"));
            return;
        } catch (StateConflictException | NotAllowedException e) {
            PageMessages.error("resultaat.nietVastgelegd", e.getMessage());
            return;
        }
        PageMessages.flashInfo(in.soort() == ResultaatSoort.ROUTE_AFGEROND ? "resultaat.routeAfgerond"
                : "resultaat.vastgelegd", Texts.get("resultaatsoort." + in.soort()));
        Faces.redirect("/app/presentie/resultaten.xhtml?plaatsing=" + in.plaatsingId());
    }

    /**
     * What the form sends: only the fields the kind has (a level for a language skill, optionally for KNM and a
     * progress report; an outcome for an exam component), so a value left in a field that was hidden after
     * choosing another kind is not refused.
     */
    static ResultaatGegevens gegevens(Long plaatsingId, ResultaatSoort soort, Taalniveau niveau, Uitslag uitslag,
            LocalDate datum, String toelichting) {
        return new ResultaatGegevens(plaatsingId, soort, metNiveau(soort) ? niveau : null,
                metUitslag(soort) ? uitslag : null, datum, toelichting);
    }

    static boolean metNiveau(ResultaatSoort soort) {
        return soort != ResultaatSoort.ROUTE_AFGEROND;
    }

    static boolean metUitslag(ResultaatSoort soort) {
        return soort == null || soort.isExamen();
    }

    public boolean isNiveauZichtbaar() {
        return metNiveau(soort);
    }

    public boolean isNiveauVerplicht() {
        return soort != null && soort.isTaalvaardigheid();
    }

    public boolean isUitslagZichtbaar() {
        return metUitslag(soort);
    }

    public boolean isToelichtingVerplicht() {
        return soort == ResultaatSoort.VOORTGANGSRAPPORTAGE;
    }

    public boolean isRouteAfronden() {
        return soort == ResultaatSoort.ROUTE_AFGEROND;
    }

    public boolean isMagVastleggen() {
        return currentUser.isAanbieder();
    }

    public ResultaatSoort[] getSoorten() {
        return ResultaatSoort.values();
    }

    public Taalniveau[] getNiveaus() {
        return Taalniveau.values();
    }

    public Uitslag[] getUitslagen() {
        return Uitslag.values();
    }

    public List<Keuze> getKeuzes() {
        return keuzes;
    }

    public PagedModel<ResultaatView> getModel() {
        return model;
    }

    public Long getPlaatsing() {
        return plaatsing;
    }

    public void setPlaatsing(Long plaatsing) {
        this.plaatsing = plaatsing;
    }

    public String getPlaatsingNaam() {
        return plaatsingNaam;
    }

    public PlaatsingStatus getPlaatsingStatus() {
        return plaatsingStatus;
    }

    public Long getPlaatsingId() {
        return plaatsingId;
    }

    public void setPlaatsingId(Long plaatsingId) {
        this.plaatsingId = plaatsingId;
    }

    public ResultaatSoort getSoort() {
        return soort;
    }

    public void setSoort(ResultaatSoort soort) {
        this.soort = soort;
    }

    public Taalniveau getNiveau() {
        return niveau;
    }

    public void setNiveau(Taalniveau niveau) {
        this.niveau = niveau;
    }

    public Uitslag getUitslag() {
        return uitslag;
    }

    public void setUitslag(Uitslag uitslag) {
        this.uitslag = uitslag;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public String getToelichting() {
        return toelichting;
    }

    public void setToelichting(String toelichting) {
        this.toelichting = toelichting;
    }
}
