package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.openhouse.OpenHouseSettings;
import nl.inburgering.portal.openhouse.aanmelding.Aanmelding;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingFilter;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingService;
import nl.inburgering.portal.openhouse.aanmelding.AanmeldingStatus;
import nl.inburgering.portal.openhouse.aanmelding.Antwoord;
import nl.inburgering.portal.openhouse.aanmelding.AntwoordGegevens;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;
import nl.inburgering.portal.openhouse.procedure.OpenHouseProcedure;
import nl.inburgering.portal.openhouse.procedure.ProcedureService;
import nl.inburgering.portal.openhouse.procedure.ProcedureVersie;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A provider applies to a procedure ({@code /app/open-house/aanvragen.xhtml?procedure=}): starts a
 * draft under the version in force, answers each condition and uploads a PDF per condition
 * ({@code p:fileUpload}: PDF only, size-limited; a refused file is not stored and the reason is shown
 * at the condition), saves the draft, and submits it before the deadline. The page names the version
 * the provider applies under; a draft under a superseded version is moved to the version in force
 * first. An application already submitted or admitted is shown on its own page instead. Only
 * providers (others 403); a concept or unknown procedure answers 404.
 */
@Named
@ViewScoped
public class AanvragenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, Set<String>> RIJEN = Map.of("antwoorden", Set.of("tekst", "bewijs"));

    @Inject
    CurrentUser currentUser;

    @Inject
    ProcedureService procedures;

    @Inject
    AanmeldingService aanmeldingen;

    @Inject
    OpenHouseSettings settings;

    private Long procedure;
    private ProcedureVersie huidig;
    private ProcedureVersie versie;
    private Aanmelding aanmelding;
    private List<AntwoordRij> antwoorden = List.of();

    /** View action: checks the role, and finds the provider's running application to this procedure. */
    public void load() {
        if (!currentUser.isAanbieder()) {
            Pages.forbidden();
            return;
        }
        if (procedure == null) {
            Pages.notFound();
            return;
        }
        try {
            laad();
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        }
        if (aanmelding != null && aanmelding.getStatus() != AanmeldingStatus.CONCEPT) {
            Faces.redirect("app/open-house/aanmelding.xhtml?id=%s", String.valueOf(aanmelding.getId()));
        }
    }

    private void laad() {
        OpenHouseProcedure p = procedures.get(currentUser.actor(), procedure);
        huidig = p.huidigeVersie().orElseThrow(() -> new NotFoundException("OpenHouseProcedure", procedure));
        Optional<Aanmelding> lopend = aanmeldingen.zoek(currentUser.actor(),
                        new AanmeldingFilter(procedure, null, null, false), 0, 100).stream()
                .filter(a -> a.getStatus().isLopend()).findFirst();
        aanmelding = lopend.orElse(null);
        if (aanmelding == null) {
            versie = huidig;
            antwoorden = List.of();
            return;
        }
        versie = p.versie(aanmelding.getVersienummer()).orElseThrow();
        Map<Long, BewijsstukInfo> bewijzen = aanmeldingen.bewijsstukken(currentUser.actor(), aanmelding.getId())
                .stream().collect(Collectors.toMap(BewijsstukInfo::id, Function.identity()));
        List<AntwoordRij> rijen = new ArrayList<>();
        for (Antwoord a : aanmelding.getAntwoorden()) {
            rijen.add(new AntwoordRij(versie.eis(a.getEisVolgnummer()).orElse(null), a,
                    a.getBewijsstukId() == null ? null : bewijzen.get(a.getBewijsstukId())));
        }
        antwoorden = rijen;
    }

    /** Starts the draft under the version in force. */
    public void start() {
        try {
            aanmeldingen.start(currentUser.actor(), procedure);
            PageMessages.info("openhouse.aanvraag.gestart", huidig.getVersienummer());
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    /** Saves the answers in the draft. */
    public void opslaan() {
        if (bewaarAntwoorden()) {
            PageMessages.info("openhouse.aanvraag.opgeslagen");
        }
    }

    /** Saves the answers and submits the draft; on success the application's own page is shown. */
    public String indienen() {
        if (!bewaarAntwoorden()) {
            return null;
        }
        try {
            Aanmelding a = aanmeldingen.dienIn(currentUser.actor(), aanmelding.getId());
            PageMessages.flashInfo("openhouse.aanvraag.ingediend", a.getVersienummer());
            return "/app/open-house/aanmelding?faces-redirect=true&id=" + a.getId();
        } catch (InvalidInputException e) {
            PageMessages.error("openhouse.aanvraag.nietIngediend");
            Formulierfouten.toon(e, "aanvraag", Map.of(), RIJEN);
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        return null;
    }

    /** Moves the draft to the version in force, keeping the answers to unchanged conditions. */
    public void overzetten() {
        try {
            aanmeldingen.naarHuidigeVersie(currentUser.actor(), aanmelding.getId());
            PageMessages.info("openhouse.aanvraag.overgezet", huidig.getVersienummer());
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        laad();
    }

    /** The evidence of one condition, from {@code p:fileUpload}; a refused file is not stored. */
    public void upload(FileUploadEvent event) {
        int volgnummer = ((Number) event.getComponent().getAttributes().get("volgnummer")).intValue();
        int rij = rijIndex(volgnummer);
        UploadedFile file = event.getFile();
        try {
            BewijsstukInfo info = aanmeldingen.voegBewijsToe(currentUser.actor(), aanmelding.getId(), volgnummer,
                    file.getFileName(), file.getContent());
            antwoorden.get(rij).setBewijs(info);
            PageMessages.info("openhouse.aanvraag.bewijsOpgeslagen", info.bestandsnaam(), volgnummer);
        } catch (InvalidInputException e) {
            String tekst = e.errors().stream().map(PageMessages::text).collect(Collectors.joining(" "));
            Formulierfouten.fout(event.getComponent().getClientId(), tekst);
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
    }

    public void verwijderBewijs(AntwoordRij rij) {
        try {
            aanmeldingen.verwijderBewijs(currentUser.actor(), aanmelding.getId(), rij.getVolgnummer());
            rij.setBewijs(null);
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
    }

    public StreamedContent download(AntwoordRij rij) {
        return Bewijsdownload.van(aanmeldingen.download(currentUser.actor(), rij.getBewijs().id()));
    }

    private boolean bewaarAntwoorden() {
        List<AntwoordGegevens> gegevens = antwoorden.stream()
                .map(r -> new AntwoordGegevens(r.getVolgnummer(), r.getTekst())).toList();
        try {
            aanmeldingen.slaOp(currentUser.actor(), aanmelding.getId(), gegevens);
            return true;
        } catch (InvalidInputException e) {
            Formulierfouten.toon(e, "aanvraag", Map.of(), RIJEN);
        } catch (StateConflictException e) {
            PageMessages.error("openhouse.fout", e.getMessage());
        }
        return false;
    }

    private int rijIndex(int volgnummer) {
        for (int i = 0; i < antwoorden.size(); i++) {
            if (antwoorden.get(i).getVolgnummer() == volgnummer) {
                return i;
            }
        }
        throw new IllegalArgumentException("no condition " + volgnummer);
    }

    /** Whether the draft was made under a version that has since been superseded. */
    public boolean isVerouderd() {
        return aanmelding != null && versie.getVersienummer() != huidig.getVersienummer();
    }

    public boolean isAanmeldenOpen() {
        return huidig.isAanmeldenOpen(LocalDate.now(Formats.ZONE));
    }

    public long getMaxBytes() {
        return settings.maxBewijsBytes();
    }

    public long getMaxMegabytes() {
        return settings.maxBewijsBytes() / (1024 * 1024);
    }

    public Long getProcedure() {
        return procedure;
    }

    public void setProcedure(Long procedure) {
        this.procedure = procedure;
    }

    public ProcedureVersie getHuidig() {
        return huidig;
    }

    public ProcedureVersie getVersie() {
        return versie;
    }

    public Aanmelding getAanmelding() {
        return aanmelding;
    }

    public List<AntwoordRij> getAntwoorden() {
        return antwoorden;
    }
}
