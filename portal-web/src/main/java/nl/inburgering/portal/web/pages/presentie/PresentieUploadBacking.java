package nl.inburgering.portal.web.pages.presentie;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.attendance.PresentieAntwoord;
import nl.inburgering.portal.contracts.attendance.PresentieCsv;
import nl.inburgering.portal.contracts.attendance.PresentieInvoer;
import nl.inburgering.portal.contracts.attendance.PresentieRegels;
import nl.inburgering.portal.contracts.attendance.PresentieResultaat;
import nl.inburgering.portal.contracts.attendance.PresentieService;
import nl.inburgering.portal.contracts.attendance.Presentieregel;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A provider uploads an attendance CSV ({@code /app/presentie/upload.xhtml}; issue 6, "CSV upload"): the
 * file is read at once and shown as a preview, each row with its errors (row number, code, message): the
 * file's own (an unreadable cell, a formula) and the rules that need no placement (P02, P03, P06 to P10).
 * Nothing is stored until the provider confirms; then every readable row goes to
 * {@link PresentieService#verwerk} and the page shows each row's outcome, with the rules that need the
 * placement (P01, P04, P05, P11) too. Only providers (others 403).
 */
@Named
@ViewScoped
public class PresentieUploadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The API's limit; a bigger file is refused by the upload. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    CurrentUser currentUser;

    @Inject
    PresentieService presenties;

    private String bestandsnaam;
    private byte[] inhoud;
    private List<Rij> voorbeeld = List.of();
    private List<Rij> uitkomst = List.of();

    /** One row of the preview or the outcome; {@code status} null in the preview. */
    public record Rij(long regel, Long plaatsingId, LocalDate datum, String onderdeel, BigDecimal geroosterdeUren,
            BigDecimal aanwezigeUren, String verzuimreden, String status, List<Fout> fouten) implements Serializable {

        public boolean isGeldig() {
            return fouten.isEmpty();
        }

        public String getFoutenTekst() {
            return fouten.stream().map(f -> f.code() + ": " + f.melding()).collect(Collectors.joining(" "));
        }
    }

    /** An error of a row: the column, the code and the text. */
    public record Fout(String veld, String code, String melding) implements Serializable {
    }

    /** View action: providers only. */
    public void load() {
        if (!currentUser.isAanbieder()) {
            Pages.forbidden();
        }
    }

    /** Reads the file and shows the preview; stores nothing. */
    public void upload(FileUploadEvent event) {
        uitkomst = List.of();
        voorbeeld = List.of();
        inhoud = null;
        bestandsnaam = event.getFile().getFileName();
        byte[] bytes = event.getFile().getContent();
        PresentieCsv.Inlezing inlezing;
        try {
            inlezing = PresentieCsv.lees(bytes);
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> PageMessages.error("presentie.upload.bestandFout", f.code(), PageMessages.text(f)));
            return;
        }
        LocalDate vandaag = LocalDate.now(nl.inburgering.portal.web.api.Params.ZONE);
        List<Rij> rijen = new ArrayList<>();
        for (PresentieCsv.Rij r : inlezing.rijen()) {
            PresentieInvoer in = r.invoer();
            List<FieldError> fouten = r.isGeldig()
                    ? PresentieRegels.toets(in, null, vandaag, Set.of(), BigDecimal.ZERO, false).stream()
                            .filter(f -> !Presentieregel.ONBEKENDE_PLAATSING.code().equals(f.code())).toList()
                    : r.fouten();
            rijen.add(rij(r.regelnummer(), in, null, fouten));
        }
        voorbeeld = List.copyOf(rijen);
        inhoud = bytes;
        if (rijen.isEmpty()) {
            PageMessages.error("presentie.upload.leeg");
        }
    }

    /** Sends the readable rows to the service; the page shows each row's outcome. */
    public void bevestigen() {
        if (inhoud == null) {
            PageMessages.error("presentie.upload.geenBestand");
            return;
        }
        PresentieCsv.Inlezing inlezing = PresentieCsv.lees(inhoud);
        List<PresentieInvoer> geldig = inlezing.geldig();
        if (geldig.isEmpty()) {
            PageMessages.error("presentie.upload.niets");
            return;
        }
        try {
            PresentieAntwoord antwoord = presenties.verwerk(currentUser.actor(), geldig, null);
            List<Rij> rijen = new ArrayList<>();
            for (PresentieResultaat r : antwoord.resultaten()) {
                rijen.add(rij(inlezing.regelnummer(r.index()), geldig.get(r.index()), r.status().name(), r.fouten()));
            }
            uitkomst = List.copyOf(rijen);
            voorbeeld = List.of();
            inhoud = null;
            PageMessages.info("presentie.upload.verwerkt", antwoord.geaccepteerd(), antwoord.vervangen(),
                    antwoord.geweigerd());
        } catch (InvalidInputException e) {
            e.errors().forEach(f -> PageMessages.error("presentie.upload.bestandFout", f.code(), PageMessages.text(f)));
        } catch (StateConflictException e) {
            PageMessages.error("presentie.upload.conflict", e.getMessage());
        }
    }

    /** Starts again with another file. */
    public void opnieuw() {
        voorbeeld = List.of();
        uitkomst = List.of();
        inhoud = null;
        bestandsnaam = null;
    }

    public StreamedContent getSjabloon() {
        byte[] sjabloon = PresentieCsv.sjabloon();
        return DefaultStreamedContent.builder()
                .name("presentie-sjabloon.csv")
                .contentType("text/csv; charset=UTF-8")
                .contentLength((long) sjabloon.length)
                .stream(() -> new ByteArrayInputStream(sjabloon))
                .build();
    }

    private static Rij rij(long regel, PresentieInvoer in, String status, List<FieldError> fouten) {
        List<Fout> f = fouten.stream().map(e -> new Fout(e.field(), e.code(), PageMessages.text(e))).toList();
        if (in == null) {
            return new Rij(regel, null, null, null, null, null, null, status, f);
        }
        return new Rij(regel, in.plaatsingId(), in.datum(), in.onderdeel() == null ? null : in.onderdeel().name(),
                in.geroosterdeUren(), in.aanwezigeUren(), in.verzuimreden() == null ? null : in.verzuimreden().name(),
                status, f);
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public String getBestandsnaam() {
        return bestandsnaam;
    }

    public List<Rij> getVoorbeeld() {
        return voorbeeld;
    }

    public List<Rij> getUitkomst() {
        return uitkomst;
    }

    public boolean isKlaarOmTeBevestigen() {
        return inhoud != null && voorbeeld.stream().anyMatch(r -> r.plaatsingId() != null);
    }

    public long getAantalMetFouten() {
        return voorbeeld.stream().filter(r -> !r.isGeldig()).count();
    }
}
