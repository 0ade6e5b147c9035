package nl.inburgering.portal.web.pages.presentie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.inburgering.portal.contracts.attendance.CorrectieFilter;
import nl.inburgering.portal.contracts.attendance.CorrectieService;
import nl.inburgering.portal.contracts.attendance.CorrectieStatus;
import nl.inburgering.portal.contracts.attendance.CorrectieView;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.attendance.PresentieService;
import nl.inburgering.portal.contracts.attendance.PresentieView;
import nl.inburgering.portal.contracts.attendance.Verzuimreden;
import nl.inburgering.portal.contracts.attendance.Weekrooster;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractFilter;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.api.Params;
import nl.inburgering.portal.web.pages.LocaleBacking;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The weekly attendance grid ({@code /app/presentie/week.xhtml?contract=&datum=&onderdeel=}; issue 6, "Portal
 * entry"): per contract and component, the placements active in the week by day, with scheduled hours,
 * attended hours and absence reason. Saving sends every filled or changed cell through
 * {@link PresentieService#verwerk} (the rules and codes of the API) and shows the outcome per record. Days
 * outside the active period, in the future or in a settled month cannot be entered. The provider enters;
 * the contract manager looks.
 *
 * <p>A day of a settled month that the provider could otherwise enter offers a correction request instead
 * ({@link CorrectieVoorstelBacking}, the dialog on the same page); a day with a request still waiting for the
 * contract manager says so. Hours are shown with a decimal comma to Dutch users.
 */
@Named
@ViewScoped
public class PresentieWeekBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PresentieService presenties;

    @Inject
    ContractService contracten;

    @Inject
    CorrectieService correcties;

    @Inject
    LocaleBacking localeBacking;

    private Long contract;
    private LocalDate datum;
    private Onderdeel onderdeel = Onderdeel.TAAL;
    private String contractNummer;
    private List<LocalDate> dagen = List.of();
    private List<Rij> rijen = List.of();
    private List<Keuze> contractKeuzes = List.of();
    private List<Uitkomst> uitkomst = List.of();

    /** One cell: a day of a placement. Text inputs, parsed on saving (decimal comma accepted). */
    public static final class Cel implements Serializable {

        private static final long serialVersionUID = 1L;
        private final boolean invoerbaar;
        private final boolean afgesloten;
        private final boolean corrigeerbaar;
        private final String origineel;
        private boolean correctieIngediend;
        private String geroosterd;
        private String aanwezig;
        private String reden;

        Cel(boolean invoerbaar, boolean afgesloten, boolean corrigeerbaar, PresentieView p, Locale locale) {
            this.invoerbaar = invoerbaar;
            this.afgesloten = afgesloten;
            this.corrigeerbaar = corrigeerbaar;
            this.geroosterd = p == null ? null : Uren.tekst(p.geroosterdeUren(), locale);
            this.aanwezig = p == null ? null : Uren.tekst(p.aanwezigeUren(), locale);
            this.reden = p == null || p.verzuimreden() == null ? null : p.verzuimreden().name();
            this.origineel = staat();
        }

        String staat() {
            return geroosterd + "|" + aanwezig + "|" + reden;
        }

        boolean gewijzigd() {
            return !staat().equals(origineel) && !(leeg(geroosterd) && leeg(aanwezig) && leeg(reden));
        }

        public boolean isInvoerbaar() {
            return invoerbaar;
        }

        public boolean isAfgesloten() {
            return afgesloten;
        }

        /** In a settled month, and the provider may propose a correction (no request is waiting yet). */
        public boolean isCorrigeerbaar() {
            return corrigeerbaar && !correctieIngediend;
        }

        /** A correction request for this day is waiting for the contract manager. */
        public boolean isCorrectieIngediend() {
            return correctieIngediend;
        }

        public String getGeroosterd() {
            return geroosterd;
        }

        public void setGeroosterd(String geroosterd) {
            this.geroosterd = geroosterd;
        }

        public String getAanwezig() {
            return aanwezig;
        }

        public void setAanwezig(String aanwezig) {
            this.aanwezig = aanwezig;
        }

        public String getReden() {
            return reden;
        }

        public void setReden(String reden) {
            this.reden = reden;
        }
    }

    /** One placement's row, its cells by day. */
    public record Rij(long plaatsingId, String naam, String klantReferentie, Map<LocalDate, Cel> cellen)
            implements Serializable {

        public Map<LocalDate, Cel> getCellen() {
            return cellen;
        }
    }

    public record Keuze(long id, String label) implements Serializable {
    }

    /** The outcome of one saved cell. */
    public record Uitkomst(long plaatsingId, LocalDate datum, String status, String code, String melding)
            implements Serializable {
    }

    /** View action: the provider's (or, to look, the contract manager's) grid of the week. */
    public void load() {
        if (!currentUser.isAanbieder() && !currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        ContractFilter filter = currentUser.isAanbieder() ? new ContractFilter(null, null, null,
                currentUser.actor().aanbiederId(), null, null) : ContractFilter.none();
        List<Contract> zichtbaar = contracten.search(currentUser.actor(), filter, 0, 100, "contractNummer", true);
        contractKeuzes = zichtbaar.stream().map(c -> new Keuze(c.getId(), c.getContractNummer().toString())).toList();
        if (contract == null && !zichtbaar.isEmpty()) {
            contract = zichtbaar.get(0).getId();
        }
        if (contract == null) {
            return;
        }
        if (datum == null) {
            datum = Params.today();
        }
        laad();
    }

    private void laad() {
        Weekrooster w;
        try {
            w = presenties.weekrooster(currentUser.actor(), contract, datum);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        } catch (NotAllowedException e) {
            Pages.forbidden();
            return;
        }
        contractNummer = w.contractNummer().toString();
        dagen = w.dagen();
        // the session's language: during the view action the view's locale is still the browser's
        Locale locale = localeBacking.getLocale();
        Set<String> ingediend = openCorrecties(w);
        List<Rij> nieuw = new ArrayList<>();
        for (Weekrooster.Regel r : w.regels()) {
            Map<LocalDate, Cel> cellen = new LinkedHashMap<>();
            for (LocalDate d : w.dagen()) {
                Cel c = new Cel(currentUser.isAanbieder() && r.invoerbaar().contains(d), r.afgesloten().contains(d),
                        currentUser.isAanbieder() && r.corrigeerbaar().contains(d), r.presentie(d, onderdeel),
                        locale);
                c.correctieIngediend = ingediend.contains(sleutel(r.plaatsingId(), d, onderdeel));
                cellen.put(d, c);
            }
            nieuw.add(new Rij(r.plaatsingId(), r.inburgeraarNaam(), r.klantReferentie(), cellen));
        }
        rijen = nieuw;
    }

    /** The placement, day and component of the requests still waiting, when the week has settled days. */
    private Set<String> openCorrecties(Weekrooster w) {
        boolean afgesloten = w.regels().stream().anyMatch(r -> !r.afgesloten().isEmpty());
        Set<String> uit = new HashSet<>();
        if (!afgesloten) {
            return uit;
        }
        List<CorrectieView> open = correcties.zoek(currentUser.actor(), new CorrectieFilter(contract, null,
                CorrectieStatus.INGEDIEND, null), 0, 1000, "datum", false);
        for (CorrectieView c : open) {
            if (!c.datum().isBefore(w.maandag()) && !c.datum().isAfter(w.maandag().plusDays(6))) {
                uit.add(sleutel(c.plaatsingId(), c.datum(), c.onderdeel()));
            }
        }
        return uit;
    }

    private static String sleutel(long plaatsingId, LocalDate datum, Onderdeel onderdeel) {
        return plaatsingId + "|" + datum + "|" + onderdeel;
    }

    /** Saves every filled or changed cell; shows the outcome per record and reloads the grid. */
    public void opslaan() {
        List<PresentieInvoer> invoer = new ArrayList<>();
        List<String> ongeldig = new ArrayList<>();
        for (Rij r : rijen) {
            for (Map.Entry<LocalDate, Cel> e : r.cellen().entrySet()) {
                Cel c = e.getValue();
                if (!c.isInvoerbaar() || !c.gewijzigd()) {
                    continue;
                }
                BigDecimal g = uren(c.getGeroosterd(), ongeldig, r, e.getKey());
                BigDecimal a = uren(c.getAanwezig(), ongeldig, r, e.getKey());
                Verzuimreden reden = leeg(c.getReden()) ? null : Verzuimreden.valueOf(c.getReden());
                invoer.add(new PresentieInvoer(r.plaatsingId(), e.getKey(), onderdeel, g, a, reden));
            }
        }
        if (!ongeldig.isEmpty()) {
            ongeldig.forEach(t -> PageMessages.error("presentie.week.geenGetal", t));
            return;
        }
        if (invoer.isEmpty()) {
            PageMessages.info("presentie.week.nietsGewijzigd");
            return;
        }
        try {
            PresentieAntwoord antwoord = presenties.verwerk(currentUser.actor(), invoer, null);
            uitkomst = antwoord.resultaten().stream().map(PresentieWeekBacking::uitkomst).toList();
            PageMessages.info("presentie.upload.verwerkt", antwoord.geaccepteerd(), antwoord.vervangen(),
                    antwoord.geweigerd());
            List<Rij> ingevuld = rijen;
            laad();
            // a refused cell keeps what was typed, so it can be corrected
            for (PresentieResultaat r : antwoord.resultaten()) {
                if (!r.status().isOpgeslagen()) {
                    Cel getypt = cel(ingevuld, r.plaatsingId(), r.datum());
                    Cel nu = cel(rijen, r.plaatsingId(), r.datum());
                    if (getypt != null && nu != null) {
                        nu.setGeroosterd(getypt.getGeroosterd());
                        nu.setAanwezig(getypt.getAanwezig());
                        nu.setReden(getypt.getReden());
                    }
                }
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> PageMessages.error("presentie.upload.bestandFout", f.code(), PageMessages.text(f)));
        } catch (StateConflictException e) {
            PageMessages.error("presentie.upload.conflict", e.getMessage());
        }
    }

    private static Cel cel(List<Rij> in, Long plaatsingId, LocalDate datum) {
        return in.stream().filter(r -> plaatsingId != null && r.plaatsingId() == plaatsingId).findFirst()
                .map(r -> r.cellen().get(datum)).orElse(null);
    }

    private static Uitkomst uitkomst(PresentieResultaat r) {
        return new Uitkomst(r.plaatsingId(), r.datum(), r.status().name(), r.code(),
                r.fouten().isEmpty() ? null : PageMessages.text(r.fouten().get(0)));
    }

    private static BigDecimal uren(String tekst, List<String> ongeldig, Rij r, LocalDate d) {
        if (leeg(tekst)) {
            return null;
        }
        try {
            return Uren.lees(tekst).orElse(null);
        } catch (NumberFormatException e) {
            ongeldig.add(r.naam() + " " + d.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")) + ": "
                    + tekst);
            return null;
        }
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank() || "null".equals(s);
    }

    /** This page as it is now (contract, component, week), to come back to after a dialog. */
    public String getTerug() {
        return "/app/presentie/week.xhtml?contract=" + contract + "&onderdeel=" + onderdeel + "&datum="
                + (dagen.isEmpty() ? datum : dagen.get(0));
    }

    public LocalDate getVorigeWeek() {
        return dagen.isEmpty() ? null : dagen.get(0).minusWeeks(1);
    }

    public LocalDate getVolgendeWeek() {
        return dagen.isEmpty() ? null : dagen.get(0).plusWeeks(1);
    }

    public Onderdeel[] getOnderdelen() {
        return Onderdeel.values();
    }

    public Verzuimreden[] getVerzuimredenen() {
        return Verzuimreden.values();
    }

    public boolean isMagInvoeren() {
        return currentUser.isAanbieder();
    }

    /** At least one cell of the week can be entered (a settled or future week has nothing to save). */
    public boolean isIetsInvoerbaar() {
        return rijen.stream().anyMatch(r -> r.cellen().values().stream().anyMatch(Cel::isInvoerbaar));
    }

    public Long getContract() {
        return contract;
    }

    public void setContract(Long contract) {
        this.contract = contract;
    }

    public LocalDate getDatum() {
        return datum;
    }

    public void setDatum(LocalDate datum) {
        this.datum = datum;
    }

    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public void setOnderdeel(Onderdeel onderdeel) {
        this.onderdeel = onderdeel == null ? Onderdeel.TAAL : onderdeel;
    }

    public String getContractNummer() {
        return contractNummer;
    }

    public List<LocalDate> getDagen() {
        return dagen;
    }

    public List<Rij> getRijen() {
        return rijen;
    }

    public List<Keuze> getContractKeuzes() {
        return contractKeuzes;
    }

    public List<Uitkomst> getUitkomst() {
        return uitkomst;
    }
}
