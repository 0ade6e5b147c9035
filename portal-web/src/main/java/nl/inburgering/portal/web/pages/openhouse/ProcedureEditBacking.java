package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.TariefGegevens;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.OpenHouseSettings;
import nl.inburgering.portal.openhouse.procedure.Aanmeldtermijn;
import nl.inburgering.portal.openhouse.procedure.Eis;
import nl.inburgering.portal.openhouse.procedure.EisGegevens;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureGegevens;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.openhouse.procedure.VastTarief;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Creates ({@code /app/open-house/procedure-edit.xhtml}) or changes ({@code ?id=}) an Open House
 * procedure: title, leerroute, conditions (added and removed, each mandatory or not, with
 * explanation), fixed tariffs of any payment model with the TRAJECT milestones, participating
 * gemeenten, period, application deadline (the default is shown), notice period; and publishes it.
 * Saving a published procedure publishes a new version at once, which the page says before the
 * contract manager saves. Only contract managers (others 403). Every field is checked at once by
 * {@link ProcedureService}; its errors appear next to the inputs, in the rows too.
 */
@Named
@ViewScoped
public class ProcedureEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INVOER = Map.of("gemeenteIds", "gemeenten", "eisen", "eisenAnker",
            "tarieven", "tarievenAnker");
    private static final Map<String, Set<String>> RIJEN = Map.of(
            "eisen", Set.of("omschrijving", "toelichting"),
            "tarieven", Set.of("geldigVanaf", "betaalmodel", "bedrag", "maxUrenPerPlaatsing", "mijlpalen",
                    "omschrijving"));

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcedureService procedures;

    @Inject
    OpenHouseSettings settings;

    private Long id;
    private boolean gepubliceerd;
    private int versienummer;
    private List<ProcedureVersie> versies = List.of();

    private String titel;
    private Leerroute leerroute = Leerroute.ONDERWIJSROUTE;
    private final List<EisRij> eisen = new ArrayList<>();
    private final List<TariefRij> tarieven = new ArrayList<>();
    private Long[] gemeenteIds = new Long[0];
    private LocalDate startdatum;
    private LocalDate einddatum;
    private LocalDate aanmelddeadline;
    private Integer opzegtermijnMaanden = 3;
    private BtwTarief btwTarief = BtwTarief.NUL;
    private boolean geoorloofdVerzuimDeclarabel;

    /** View action: checks the role, and fills the form from the procedure being changed. */
    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            if (eisen.isEmpty()) {
                eisen.add(new EisRij());
                tarieven.add(TariefRij.traject());
            }
            return;
        }
        try {
            vulUit(procedures.get(currentUser.actor(), id));
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void vulUit(OpenHouseProcedure p) {
        ProcedureVersie v = p.huidigeVersie().or(p::concept).orElseThrow();
        gepubliceerd = p.isGepubliceerd();
        versienummer = v.getVersienummer();
        versies = p.getGepubliceerdeVersies();
        titel = v.getTitel();
        leerroute = v.getLeerroute();
        eisen.clear();
        for (Eis e : v.getEisen()) {
            eisen.add(new EisRij(e.getOmschrijving(), e.getToelichting(), e.isVerplicht()));
        }
        tarieven.clear();
        for (VastTarief t : v.getTarieven()) {
            tarieven.add(TariefRij.van(t));
        }
        gemeenteIds = v.getGemeenteIds().toArray(new Long[0]);
        startdatum = v.getStartdatum();
        einddatum = v.getEinddatum();
        aanmelddeadline = v.getAanmelddeadline();
        opzegtermijnMaanden = v.getOpzegtermijnMaanden();
        btwTarief = v.getBtwTarief();
        geoorloofdVerzuimDeclarabel = v.isGeoorloofdVerzuimDeclarabel();
    }

    public void voegEisToe() {
        eisen.add(new EisRij());
    }

    public void verwijderEis(int index) {
        if (index >= 0 && index < eisen.size()) {
            eisen.remove(index);
        }
    }

    public void voegTariefToe() {
        TariefRij vorige = tarieven.isEmpty() ? null : tarieven.get(tarieven.size() - 1);
        tarieven.add(vorige == null ? TariefRij.traject() : vorige.volgende());
    }

    public void verwijderTarief(int index) {
        if (index >= 0 && index < tarieven.size()) {
            tarieven.remove(index);
        }
    }

    /** Saves: a new concept, the concept changed, or, once published, a new published version. */
    public String opslaan() {
        return bewaar(false);
    }

    /** Saves the concept and publishes it. */
    public String opslaanEnPubliceren() {
        return bewaar(true);
    }

    private String bewaar(boolean publiceren) {
        ProcedureGegevens gegevens = gegevens();
        if (gegevens == null) {
            return null;
        }
        OpenHouseProcedure p;
        try {
            if (id == null) {
                p = procedures.maakAan(currentUser.actor(), gegevens);
            } else {
                p = procedures.wijzig(currentUser.actor(), id, gegevens);
            }
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, "procedure", INVOER, RIJEN);
            return null;
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
            return null;
        } catch (NotFoundException e) {
            Pages.notFound();
            return null;
        }
        int nieuw = p.huidigeVersie().or(p::concept).orElseThrow().getVersienummer();
        if (publiceren && !p.isGepubliceerd()) {
            try {
                p = procedures.publiceer(currentUser.actor(), p.getId());
                PageMessages.flashInfo("openhouse.procedure.gepubliceerd", p.getTitel());
            } catch (InvalidInputException | StateConflictException e) {
                // the concept is saved; it stays on this page, with what stands in the way of publishing
                id = p.getId();
                versienummer = nieuw;
                PageMessages.info("openhouse.procedure.conceptOpgeslagen", p.getTitel());
                if (e instanceof InvalidInputException invalid) {
                    Formulierfouten.toon(invalid, "procedure", INVOER, RIJEN);
                } else {
                    PageMessages.error("openhouse.fout", e.getMessage());
                }
                return null;
            }
        } else if (!gepubliceerd) {
            PageMessages.flashInfo("openhouse.procedure.conceptOpgeslagen", p.getTitel());
        } else if (nieuw != versienummer) {
            PageMessages.flashInfo("openhouse.procedure.nieuweVersie", p.getTitel(), nieuw);
        } else {
            PageMessages.flashInfo("openhouse.procedure.ongewijzigd", p.getTitel());
        }
        return "/app/open-house/procedures?faces-redirect=true";
    }

    /** The input as the service takes it; null (with the errors shown) when an amount cannot be read. */
    private ProcedureGegevens gegevens() {
        FieldChecks checks = new FieldChecks();
        List<TariefGegevens> tariefGegevens = new ArrayList<>();
        for (int i = 0; i < tarieven.size(); i++) {
            tariefGegevens.add(tarieven.get(i).gegevens(checks, "tarieven[" + i + "]"));
        }
        if (checks.hasErrors()) {
            Formulierfouten.toon(new InvalidInputException(checks.errors()), "procedure", INVOER, RIJEN);
            return null;
        }
        List<EisGegevens> eisGegevens = eisen.stream()
                .map(e -> new EisGegevens(e.getOmschrijving(), e.getToelichting(), e.isVerplicht())).toList();
        Set<Long> gemeenten = new LinkedHashSet<>(Arrays.asList(gemeenteIds == null ? new Long[0] : gemeenteIds));
        return new ProcedureGegevens(titel, leerroute, eisGegevens, tariefGegevens, gemeenten, startdatum, einddatum,
                aanmelddeadline, opzegtermijnMaanden, btwTarief, geoorloofdVerzuimDeclarabel);
    }

    /** The deadline the procedure gets when none is chosen: days before the end date (30 by default). */
    public LocalDate getStandaardDeadline() {
        return einddatum == null ? null : Aanmeldtermijn.standaard(einddatum, settings.aanmeldtermijnDagen());
    }

    public int getStandaardDagen() {
        return settings.aanmeldtermijnDagen();
    }

    public boolean isNieuw() {
        return id == null;
    }

    public Leerroute[] getLeerroutes() {
        return Leerroute.values();
    }

    public Betaalmodel[] getBetaalmodellen() {
        return Betaalmodel.values();
    }

    public BtwTarief[] getBtwTarieven() {
        return BtwTarief.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isGepubliceerd() {
        return gepubliceerd;
    }

    public int getVersienummer() {
        return versienummer;
    }

    public List<ProcedureVersie> getVersies() {
        return versies;
    }

    public String getTitel() {
        return titel;
    }

    public void setTitel(String titel) {
        this.titel = titel;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public void setLeerroute(Leerroute leerroute) {
        this.leerroute = leerroute;
    }

    public List<EisRij> getEisen() {
        return eisen;
    }

    public List<TariefRij> getTarieven() {
        return tarieven;
    }

    public Long[] getGemeenteIds() {
        return gemeenteIds;
    }

    public void setGemeenteIds(Long[] gemeenteIds) {
        this.gemeenteIds = gemeenteIds;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public void setStartdatum(LocalDate startdatum) {
        this.startdatum = startdatum;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public void setEinddatum(LocalDate einddatum) {
        this.einddatum = einddatum;
    }

    public LocalDate getAanmelddeadline() {
        return aanmelddeadline;
    }

    public void setAanmelddeadline(LocalDate aanmelddeadline) {
        this.aanmelddeadline = aanmelddeadline;
    }

    public Integer getOpzegtermijnMaanden() {
        return opzegtermijnMaanden;
    }

    public void setOpzegtermijnMaanden(Integer opzegtermijnMaanden) {
        this.opzegtermijnMaanden = opzegtermijnMaanden;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public void setBtwTarief(BtwTarief btwTarief) {
        this.btwTarief = btwTarief;
    }

    public boolean isGeoorloofdVerzuimDeclarabel() {
        return geoorloofdVerzuimDeclarabel;
    }

    public void setGeoorloofdVerzuimDeclarabel(boolean geoorloofdVerzuimDeclarabel) {
        this.geoorloofdVerzuimDeclarabel = geoorloofdVerzuimDeclarabel;
    }

    /** One condition as typed. */
    public static class EisRij implements Serializable {

        private static final long serialVersionUID = 1L;

        private String omschrijving;
        private String toelichting;
        private boolean verplicht = true;

        public EisRij() {
        }

        EisRij(String omschrijving, String toelichting, boolean verplicht) {
            this.omschrijving = omschrijving;
            this.toelichting = toelichting;
            this.verplicht = verplicht;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String getToelichting() {
            return toelichting;
        }

        public void setToelichting(String toelichting) {
            this.toelichting = toelichting;
        }

        public boolean isVerplicht() {
            return verplicht;
        }

        public void setVerplicht(boolean verplicht) {
            this.verplicht = verplicht;
        }
    }

    /**
     * One tariff as typed. Amounts and percentages are text, so a Dutch {@code 9.500,00} and an
     * English {@code 9500.00} both work, and one that cannot be read is reported at its field.
     */
    public static class TariefRij implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate geldigVanaf;
        private Betaalmodel betaalmodel;
        private String bedrag;
        private String maxUrenPerPlaatsing;
        private String start;
        private String halverwege;
        private String afronding;
        private String omschrijving;

        public TariefRij() {
        }

        static TariefRij traject() {
            TariefRij r = new TariefRij();
            r.betaalmodel = Betaalmodel.TRAJECT;
            r.start = "40";
            r.halverwege = "40";
            r.afronding = "20";
            return r;
        }

        /** A next version with the same model, e.g. after the yearly indexation. */
        TariefRij volgende() {
            TariefRij r = new TariefRij();
            r.betaalmodel = betaalmodel;
            r.start = start;
            r.halverwege = halverwege;
            r.afronding = afronding;
            r.geldigVanaf = geldigVanaf == null ? null : geldigVanaf.plusYears(1);
            return r;
        }

        static TariefRij van(VastTarief t) {
            TariefRij r = new TariefRij();
            r.geldigVanaf = t.getGeldigVanaf();
            r.betaalmodel = t.getBetaalmodel();
            r.bedrag = tekst(t.getBedrag().amount());
            r.maxUrenPerPlaatsing = tekst(t.getMaxUrenPerPlaatsing());
            Map<Mijlpaal, Percentage> m = t.getMijlpalen();
            r.start = m.containsKey(Mijlpaal.START) ? tekst(m.get(Mijlpaal.START).value()) : null;
            r.halverwege = m.containsKey(Mijlpaal.HALVERWEGE) ? tekst(m.get(Mijlpaal.HALVERWEGE).value()) : null;
            r.afronding = m.containsKey(Mijlpaal.AFRONDING) ? tekst(m.get(Mijlpaal.AFRONDING).value()) : null;
            r.omschrijving = t.getOmschrijving();
            return r;
        }

        TariefGegevens gegevens(FieldChecks checks, String prefix) {
            BigDecimal b = getal(checks, prefix + ".bedrag", bedrag);
            BigDecimal uren = getal(checks, prefix + ".maxUrenPerPlaatsing", maxUrenPerPlaatsing);
            Map<Mijlpaal, BigDecimal> mijlpalen = null;
            if (betaalmodel == Betaalmodel.TRAJECT) {
                mijlpalen = new EnumMap<>(Mijlpaal.class);
                zet(checks, prefix, mijlpalen, Mijlpaal.START, start);
                zet(checks, prefix, mijlpalen, Mijlpaal.HALVERWEGE, halverwege);
                zet(checks, prefix, mijlpalen, Mijlpaal.AFRONDING, afronding);
            }
            return new TariefGegevens(geldigVanaf, betaalmodel, b, betaalmodel == Betaalmodel.PER_UUR ? uren : null,
                    mijlpalen, omschrijving);
        }

        private static void zet(FieldChecks checks, String prefix, Map<Mijlpaal, BigDecimal> m, Mijlpaal mijlpaal,
                String waarde) {
            BigDecimal p = getal(checks, prefix + ".mijlpalen", waarde);
            if (p != null) {
                m.put(mijlpaal, p);
            }
        }

        /** A number as typed, Dutch or English; blank is null; unreadable is an error at the field. */
        static BigDecimal getal(FieldChecks checks, String veld, String tekst) {
            if (tekst == null || tekst.isBlank()) {
                return null;
            }
            String s = tekst.strip().replace("€", "").replace(" ", "");
            if (s.contains(",")) {
                s = s.replace(".", "").replace(',', '.');
            }
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                checks.add(veld, "getal.ongeldig", "Vul een getal in, bijvoorbeeld 9500,00.");
                return null;
            }
        }

        private static String tekst(BigDecimal b) {
            return b == null ? null : b.stripTrailingZeros().toPlainString();
        }

        public boolean isTraject() {
            return betaalmodel == Betaalmodel.TRAJECT;
        }

        public boolean isPerUur() {
            return betaalmodel == Betaalmodel.PER_UUR;
        }

        public LocalDate getGeldigVanaf() {
            return geldigVanaf;
        }

        public void setGeldigVanaf(LocalDate geldigVanaf) {
            this.geldigVanaf = geldigVanaf;
        }

        public Betaalmodel getBetaalmodel() {
            return betaalmodel;
        }

        public void setBetaalmodel(Betaalmodel betaalmodel) {
            this.betaalmodel = betaalmodel;
        }

        public String getBedrag() {
            return bedrag;
        }

        public void setBedrag(String bedrag) {
            this.bedrag = bedrag;
        }

        public String getMaxUrenPerPlaatsing() {
            return maxUrenPerPlaatsing;
        }

        public void setMaxUrenPerPlaatsing(String maxUrenPerPlaatsing) {
            this.maxUrenPerPlaatsing = maxUrenPerPlaatsing;
        }

        public String getStart() {
            return start;
        }

        public void setStart(String start) {
            this.start = start;
        }

        public String getHalverwege() {
            return halverwege;
        }

        public void setHalverwege(String halverwege) {
            this.halverwege = halverwege;
        }

        public String getAfronding() {
            return afronding;
        }

        public void setAfronding(String afronding) {
            this.afronding = afronding;
        }

        public String getOmschrijving() {
            return omschrijving;
        }

        public void setOmschrijving(String omschrijving) {
            this.omschrijving = omschrijving;
        }
    }
}
