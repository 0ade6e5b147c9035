package nl.inburgering.portal.web.pages.afrekening;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatDocument;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatService;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatUbl;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatView;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.settlement.VerrekenstaatCsv;
import nl.inburgering.portal.web.settlement.VerrekenstaatPdf;
import org.omnifaces.util.Faces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * One statement ({@code /app/afrekening/verrekenstaat.xhtml?id=}; DESIGN.md, "Settlement", Verrekenstaat): what
 * a gemeente owes the lead municipality for a month, its posts (its share of each approved provider invoice) and
 * totals, and the downloads: PDF for people, CSV for a spreadsheet, UBL (SI-UBL 2.0) for the gemeente's
 * accounts-payable system; each download writes an audit line (the service). The contract manager makes an
 * OPEN statement definitive; the service's refusal (invoices of the month still waiting) is shown as it is.
 * Another gemeente's statement: 404; providers and the administrator: 403.
 */
@Named
@ViewScoped
public class VerrekenstaatBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    VerrekenstaatService verrekenstaten;

    private Long id;
    private VerrekenstaatView staat;
    private transient List<Verrekenstaatpost> posten;

    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isGemeente()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            staat = verrekenstaten.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            Pages.notFound();
        } catch (NotAllowedException e) {
            Pages.forbidden();
        }
    }

    public void maakDefinitief() {
        try {
            VerrekenstaatView v = verrekenstaten.maakDefinitief(currentUser.actor(), id);
            PageMessages.flashInfo("verrekenstaat.definitief.gelukt", v.nummer());
            Faces.redirect("/app/afrekening/verrekenstaat.xhtml?id=" + id);
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- downloads (p:fileDownload)

    public StreamedContent getPdf() {
        return download("PDF", VerrekenstaatPdf::pdf, VerrekenstaatPdf::bestandsnaam, "application/pdf");
    }

    public StreamedContent getCsv() {
        return download("CSV", VerrekenstaatCsv::csv, VerrekenstaatCsv::bestandsnaam, "text/csv; charset=UTF-8");
    }

    public StreamedContent getUbl() {
        return download("UBL", VerrekenstaatUbl::xml, VerrekenstaatUbl::bestandsnaam, "application/xml");
    }

    /**
     * The export as a download; null (no download, the page shows why) when the service or the export refuses,
     * e.g. a UBL invoice of a statement whose lead municipality has no IBAN yet.
     */
    private StreamedContent download(String formaat, Function<VerrekenstaatDocument, byte[]> maak,
            Function<VerrekenstaatDocument, String> naam, String type) {
        try {
            VerrekenstaatDocument d = verrekenstaten.document(currentUser.actor(), id, formaat);
            byte[] inhoud = maak.apply(d);
            return DefaultStreamedContent.builder()
                    .name(naam.apply(d))
                    .contentType(type)
                    .contentLength((long) inhoud.length)
                    .stream(() -> new ByteArrayInputStream(inhoud))
                    .build();
        } catch (StateConflictException | NotFoundException | NotAllowedException e) {
            Meldingen.fout(null, e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------- what the page shows

    public List<Verrekenstaatpost> getPosten() {
        if (posten == null) {
            posten = verrekenstaten.posten(currentUser.actor(), id);
        }
        return posten;
    }

    public Money getPostenNetto() {
        return Money.sum(getPosten().stream().map(Verrekenstaatpost::netto).toList());
    }

    public Money getPostenBtw() {
        return Money.sum(getPosten().stream().map(Verrekenstaatpost::btw).toList());
    }

    public Money getPostenTotaal() {
        return getPostenNetto().plus(getPostenBtw());
    }

    public boolean isMagDefinitiefMaken() {
        return currentUser.isContractbeheerder() && staat.status() == Verrekenstaatstatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public VerrekenstaatView getStaat() {
        return staat;
    }
}
