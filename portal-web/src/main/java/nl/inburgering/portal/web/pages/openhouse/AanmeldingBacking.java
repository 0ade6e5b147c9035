package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.aanmelding.Aanmelding;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingService;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingStatus;
import nl.inburgering.portal.openhouse.aanmelding.Antwoord;
import nl.inburgering.portal.openhouse.aanmelding.Beeindiging;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;
import nl.inburgering.portal.openhouse.aanmelding.EisBeoordeling;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/**
 * One application ({@code /app/open-house/aanmelding.xhtml?id=}). The contract manager reviews it:
 * per condition the answer and the evidence (download), met or not with a remark; then decides
 * TOEGELATEN or AFGEWEZEN (with reasons), and processes a provider's withdrawal by ending the
 * contract, with the placements still running on it listed to be handled. The provider sees its own
 * application, the version it applied under, the decision and its contract, and withdraws
 * (opzegging) from an admitted procedure. Another provider's application answers 404; gemeenten and
 * administrators 403.
 */
@Named
@ViewScoped
public class AanmeldingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Set<String>> RIJEN = Map.of("rijen", Set.of("voldaan", "opmerking"));
    private static final int MAX_PLAATSINGEN = 500;

    @Inject
    CurrentUser currentUser;

    @Inject
    AanmeldingService aanmeldingen;

    @Inject
    ProcedureService procedures;

    @Inject
    AanbiederService aanbieders;

    @Inject
    PlaatsingService plaatsingen;

    private Long id;
    private Aanmelding aanmelding;
    private ProcedureVersie versie;
    private boolean versieIsHuidig;
    private Aanbieder aanbieder;
    private List<AntwoordRij> rijen = List.of();
    private String redenen;
    private LocalDate opzegPer;
    private List<PlaatsingView> lopendePlaatsingen = List.of();

    /** View action: loads the application, or answers 403/404. */
    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isAanbieder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            laad();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    private void laad() {
        aanmelding = aanmeldingen.get(currentUser.actor(), id);
        OpenHouseProcedure p = procedures.get(currentUser.actor(), aanmelding.getProcedureId());
        versie = p.versie(aanmelding.getVersienummer()).orElseThrow();
        versieIsHuidig = p.isHuidig(versie);
        aanbieder = aanbieders.get(currentUser.actor(), aanmelding.getAanbiederId());
        Map<Long, BewijsstukInfo> bewijzen = aanmeldingen.bewijsstukken(currentUser.actor(), id).stream()
                .collect(Collectors.toMap(BewijsstukInfo::id, Function.identity()));
        List<AntwoordRij> r = new ArrayList<>();
        for (Antwoord a : aanmelding.getAntwoorden()) {
            r.add(new AntwoordRij(versie.eis(a.getEisVolgnummer()).orElse(null), a,
                    a.getBewijsstukId() == null ? null : bewijzen.get(a.getBewijsstukId())));
        }
        rijen = r;
        lopendePlaatsingen = aanmelding.getStatus() == AanmeldingStatus.OPGEZEGD && aanmelding.getContractId() != null
                && currentUser.isContractbeheerder()
                ? plaatsingen.search(currentUser.actor(), new PlaatsingFilter(null, null, aanmelding.getContractId(),
                        null, null, true), 0, MAX_PLAATSINGEN, null, true)
                : List.of();
    }

    /** Saves the assessments chosen so far. */
    public void beoordelingOpslaan() {
        if (slaBeoordelingOp()) {
            PageMessages.info("openhouse.aanmelding.beoordeeld");
            laad();
        }
    }

    /** Admits: saves the assessments, then decides TOEGELATEN (which creates the contract). */
    public void toelaten() {
        if (!slaBeoordelingOp()) {
            return;
        }
        try {
            Aanmelding a = aanmeldingen.laatToe(currentUser.actor(), id);
            PageMessages.info("openhouse.aanmelding.toegelaten", aanbieder.getNaam(), a.getContractNummer().value());
        } catch (InvalidInputException e) {
            e.errors().forEach(fe -> PageMessages.error("openhouse.fout", PageMessages.text(fe)));
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    /** Rejects with reasons; the assessments chosen are saved first. */
    public void afwijzen() {
        if (!slaBeoordelingOp()) {
            return;
        }
        try {
            aanmeldingen.wijsAf(currentUser.actor(), id, redenen);
            PageMessages.info("openhouse.aanmelding.afgewezen", aanbieder.getNaam());
            redenen = null;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, "beoordeling", Map.of(), Map.of());
            return;
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    /** The provider withdraws, or the contract manager registers its withdrawal. */
    public void zegOp() {
        try {
            Aanmelding a = aanmeldingen.zegOp(currentUser.actor(), id, opzegPer);
            PageMessages.info("openhouse.aanmelding.opgezegd.melding", a.getContractNummer().value(),
                    datum(a.getOpzeggingEinddatum()));
            opzegPer = null;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, "opzegging", Map.of(), Map.of());
            return;
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    /** The contract manager ends the contract of the provider's withdrawal. */
    public void verwerkOpzegging() {
        try {
            Beeindiging b = aanmeldingen.verwerkOpzegging(currentUser.actor(), id);
            PageMessages.info("openhouse.aanmelding.opzeggingVerwerkt.melding", b.contractNummer().value(),
                    datum(b.einddatum()));
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    public StreamedContent download(AntwoordRij rij) {
        return Bewijsdownload.van(aanmeldingen.download(currentUser.actor(), rij.getBewijs().id()));
    }

    /** Saves the assessments chosen (if any are new or changed); false when refused, with the errors shown. */
    private boolean slaBeoordelingOp() {
        if (aanmelding.getStatus() != AanmeldingStatus.INGEDIEND) {
            return true;
        }
        List<EisBeoordeling> lijst = new ArrayList<>();
        List<Integer> rijVan = new ArrayList<>();
        for (int i = 0; i < rijen.size(); i++) {
            AntwoordRij r = rijen.get(i);
            boolean gewijzigd = r.voldaan() != null || r.getOpgeslagenOordeel() != null;
            if (gewijzigd) {
                lijst.add(new EisBeoordeling(r.getVolgnummer(), r.voldaan(), r.getOpmerking()));
                rijVan.add(i);
            }
        }
        if (lijst.isEmpty()) {
            return true;
        }
        try {
            aanmeldingen.beoordeel(currentUser.actor(), id, lijst);
            return true;
        } catch (InvalidInputException e) {
            List<FieldError> perRij = e.errors().stream().map(fe -> {
                String veld = fe.field();
                for (int k = 0; k < rijVan.size(); k++) {
                    String prefix = "beoordelingen[" + k + "]";
                    if (veld.startsWith(prefix + ".")) {
                        return new FieldError("rijen[" + rijVan.get(k) + "]" + veld.substring(prefix.length()),
                                fe.code(), fe.message());
                    }
                }
                return fe;
            }).toList();
            Formulierfouten.toon(new InvalidInputException(perRij), "beoordeling", Map.of(), RIJEN);
            return false;
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
            return false;
        }
    }

    private static String datum(LocalDate d) {
        return d == null ? "" : DateTimeFormatter.ofPattern("dd-MM-yyyy").format(d);
    }

    public boolean isBeoordelen() {
        return currentUser.isContractbeheerder() && aanmelding.getStatus() == AanmeldingStatus.INGEDIEND;
    }

    public boolean isMagOpzeggen() {
        return aanmelding.getStatus() == AanmeldingStatus.TOEGELATEN && aanmelding.getContractId() != null;
    }

    public boolean isTeVerwerken() {
        return currentUser.isContractbeheerder() && aanmelding.getStatus() == AanmeldingStatus.OPGEZEGD
                && aanmelding.getOpzeggingVerwerktOp() == null;
    }

    public boolean isConcept() {
        return aanmelding.getStatus() == AanmeldingStatus.CONCEPT;
    }

    /** The earliest end date a withdrawal today gives, as a hint. */
    public LocalDate getVroegsteEinde() {
        return LocalDate.now(Formats.ZONE).plusMonths(versie.getOpzegtermijnMaanden());
    }

    public String[] getOordelen() {
        return new String[] {AntwoordRij.VOLDAAN, AntwoordRij.NIET_VOLDAAN};
    }

    /**
     * After a withdrawal, for the contract manager: the placements still running on the contract, to
     * be transferred or ended before the end date.
     */
    public List<PlaatsingView> getLopendePlaatsingen() {
        return lopendePlaatsingen;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Aanmelding getAanmelding() {
        return aanmelding;
    }

    public ProcedureVersie getVersie() {
        return versie;
    }

    public boolean isVersieIsHuidig() {
        return versieIsHuidig;
    }

    public Aanbieder getAanbieder() {
        return aanbieder;
    }

    public List<AntwoordRij> getRijen() {
        return rijen;
    }

    public String getRedenen() {
        return redenen;
    }

    public void setRedenen(String redenen) {
        this.redenen = redenen;
    }

    public LocalDate getOpzegPer() {
        return opzegPer;
    }

    public void setOpzegPer(LocalDate opzegPer) {
        this.opzegPer = opzegPer;
    }
}
