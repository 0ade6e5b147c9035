package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.contract.Contract;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.gunning.Bezwaar;
import nl.inburgering.portal.tendering.gunning.BezwaarGegevens;
import nl.inburgering.portal.tendering.gunning.BezwaarService;
import nl.inburgering.portal.tendering.gunning.BezwaarStatus;
import nl.inburgering.portal.tendering.gunning.GegundContract;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsbericht;
import nl.inburgering.portal.tendering.gunning.Gunningsvoornemen;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.tendering.gunning.Standstill;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The award ({@code /app/aanbestedingen/gunning.xhtml?id=}), contract managers only: the award
 * decision sent to all bidders with the standstill end date and a countdown, the messages per lot,
 * objections (register one received by letter, resolve), the definitive award that creates one
 * contract per winner (refused during the standstill and while an objection is open, with the reason),
 * and the extension options of those contracts.
 */
@Named
@ViewScoped
public class GunningBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbestedingService aanbestedingen;

    @Inject
    GunningService gunning;

    @Inject
    BezwaarService bezwaren;

    @Inject
    ContractService contracten;

    private Long id;
    private Aanbesteding aanbesteding;
    private Gunningsvoornemen voornemen;
    private List<Gunningsbericht> berichten = List.of();
    private List<Bezwaar> bezwaarLijst = List.of();
    private List<GegundContract> gegund = List.of();
    private final Map<Long, Contract> contractCache = new LinkedHashMap<>();

    private Long bezwaarAanbiederId;
    private Long bezwaarPerceelId;
    private String bezwaarOmschrijving;
    private Long afhandelBezwaarId;
    private BezwaarStatus afhandelUitkomst;
    private String afhandelToelichting;
    private LocalDate startdatum;
    private String intrekkingsreden;

    /** View action: contract managers only. */
    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            refresh();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void refresh() {
        aanbesteding = aanbestedingen.get(currentUser.actor(), id);
        voornemen = gunning.lopendGunningsvoornemen(currentUser.actor(), id).orElse(null);
        berichten = gunning.berichten(currentUser.actor(), id).stream()
                .filter(b -> voornemen != null && b.getVoornemenId().equals(voornemen.getId())).toList();
        bezwaarLijst = bezwaren.bezwaren(currentUser.actor(), id);
        gegund = gunning.gegundeContracten(currentUser.actor(), id);
        contractCache.clear();
        if (startdatum == null && voornemen != null) {
            startdatum = voornemen.standstill().eersteDagNaEinde();
        }
    }

    public void registreerBezwaar() {
        try {
            bezwaren.dienIn(currentUser.actor(), id, new BezwaarGegevens(bezwaarAanbiederId, bezwaarPerceelId,
                    bezwaarOmschrijving));
            bezwaarAanbiederId = null;
            bezwaarPerceelId = null;
            bezwaarOmschrijving = null;
            PageMessages.info("bezwaar.geregistreerd");
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "bezwaar", Map.of("aanbiederId", "aanbieder", "perceelId", "perceel",
                    "omschrijving", "omschrijving"));
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public void openAfhandeling(long bezwaarId) {
        afhandelBezwaarId = bezwaarId;
        afhandelUitkomst = null;
        afhandelToelichting = null;
    }

    public void handelAf() {
        try {
            bezwaren.handelAf(currentUser.actor(), afhandelBezwaarId, afhandelUitkomst, afhandelToelichting);
            PageMessages.info("bezwaar.afgehandeld");
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "afhandeling", Map.of());
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    /** The definitive award: one contract per winner. Refused during the standstill or with an open objection. */
    public void gunDefinitief() {
        try {
            List<GegundContract> c = gunning.gunDefinitief(currentUser.actor(), id, startdatum);
            PageMessages.info("gunning.definitief", c.size());
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "definitief", Map.of());
        } catch (StateConflictException e) {
            // next to the button, where the contract manager looks (the page is long)
            Messages.add(FacesMessage.SEVERITY_ERROR, "definitief:gun", Texts.get("gunning.geweigerd", e.getMessage()));
            Faces.validationFailed();
        }
    }

    public void verleng(GegundContract g) {
        try {
            gunning.verlengContract(currentUser.actor(), g.getContractId(), g.volgendeOptie());
            PageMessages.info("gunning.verlengd", g.getContractNummer());
            refresh();
        } catch (InvalidInputException | StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public void trekVoornemenIn() {
        try {
            gunning.trekGunningsvoornemenIn(currentUser.actor(), id, intrekkingsreden);
            intrekkingsreden = null;
            PageMessages.info("gunning.voornemenIngetrokken");
            refresh();
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "voornemenIntrekking", Map.of());
        } catch (StateConflictException e) {
            PageMessages.error("aanbesteding.fout", e.getMessage());
        }
    }

    public Standstill getStandstill() {
        return voornemen == null ? null : voornemen.standstill();
    }

    /** Calendar days of the standstill still to run, today included; 0 once ended. */
    public long getDagenResterend() {
        return voornemen == null ? 0 : voornemen.standstill().dagenResterend(LocalDate.now(Aanbestedingen.ZONE));
    }

    public boolean isStandstillVerstreken() {
        return voornemen != null && voornemen.standstill().isVerstreken(LocalDate.now(Aanbestedingen.ZONE));
    }

    /** Share of the standstill that has passed, 0..100, for the countdown bar. */
    public long getStandstillVoortgang() {
        if (voornemen == null) {
            return 0;
        }
        int dagen = voornemen.getStandstillDagen();
        return Math.round(100.0 * (dagen - getDagenResterend()) / dagen);
    }

    public boolean isVerzonden() {
        return voornemen != null && voornemen.getStatus() == GunningsvoornemenStatus.VERZONDEN;
    }

    public long getOpenBezwaren() {
        return bezwaarLijst.stream().filter(Bezwaar::isOpen).count();
    }

    /** The bidders that received the decision, by provider id: whom an objection can be registered for. */
    public Map<Long, String> getInschrijvers() {
        Map<Long, String> m = new LinkedHashMap<>();
        berichten.forEach(b -> m.putIfAbsent(b.getAanbiederId(), b.getAanbiederNaam()));
        return m;
    }

    public List<Perceel> getPercelen() {
        return aanbesteding.getPercelen();
    }

    public String perceelLabel(Long perceelId) {
        return perceelId == null ? "" : aanbesteding.perceel(perceelId).map(Perceel::label).orElse("");
    }

    public Contract contract(GegundContract g) {
        return contractCache.computeIfAbsent(g.getContractId(), c -> contracten.get(currentUser.actor(), c));
    }

    public BezwaarStatus[] getUitkomsten() {
        return new BezwaarStatus[] {BezwaarStatus.GEGROND, BezwaarStatus.ONGEGROND, BezwaarStatus.INGETROKKEN};
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

    public Gunningsvoornemen getVoornemen() {
        return voornemen;
    }

    public List<Gunningsbericht> getBerichten() {
        return berichten;
    }

    public List<Bezwaar> getBezwaarLijst() {
        return bezwaarLijst;
    }

    public List<GegundContract> getGegund() {
        return gegund;
    }

    public Long getBezwaarAanbiederId() {
        return bezwaarAanbiederId;
    }

    public void setBezwaarAanbiederId(Long bezwaarAanbiederId) {
        this.bezwaarAanbiederId = bezwaarAanbiederId;
    }

    public Long getBezwaarPerceelId() {
        return bezwaarPerceelId;
    }

    public void setBezwaarPerceelId(Long bezwaarPerceelId) {
        this.bezwaarPerceelId = bezwaarPerceelId;
    }

    public String getBezwaarOmschrijving() {
        return bezwaarOmschrijving;
    }

    public void setBezwaarOmschrijving(String bezwaarOmschrijving) {
        this.bezwaarOmschrijving = bezwaarOmschrijving;
    }

    public BezwaarStatus getAfhandelUitkomst() {
        return afhandelUitkomst;
    }

    public void setAfhandelUitkomst(BezwaarStatus afhandelUitkomst) {
        this.afhandelUitkomst = afhandelUitkomst;
    }

    public String getAfhandelToelichting() {
        return afhandelToelichting;
    }

    public void setAfhandelToelichting(String afhandelToelichting) {
        this.afhandelToelichting = afhandelToelichting;
    }

    public LocalDate getStartdatum() {
        return startdatum;
    }

    public void setStartdatum(LocalDate startdatum) {
        this.startdatum = startdatum;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public void setIntrekkingsreden(String intrekkingsreden) {
        this.intrekkingsreden = intrekkingsreden;
    }
}
