package nl.inburgering.portal.web.pages.afrekening;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.settlement.Afkeurcode;
import nl.inburgering.portal.contracts.settlement.FactuurService;
import nl.inburgering.portal.contracts.settlement.FactuurView;
import nl.inburgering.portal.contracts.settlement.FactuurregelView;
import nl.inburgering.portal.contracts.settlement.Factuurstatus;
import nl.inburgering.portal.contracts.settlement.Regelbeoordeling;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.pages.Formats;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.PagedModel;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.pages.plaatsingen.Meldingen;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * One invoice ({@code /app/afrekening/factuur.xhtml?id=}; DESIGN.md, "Settlement", invoice workflow): the
 * header with the amounts and the gemeenten's shares, the lines (paged in the database), and the steps the
 * user may take now. The provider submits its CONCEPT under its own invoice number (the refusal of an empty or
 * used number next to the field). The contract manager reviews a submitted invoice: rejects single lines with a
 * reason code and a remark (a dialog), takes a rejection back, then approves the rest or rejects the invoice
 * with a reason; and registers the payment of an approved one. Another provider's invoice: 404 (the service's
 * tenancy); gemeenten and the administrator: 403.
 */
@Named
@ViewScoped
public class FactuurBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final String FORM_INDIENEN = "indienen";
    static final String FORM_REGEL = "regelAfkeuren";
    static final String FORM_AFKEUREN = "afkeuren";
    static final String FORM_BETALING = "betaling";
    static final String MELDINGEN_REGEL = "regelMeldingen";
    static final String MELDINGEN_AFKEUREN = "afkeurMeldingen";

    @Inject
    CurrentUser currentUser;

    @Inject
    FactuurService facturen;

    @Inject
    Formats fmt;

    private Long id;
    private FactuurView factuur;
    private PagedModel<FactuurregelView> regels;

    private String factuurnummer;

    private Long regelId;
    /** For the dialog's summary; the rejection uses the id. */
    private transient FactuurregelView regel;
    private Afkeurcode afkeurcode;
    private String opmerking;

    private String afkeurreden;

    private LocalDate betaaldOp;
    private String betaalreferentie;

    @PostConstruct
    void init() {
        regels = new PagedModel<>(true) {

            private static final long serialVersionUID = 1L;

            @Override
            protected long count(Filters filters) {
                return facturen.telRegels(currentUser.actor(), id, filters.enumValue("beoordeling",
                        Regelbeoordeling.class));
            }

            @Override
            protected List<FactuurregelView> page(Filters filters, int first, int pageSize, String sortField,
                    boolean ascending) {
                return facturen.regels(currentUser.actor(), id, filters.enumValue("beoordeling",
                        Regelbeoordeling.class), first, pageSize);
            }

            @Override
            protected Object idOf(FactuurregelView row) {
                return row.id();
            }
        };
    }

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
            factuur = facturen.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            Pages.notFound();
            return;
        } catch (NotAllowedException e) {
            Pages.forbidden();
            return;
        }
        if (betaaldOp == null) {
            betaaldOp = LocalDate.now(ZONE);
        }
    }

    // ---------------------------------------------------------------- the provider

    public void dienIn() {
        try {
            FactuurView f = facturen.dienIn(currentUser.actor(), id, factuurnummer);
            PageMessages.flashInfo("factuur.ingediend", f.factuurnummer());
            Faces.redirect(terug());
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM_INDIENEN, Map.of("factuurnummer", "factuurnummer"), null);
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- the contract manager

    /** Opens the dialog to reject one line. */
    public void kiesRegel(FactuurregelView r) {
        regel = r;
        regelId = r.id();
        afkeurcode = null;
        opmerking = null;
    }

    public void keurRegelAf() {
        if (regelId == null) {
            return;
        }
        try {
            FactuurregelView r = facturen.keurRegelAf(currentUser.actor(), id, regelId, afkeurcode, opmerking);
            factuur = facturen.get(currentUser.actor(), id);
            PageMessages.info("factuur.regel.afgekeurd", r.volgnummer());
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM_REGEL, Map.of("afkeurcode", "afkeurcode", "opmerking", "opmerking"),
                    MELDINGEN_REGEL);
        } catch (StateConflictException | NotAllowedException | NotFoundException e) {
            Meldingen.fout(MELDINGEN_REGEL, e.getMessage());
        }
    }

    public void herstelRegel(FactuurregelView r) {
        try {
            facturen.herstelRegel(currentUser.actor(), id, r.id());
            factuur = facturen.get(currentUser.actor(), id);
            PageMessages.info("factuur.regel.hersteld", r.volgnummer());
        } catch (StateConflictException | NotAllowedException | NotFoundException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    public void keurGoed() {
        try {
            FactuurView f = facturen.keurGoed(currentUser.actor(), id);
            PageMessages.flashInfo("factuur.goedgekeurd", fmt.money(f.goedgekeurdTotaal()));
            Faces.redirect(terug());
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    public void keurAf() {
        try {
            facturen.keurAf(currentUser.actor(), id, afkeurreden);
            PageMessages.flashInfo("factuur.afgekeurd");
            Faces.redirect(terug());
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM_AFKEUREN, Map.of("reden", "afkeurreden"), MELDINGEN_AFKEUREN);
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(MELDINGEN_AFKEUREN, e.getMessage());
        }
    }

    public void registreerBetaling() {
        try {
            facturen.registreerBetaling(currentUser.actor(), id, betaaldOp, betaalreferentie);
            PageMessages.flashInfo("factuur.betaald");
            Faces.redirect(terug());
        } catch (InvalidInputException e) {
            Meldingen.fouten(e, FORM_BETALING, Map.of(), null);
        } catch (StateConflictException | NotAllowedException e) {
            Meldingen.fout(null, e.getMessage());
        }
    }

    // ---------------------------------------------------------------- what the page shows

    public boolean isMagIndienen() {
        return currentUser.isAanbieder() && factuur.status() == Factuurstatus.CONCEPT;
    }

    public boolean isMagBeoordelen() {
        return currentUser.isContractbeheerder() && factuur.status() == Factuurstatus.INGEDIEND;
    }

    public boolean isMagBetalen() {
        return currentUser.isContractbeheerder() && factuur.status() == Factuurstatus.GOEDGEKEURD;
    }

    /** What stays to be approved now: the lines not rejected (shown before the contract manager approves). */
    public long getGoedTeKeurenRegels() {
        return factuur.aantalRegels() - factuur.aantalAfgekeurd();
    }

    private String terug() {
        return "/app/afrekening/factuur.xhtml?id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public FactuurView getFactuur() {
        return factuur;
    }

    public PagedModel<FactuurregelView> getRegels() {
        return regels;
    }

    public String getFactuurnummer() {
        return factuurnummer;
    }

    public void setFactuurnummer(String factuurnummer) {
        this.factuurnummer = factuurnummer;
    }

    public FactuurregelView getRegel() {
        return regel;
    }

    public Afkeurcode getAfkeurcode() {
        return afkeurcode;
    }

    public void setAfkeurcode(Afkeurcode afkeurcode) {
        this.afkeurcode = afkeurcode;
    }

    public String getOpmerking() {
        return opmerking;
    }

    public void setOpmerking(String opmerking) {
        this.opmerking = opmerking;
    }

    public String getAfkeurreden() {
        return afkeurreden;
    }

    public void setAfkeurreden(String afkeurreden) {
        this.afkeurreden = afkeurreden;
    }

    public LocalDate getBetaaldOp() {
        return betaaldOp;
    }

    public void setBetaaldOp(LocalDate betaaldOp) {
        this.betaaldOp = betaaldOp;
    }

    public String getBetaalreferentie() {
        return betaalreferentie;
    }

    public void setBetaalreferentie(String betaalreferentie) {
        this.betaalreferentie = betaalreferentie;
    }
}
