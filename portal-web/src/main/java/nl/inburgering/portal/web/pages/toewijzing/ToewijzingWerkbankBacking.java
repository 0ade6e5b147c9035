package nl.inburgering.portal.web.pages.toewijzing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.contract.ContractService;
import nl.inburgering.portal.contracts.placement.ContractBezetting;
import nl.inburgering.portal.contracts.placement.Perceel;
import nl.inburgering.portal.contracts.placement.PerceelBezetting;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.placement.Toewijzing;
import nl.inburgering.portal.contracts.placement.ToewijzingService;
import nl.inburgering.portal.contracts.placement.Toewijzingsvoorstel;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Leerroute;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The contract manager's allocation workbench ({@code /app/toewijzing/werkbank.xhtml}; DESIGN.md,
 * "Allocation"): choose a tendered lot and see its contracts' capacity (open, proposed, free, the fair
 * share so far); select a batch from the referrals waiting in the pool for the lot's leerroute (by hand,
 * or the oldest N); "Voorstel maken" computes the fair-share proposal, which stores nothing: a line per
 * referral with the proposed contract and why; change a line's contract if needed; "Bevestigen" proposes
 * every line with a contract to its provider, all or nothing, under the contracts' locks. A refused
 * confirmation marks each refused line with the eligibility rule that failed. The pencil in a contract's
 * target-share cell opens a dialog to set or remove its weight (equal shares unless every contract of the
 * lot has one). Other roles: 403.
 */
