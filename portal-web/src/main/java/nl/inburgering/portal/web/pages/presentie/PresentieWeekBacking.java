package nl.inburgering.portal.web.pages.presentie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.attendance.Onderdeel;
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
        private final String origineel;
        private String geroosterd;
        private String aanwezig;
        private String reden;

        Cel(boolean invoerbaar, boolean afgesloten, PresentieView p) {
            this.invoerbaar = invoerbaar;
            this.afgesloten = afgesloten;
            this.geroosterd = p == null ? null : p.geroosterdeUren().stripTrailingZeros().toPlainString();
            this.aanwezig = p == null ? null : p.aanwezigeUren().stripTrailingZeros().toPlainString();
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
        List<Rij> nieuw = new ArrayList<>();
        for (Weekrooster.Regel r : w.regels()) {
            Map<LocalDate, Cel> cellen = new LinkedHashMap<>();
            for (LocalDate d : w.dagen()) {
                cellen.put(d, new Cel(currentUser.isAanbieder() && r.invoerbaar().contains(d),
                        r.afgesloten().contains(d), r.presentie(d, onderdeel)));
            }
            nieuw.add(new Rij(r.plaatsingId(), r.inburgeraarNaam(), r.klantReferentie(), cellen));
        }
        rijen = nieuw;
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
            return new BigDecimal(tekst.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            ongeldig.add(r.plaatsingId() + " " + d + ": " + tekst);
            return null;
        }
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank() || "null".equals(s);
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
