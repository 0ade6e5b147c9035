package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.aanbesteding.Kwaliteitscriterium;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.aanbesteding.Tariefpost;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Creates ({@code /app/aanbestedingen/edit.xhtml}) or changes a draft ({@code ?id=}) tender: lots
 * with leerroute, gemeenten, number of winners and up to {@link Perceel#MAX_TARIEFPOSTEN} tariff items, each
 * with its estimated volume and optionally the component it prices (required and different per item when
 * a lot has more than one, and only with the hourly payment model); award
 * criteria whose weights with the price weight sum to 100; the bid deadline; standstill days
 * (default 20); the contract terms. Contract managers only (others 403). Every rule is checked by
 * {@link AanbestedingService} at once and each error is shown next to its input, the weights' sum
 * next to the criteria; nothing is saved until all are right. A published tender cannot be changed.
 */
@Named
@ViewScoped
public class AanbestedingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "aanbesteding";
    private static final Pattern CRITERIUM = Pattern.compile("kwaliteitscriteria\\[(\\d+)]\\.(\\w+)");
    private static final Pattern PERCEEL = Pattern.compile("percelen\\[(\\d+)](?:\\.(\\w+))?(?:\\[(\\d+)]\\.(\\w+))?");
    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GemeenteService gemeenteService;

    private Long id;
    private String referentie;
    private String titel;
    private String omschrijving;
    private LocalDateTime sluitingstijd;
    private Integer standstillDagen = Aanbesteding.STANDSTILL_MINIMUM;
    private BigDecimal prijsWeging;
    private final List<CriteriumRij> criteria = new ArrayList<>();
    private final List<PerceelRij> percelen = new ArrayList<>();
    private Integer looptijdMaanden;
    private Integer verlengopties = 0;
    private Integer verlengingMaanden;
    private Betaalmodel betaalmodel;
    private BtwTarief btwTarief = BtwTarief.NUL;
    private BigDecimal maxUrenPerPlaatsing;
    private boolean geoorloofdVerzuimDeclarabel;
    private BigDecimal mijlpaalStart;
    private BigDecimal mijlpaalHalverwege;
    private BigDecimal mijlpaalAfronding;
    private Map<Long, String> gemeenten;

    /** View action: contract managers only; fills the form from the draft being changed, or starts a new one. */
    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            sluitingstijd = LocalDateTime.now(Aanbestedingen.ZONE).plusWeeks(6).truncatedTo(ChronoUnit.DAYS)
                    .withHour(12);
            criteria.add(new CriteriumRij());
            perceelToevoegen();
            return;
        }
        try {
            Aanbesteding a = aanbestedingen.get(currentUser.actor(), id);
            if (a.getStatus() != AanbestedingStatus.CONCEPT) {
                PageMessages.error("aanbesteding.alleenConcept");
            }
            vul(a);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void vul(Aanbesteding a) {
        referentie = a.getReferentie();
        titel = a.getTitel();
        omschrijving = a.getOmschrijving();
        sluitingstijd = a.getSluitingstijdLokaal().toLocalDateTime();
        standstillDagen = a.getStandstillDagen();
        prijsWeging = a.getPrijsWeging().stripTrailingZeros();
        for (Kwaliteitscriterium k : a.getKwaliteitscriteria()) {
            criteria.add(new CriteriumRij(k.getNaam(), k.getWeging().stripTrailingZeros(), k.getMaxScore()));
        }
        for (Perceel p : a.getPercelen()) {
            PerceelRij r = new PerceelRij();
            r.naam = p.getNaam();
            r.leerroute = p.getLeerroute();
            r.gemeenteIds = new ArrayList<>(p.getGemeenteIds());
            r.aantalWinnaars = p.getAantalWinnaars();
            r.posten.clear();
            for (Tariefpost t : p.getTariefposten()) {
                r.posten.add(new PostRij(t.getOmschrijving(), t.getGeraamdVolume(), t.getOnderdeel()));
            }
            percelen.add(r);
        }
        var v = a.getVoorwaarden();
        looptijdMaanden = v.getLooptijdMaanden();
        verlengopties = v.getVerlengopties();
        verlengingMaanden = v.getVerlengingMaanden() == 0 ? null : v.getVerlengingMaanden();
        betaalmodel = v.getBetaalmodel();
        btwTarief = v.getBtwTarief();
        maxUrenPerPlaatsing = v.getMaxUrenPerPlaatsing();
        geoorloofdVerzuimDeclarabel = v.isGeoorloofdVerzuimDeclarabel();
        var m = a.getMijlpalen();
        mijlpaalStart = m.containsKey(Mijlpaal.START) ? m.get(Mijlpaal.START).value() : null;
        mijlpaalHalverwege = m.containsKey(Mijlpaal.HALVERWEGE) ? m.get(Mijlpaal.HALVERWEGE).value() : null;
        mijlpaalAfronding = m.containsKey(Mijlpaal.AFRONDING) ? m.get(Mijlpaal.AFRONDING).value() : null;
    }

    public String opslaan() {
        AanbestedingGegevens gegevens = gegevens();
        Aanbesteding opgeslagen;
        try {
            opgeslagen = id == null ? aanbestedingen.create(currentUser.actor(), gegevens)
                    : aanbestedingen.wijzig(currentUser.actor(), id, gegevens);
        } catch (InvalidInputException e) {
            Veldfouten.toon(e, this::clientId);
            return null;
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
            return null;
        } catch (NotFoundException e) {
            Pages.notFound();
            return null;
        }
        PageMessages.flashInfo(id == null ? "aanbesteding.aangemaakt" : "aanbesteding.opgeslagen",
                opgeslagen.getReferentie());
        return "/app/aanbestedingen/detail?faces-redirect=true&id=" + opgeslagen.getId();
    }

    public String annuleren() {
        return id == null ? "/app/aanbestedingen/list?faces-redirect=true"
                : "/app/aanbestedingen/detail?faces-redirect=true&id=" + id;
    }

    AanbestedingGegevens gegevens() {
        List<AanbestedingGegevens.Criterium> c = criteria.stream()
                .map(r -> new AanbestedingGegevens.Criterium(r.naam, r.weging, r.maxScore)).toList();
        List<AanbestedingGegevens.PerceelInvoer> p = percelen.stream()
                .map(r -> new AanbestedingGegevens.PerceelInvoer(r.naam, r.leerroute,
                        r.gemeenteIds == null ? null : new LinkedHashSet<>(r.gemeenteIds), r.aantalWinnaars,
                        r.posten.stream().map(t -> new AanbestedingGegevens.Post(t.omschrijving, t.geraamdVolume,
                                t.onderdeel)).toList()))
                .toList();
        Map<Mijlpaal, BigDecimal> mijlpalen = null;
        if (betaalmodel == Betaalmodel.TRAJECT || mijlpaalStart != null || mijlpaalHalverwege != null
                || mijlpaalAfronding != null) {
            mijlpalen = new EnumMap<>(Mijlpaal.class);
            putIfSet(mijlpalen, Mijlpaal.START, mijlpaalStart);
            putIfSet(mijlpalen, Mijlpaal.HALVERWEGE, mijlpaalHalverwege);
            putIfSet(mijlpalen, Mijlpaal.AFRONDING, mijlpaalAfronding);
        }
        return new AanbestedingGegevens(referentie, titel, omschrijving, sluitingstijd, standstillDagen, prijsWeging,
                c, p, new AanbestedingGegevens.Voorwaarden(looptijdMaanden, verlengopties,
                        verlengopties == null || verlengopties == 0 ? null : verlengingMaanden, betaalmodel, mijlpalen,
                        betaalmodel == Betaalmodel.PER_UUR ? maxUrenPerPlaatsing : null, btwTarief,
                        geoorloofdVerzuimDeclarabel));
    }

    private static void putIfSet(Map<Mijlpaal, BigDecimal> m, Mijlpaal k, BigDecimal v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    /** The client id of the message for a service field name. */
    String clientId(String field) {
        Matcher c = CRITERIUM.matcher(field);
        if (c.matches()) {
            return FORM + ":criteria:" + c.group(1) + ":" + c.group(2);
        }
        Matcher p = PERCEEL.matcher(field);
        if (p.matches()) {
            String perceel = FORM + ":percelen:" + p.group(1) + ":";
            if (p.group(3) != null) {
                return perceel + "posten:" + p.group(3) + ":" + p.group(4);
            }
            return perceel + (p.group(2) == null ? "naam" : p.group(2).equals("tariefposten") ? "postenFout" : p.group(2));
        }
        return switch (field) {
            case "kwaliteitscriteria" -> FORM + ":wegingen";
            case "percelen" -> FORM + ":percelenFout";
            case "voorwaarden.mijlpalen" -> FORM + ":mijlpaalStart";
            default -> FORM + ":" + (field.startsWith("voorwaarden.") ? field.substring(12) : field);
        };
    }

    public void criteriumToevoegen() {
        criteria.add(new CriteriumRij());
    }

    public void criteriumVerwijderen(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void perceelToevoegen() {
        PerceelRij r = new PerceelRij();
        r.gemeenteIds = new ArrayList<>(getGemeenten().keySet());
        r.aantalWinnaars = 1;
        percelen.add(r);
    }

    /** Adds an empty tariff item to a lot, up to {@link Perceel#MAX_TARIEFPOSTEN}. */
    public void postToevoegen(PerceelRij perceel) {
        if (perceel.posten.size() < Perceel.MAX_TARIEFPOSTEN) {
            perceel.posten.add(new PostRij());
        }
    }

    public void postVerwijderen(PerceelRij perceel, int index) {
        if (perceel.posten.size() > 1 && index >= 0 && index < perceel.posten.size()) {
            perceel.posten.remove(index);
        }
    }

    public int getMaxTariefposten() {
        return Perceel.MAX_TARIEFPOSTEN;
    }

    public Onderdeel[] getOnderdelen() {
        return Onderdeel.values();
    }

    public void perceelVerwijderen(int index) {
        if (index >= 0 && index < percelen.size()) {
            percelen.remove(index);
        }
    }

    /** Price weight plus quality weights, as entered so far (null counts as 0): shown next to the criteria. */
    public BigDecimal getWegingSom() {
        BigDecimal som = prijsWeging == null ? BigDecimal.ZERO : prijsWeging;
        for (CriteriumRij r : criteria) {
            if (r.weging != null) {
                som = som.add(r.weging);
            }
        }
        return som.stripTrailingZeros();
    }

    public boolean isWegingSomGoed() {
        return getWegingSom().compareTo(HONDERD) == 0;
    }

    /** All gemeenten of the region by id, for the lots' choice. */
    public Map<Long, String> getGemeenten() {
        if (gemeenten == null) {
            gemeenten = new LinkedHashMap<>();
            for (Gemeente g : gemeenteService.list(currentUser.actor())) {
                gemeenten.put(g.getId(), g.getNaam());
            }
        }
        return gemeenten;
    }

    public Leerroute[] getLeerroutes() {
        return Aanbestedingen.LEERROUTES;
    }

    public Betaalmodel[] getBetaalmodellen() {
        return Betaalmodel.values();
    }

    public BtwTarief[] getBtwTarieven() {
        return BtwTarief.values();
    }

    public boolean isNieuw() {
        return id == null;
    }

    /** A quality criterion as entered. */
    public static class CriteriumRij implements Serializable {

        private static final long serialVersionUID = 1L;
        private String naam;
        private BigDecimal weging;
        private Integer maxScore = 10;

        public CriteriumRij() {
        }

        CriteriumRij(String naam, BigDecimal weging, Integer maxScore) {
            this.naam = naam;
            this.weging = weging;
            this.maxScore = maxScore;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public BigDecimal getWeging() {
            return weging;
        }

        public void setWeging(BigDecimal weging) {
            this.weging = weging;
        }

        public Integer getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(Integer maxScore) {
            this.maxScore = maxScore;
        }
    }

    /** A lot as entered, with its tariff items (see {@link Perceel#MAX_TARIEFPOSTEN}). */
    public static class PerceelRij implements Serializable {

        private static final long serialVersionUID = 1L;
        private String naam;
        private Leerroute leerroute;
        private List<Long> gemeenteIds = new ArrayList<>();
        private Integer aantalWinnaars;
        private final List<PostRij> posten = new ArrayList<>(List.of(new PostRij()));

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
        }

        public Leerroute getLeerroute() {
            return leerroute;
        }

        public void setLeerroute(Leerroute leerroute) {
            this.leerroute = leerroute;
        }

        public List<Long> getGemeenteIds() {
            return gemeenteIds;
        }

        public void setGemeenteIds(List<Long> gemeenteIds) {
            this.gemeenteIds = gemeenteIds;
        }

        public Integer getAantalWinnaars() {
            return aantalWinnaars;
        }

        public void setAantalWinnaars(Integer aantalWinnaars) {
            this.aantalWinnaars = aantalWinnaars;
        }

        public List<PostRij> getPosten() {
            return posten;
        }
    }

    /** A tariff item as entered: what is priced, its estimated volume and optionally its component. */
    public static class PostRij implements Serializable {

        private static final long serialVersionUID = 1L;
        private String omschrijving;
        private Long geraamdVolume;
        private Onderdeel onderdeel;

        public PostRij() {
        }

        PostRij(String omschrijving, Long geraamdVolume, Onderdeel onderdeel) {
            this.omschrijving = omschrijving;
            this.geraamdVolume = geraamdVolume;
            this.onderdeel = onderdeel;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public Long getGeraamdVolume() {
            return geraamdVolume;
        }

        public void setGeraamdVolume(Long geraamdVolume) {
            this.geraamdVolume = geraamdVolume;
        }

        public Onderdeel getOnderdeel() {
            return onderdeel;
        }

        public void setOnderdeel(Onderdeel onderdeel) {
            this.onderdeel = onderdeel;
        }
    }

    // ---------------------------------------------------------------- form properties

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReferentie() {
        return referentie;
    }

    public void setReferentie(String referentie) {
        this.referentie = referentie;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public void setOmschrijving(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public LocalDateTime getSluitingstijd() {
        return sluitingstijd;
    }

    public void setSluitingstijd(LocalDateTime sluitingstijd) {
        this.sluitingstijd = sluitingstijd;
    }

    public Integer getStandstillDagen() {
        return standstillDagen;
    }

    public void setStandstillDagen(Integer standstillDagen) {
        this.standstillDagen = standstillDagen;
    }

    public BigDecimal getPrijsWeging() {
        return prijsWeging;
    }

    public void setPrijsWeging(BigDecimal prijsWeging) {
        this.prijsWeging = prijsWeging;
    }

    public List<CriteriumRij> getCriteria() {
        return criteria;
    }

    public List<PerceelRij> getPercelen() {
        return percelen;
    }

    public Integer getLooptijdMaanden() {
        return looptijdMaanden;
    }

    public void setLooptijdMaanden(Integer looptijdMaanden) {
        this.looptijdMaanden = looptijdMaanden;
    }

    public Integer getVerlengopties() {
        return verlengopties;
    }

    public void setVerlengopties(Integer verlengopties) {
        this.verlengopties = verlengopties;
    }

    public Integer getVerlengingMaanden() {
        return verlengingMaanden;
    }

    public void setVerlengingMaanden(Integer verlengingMaanden) {
        this.verlengingMaanden = verlengingMaanden;
    }

    public Betaalmodel getBetaalmodel() {
        return betaalmodel;
    }

    public void setBetaalmodel(Betaalmodel betaalmodel) {
        this.betaalmodel = betaalmodel;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public void setBtwTarief(BtwTarief btwTarief) {
        this.btwTarief = btwTarief;
    }

    public BigDecimal getMaxUrenPerPlaatsing() {
        return maxUrenPerPlaatsing;
    }

    public void setMaxUrenPerPlaatsing(BigDecimal maxUrenPerPlaatsing) {
        this.maxUrenPerPlaatsing = maxUrenPerPlaatsing;
    }

    public boolean isGeoorloofdVerzuimDeclarabel() {
        return geoorloofdVerzuimDeclarabel;
    }

    public void setGeoorloofdVerzuimDeclarabel(boolean geoorloofdVerzuimDeclarabel) {
        this.geoorloofdVerzuimDeclarabel = geoorloofdVerzuimDeclarabel;
    }

    public BigDecimal getMijlpaalStart() {
        return mijlpaalStart;
    }

    public void setMijlpaalStart(BigDecimal mijlpaalStart) {
        this.mijlpaalStart = mijlpaalStart;
    }

    public BigDecimal getMijlpaalHalverwege() {
        return mijlpaalHalverwege;
    }

    public void setMijlpaalHalverwege(BigDecimal mijlpaalHalverwege) {
        this.mijlpaalHalverwege = mijlpaalHalverwege;
    }

    public BigDecimal getMijlpaalAfronding() {
        return mijlpaalAfronding;
    }

    public void setMijlpaalAfronding(BigDecimal mijlpaalAfronding) {
        this.mijlpaalAfronding = mijlpaalAfronding;
    }
}