@Named
@ViewScoped
public class ToewijzingWerkbankBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern REGEL_INDEX = Pattern.compile("^toewijzingen\\[(\\d+)]");
    private static final int PAGINA = 1000;
    private static final String DOELAANDEEL_FORM = "doelaandeel";

    @Inject
    CurrentUser currentUser;

    @Inject
    ToewijzingService toewijzing;

    @Inject
    PlaatsingService plaatsingen;

    @Inject
    ContractService contracten;

    private List<Perceel> percelen = List.of();
    private Integer perceelIndex;
    private List<PerceelBezetting> overzicht = List.of();
    private Leerroute leerroute;

    private final Map<Long, PlaatsingView> gezien = new HashMap<>();
    private PagedModel<PlaatsingView> wachtrij;
    private List<PlaatsingView> geselecteerd = new ArrayList<>();
    private int aantal = 20;

    private List<VoorstelRij> voorstel;

    private Long doelaandeelContractId;
    private BigDecimal gewicht;

    /** View action: the contract manager's page; loads the lots and selects the first. */
    public void load() {
        if (!currentUser.isContractbeheerder()) {
            Pages.forbidden();
            return;
        }
        percelen = toewijzing.percelen(currentUser.actor());
        if (perceelIndex == null || perceelIndex < 0 || perceelIndex >= percelen.size()) {
            perceelIndex = percelen.isEmpty() ? null : 0;
        }
        kiesPerceel();
    }

    /** Another lot: its capacity, its pool; the selection and proposal start again. */
    public void kiesPerceel() {
        geselecteerd = new ArrayList<>();
        voorstel = null;
        gezien.clear();
        overzicht = toewijzing.bezettingPerPerceel(currentUser.actor());
        leerroute = null;
        Perceel p = getPerceel();
        if (p != null) {
            Set<Leerroute> routes = EnumSet.noneOf(Leerroute.class);
            for (ContractBezetting b : getBezetting()) {
                routes.addAll(contracten.get(currentUser.actor(), b.contractId()).getLeerroutes());
            }
            routes.remove(Leerroute.ONDERWIJSROUTE);
            leerroute = routes.size() == 1 ? routes.iterator().next() : null;
        }
        wachtrij = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return getPerceel() == null ? 0 : plaatsingen.count(currentUser.actor(), filter());
            }

            @Override
            protected List<PlaatsingView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                if (getPerceel() == null) {
                    return List.of();
                }
                List<PlaatsingView> rows = plaatsingen.search(currentUser.actor(), filter(), first, pageSize,
                        sortField, ascending);
                rows.forEach(r -> gezien.put(r.id(), r));
                return rows;
            }

            @Override
            protected Object idOf(PlaatsingView row) {
                return row.id();
            }

            @Override
            public PlaatsingView getRowData(String rowKey) {
                try {
                    return gezien.get(Long.valueOf(rowKey));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }

    private PlaatsingFilter filter() {
        return PlaatsingFilter.wachtend(leerroute);
    }

    /** Selects the N referrals that have waited longest (over all pages). */
    public void selecteerOudste() {
        List<PlaatsingView> oudste = new ArrayList<>();
        int n = Math.max(1, Math.min(aantal, ToewijzingService.MAX_BATCH));
        for (int first = 0; first < n; first += PAGINA) {
            List<PlaatsingView> page = plaatsingen.search(currentUser.actor(), filter(), first,
                    Math.min(PAGINA, n - first), "aangemeldOp", true);
            oudste.addAll(page);
            if (page.size() < Math.min(PAGINA, n - first)) {
                break;
            }
        }
        oudste.forEach(r -> gezien.put(r.id(), r));
        geselecteerd = oudste;
        voorstel = null;
    }

    /** The fair-share proposal for the selected referrals: computed, nothing stored. */
    public void maakVoorstel() {
        voorstel = null;
        if (geselecteerd == null || geselecteerd.isEmpty()) {
            PageMessages.error("toewijzing.kiesVerwijzingen");
            return;
        }
        try {
            Toewijzingsvoorstel v = toewijzing.stelVoor(currentUser.actor(), getPerceel(),
                    geselecteerd.stream().map(PlaatsingView::id).toList());
            voorstel = v.regels().stream().map(VoorstelRij::new).toList();
        } catch (InvalidInputException e) {
            e.errors().forEach(fe -> PageMessages.error("toewijzing.fout", Meldingen.tekst(fe)));
        } catch (NotAllowedException | StateConflictException e) {
            PageMessages.error("toewijzing.fout", e.getMessage());
        }
    }

    /**
     * Confirms the proposal as it now stands: every line with a contract is proposed to its provider, or,
     * when any line is refused, none is and each refused line says why.
     */
    public void bevestig() {
        if (voorstel == null) {
            return;
        }
        List<VoorstelRij> mee = voorstel.stream().filter(r -> r.getContractId() != null).toList();
        voorstel.forEach(r -> r.setFout(null));
        if (mee.isEmpty()) {
            PageMessages.error("toewijzing.niksTeBevestigen");
            return;
        }
        List<Toewijzing> toewijzingen = mee.stream().map(r -> new Toewijzing(r.getPlaatsingId(), r.getContractId()))
                .toList();
        try {
            List<PlaatsingView> bevestigd = toewijzing.bevestig(currentUser.actor(), toewijzingen);
            PageMessages.info("toewijzing.bevestigd", bevestigd.size());
            long zonder = voorstel.size() - mee.size();
            if (zonder > 0) {
                PageMessages.info("toewijzing.bevestigd.zonder", zonder);
            }
            kiesPerceel();
        } catch (InvalidInputException e) {
            int geweigerd = 0;
            Map<Integer, List<String>> perRegel = new LinkedHashMap<>();
            for (FieldError fe : e.errors()) {
                Matcher m = REGEL_INDEX.matcher(fe.field());
                if (m.find() && Integer.parseInt(m.group(1)) < mee.size()) {
                    perRegel.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new ArrayList<>())
                            .add(Meldingen.tekst(fe));
                } else {
                    PageMessages.error("toewijzing.fout", Meldingen.tekst(fe));
                }
            }
            for (Map.Entry<Integer, List<String>> regel : perRegel.entrySet()) {
                mee.get(regel.getKey()).setFout(String.join(" ", regel.getValue()));
                geweigerd++;
            }
            if (geweigerd > 0) {
                PageMessages.error("toewijzing.geweigerd", geweigerd);
            }
            // capacity may have changed meanwhile: show it as it is now
            overzicht = toewijzing.bezettingPerPerceel(currentUser.actor());
        } catch (NotAllowedException | StateConflictException e) {
            PageMessages.error("toewijzing.fout", e.getMessage());
        }
    }

    /** Opens the target-share dialog for one contract of the lot, with its current weight. */
    public void bewerkDoelaandeel(long contractId) {
        doelaandeelContractId = contractId;
        gewicht = getBezetting().stream().filter(b -> b.contractId() == contractId).findFirst()
                .map(ContractBezetting::gewicht).orElse(null);
    }

    /** Sets the weight entered; an empty field is refused (removing is its own button). */
    public void slaDoelaandeelOp() {
        if (gewicht == null) {
            PageMessages.fieldErrors(InvalidInputException.of("gewicht", "doelaandeel.leeg", "Vul een gewicht in."),
                    DOELAANDEEL_FORM, Map.of());
            return;
        }
        wijzigDoelaandeel(gewicht);
    }

    /** Removes the weight: the lot goes back to equal shares. */
    public void verwijderDoelaandeel() {
        wijzigDoelaandeel(null);
    }

    private void wijzigDoelaandeel(BigDecimal nieuw) {
        if (doelaandeelContractId == null) {
            return;
        }
        try {
            toewijzing.stelDoelaandeelIn(currentUser.actor(), doelaandeelContractId, nieuw);
            PageMessages.info(nieuw == null ? "doelaandeel.verwijderd" : "doelaandeel.ingesteld",
                    contractNummer(doelaandeelContractId));
            overzicht = toewijzing.bezettingPerPerceel(currentUser.actor());
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, DOELAANDEEL_FORM, Map.of());
        } catch (NotAllowedException | StateConflictException e) {
            PageMessages.error("toewijzing.fout", e.getMessage());
            Faces.validationFailed();
        }
    }

    /**
     * The bundle key saying how the lot shares: by weight (every contract has one), equally (none has),
     * or not at all until the weights are complete (some have one: a proposal is refused).
     */
    public String getDoelaandeelStand() {
        List<ContractBezetting> b = getBezetting();
        long gezet = b.stream().filter(c -> c.gewicht() != null).count();
        return gezet == 0 ? "doelaandeel.gelijk" : gezet == b.size() ? "doelaandeel.gewogen" : "doelaandeel.onvolledig";
    }

    /** Back to the selection, without confirming. */
    public void verwerp() {
        voorstel = null;
    }

    // ---------------------------------------------------------------- what the page shows

    public Perceel getPerceel() {
        return perceelIndex == null || perceelIndex >= percelen.size() ? null : percelen.get(perceelIndex);
    }

    /** The occupancy of the chosen lot, with its contracts. */
    public PerceelBezetting getPerceelBezetting() {
        Perceel p = getPerceel();
        return overzicht.stream().filter(b -> b.perceel().equals(p)).findFirst().orElse(null);
    }

    public List<ContractBezetting> getBezetting() {
        PerceelBezetting b = getPerceelBezetting();
        return b == null ? List.of() : b.contracten();
    }

    /** How many lines of the proposal go to this contract, as it stands. */
    public long inVoorstel(long contractId) {
        return voorstel == null ? 0 : voorstel.stream().filter(r -> Long.valueOf(contractId).equals(r.getContractId()))
                .count();
    }

    public long getZonderContract() {
        return voorstel == null ? 0 : voorstel.stream().filter(r -> r.getContractId() == null).count();
    }

    public String contractNummer(Long contractId) {
        if (contractId == null) {
            return "";
        }
        return getBezetting().stream().filter(b -> b.contractId() == contractId).map(b -> b.contractNummer().value())
                .findFirst().orElse(String.valueOf(contractId));
    }

    /** The label of a lot in the chooser: its name and free places. */
    public String label(int index) {
        Perceel p = percelen.get(index);
        return p.perceel() + " — " + p.aanbesteding();
    }

    public List<Integer> getPerceelIndexen() {
        List<Integer> uit = new ArrayList<>();
        for (int i = 0; i < percelen.size(); i++) {
            uit.add(i);
        }
        return uit;
    }

    public List<PerceelBezetting> getOverzicht() {
        return overzicht;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public PagedModel<PlaatsingView> getWachtrij() {
        return wachtrij;
    }

    public List<PlaatsingView> getGeselecteerd() {
        return geselecteerd;
    }

    public void setGeselecteerd(List<PlaatsingView> geselecteerd) {
        this.geselecteerd = geselecteerd == null ? new ArrayList<>() : new ArrayList<>(geselecteerd);
    }

    public List<VoorstelRij> getVoorstel() {
        return voorstel;
    }

    public Integer getPerceelIndex() {
        return perceelIndex;
    }

    public void setPerceelIndex(Integer perceelIndex) {
        this.perceelIndex = perceelIndex;
    }

    public Long getDoelaandeelContractId() {
        return doelaandeelContractId;
    }

    public BigDecimal getGewicht() {
        return gewicht;
    }

    public void setGewicht(BigDecimal gewicht) {
        this.gewicht = gewicht;
    }

    public int getAantal() {
        return aantal;
    }

    public void setAantal(int aantal) {
        this.aantal = aantal;
    }
}
