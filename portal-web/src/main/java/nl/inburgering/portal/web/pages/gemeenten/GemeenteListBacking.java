package nl.inburgering.portal.web.pages.gemeenten;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.inburgering.portal.contracts.gemeente.Adres;
import nl.inburgering.portal.contracts.gemeente.Gemeente;
import nl.inburgering.portal.contracts.gemeente.GemeenteFactuurgegevens;
import nl.inburgering.portal.contracts.gemeente.GemeenteService;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Texts;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * The gemeenten of the region ({@code /app/gemeenten/list.xhtml}): reference data, by name, with whether the
 * UBL invoice of a statement has all it needs of each ({@link FactuurOnderdeel}). The contract manager and the
 * administrator set a gemeente's billing data in a dialog: address, and IBAN and VAT identifier (which only
 * the centrumgemeente needs). The service validates every field at once; its errors appear at the inputs.
 */
@Named
@ViewScoped
public class GemeenteListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The id of the dialog's form; its inputs carry the service's field names. */
    static final String FORM = "factuurgegevens";

    @Inject
    CurrentUser currentUser;

    @Inject
    GemeenteService gemeenten;

    private List<GemeenteRij> lijst;

    private Long gemeenteId;
    private String gemeenteNaam;
    private boolean lead;
    private boolean oinOntbreekt;
    private String straat;
    private String postcode;
    private String plaats;
    private String iban;
    private String btwNummer;

    @PostConstruct
    void init() {
        laad();
    }

    private void laad() {
        lijst = gemeenten.list(currentUser.actor()).stream().map(GemeenteRij::of).toList();
    }

    /** Only they may change a gemeente (the service checks again). */
    public boolean isMagWijzigen() {
        return currentUser.isContractbeheerder() || currentUser.isBeheerder();
    }

    /** Fills the dialog with the gemeente's current billing data. */
    public void openFactuurgegevens(long id) {
        Gemeente g;
        try {
            g = gemeenten.get(currentUser.actor(), id);
        } catch (NotFoundException e) {
            gemeenteId = null;
            PageMessages.error("gemeente.factuurgegevens.nietGevonden");
            Faces.validationFailed(); // the dialog stays closed
            laad();
            return;
        }
        gemeenteId = g.getId();
        gemeenteNaam = g.getNaam();
        lead = g.isLead();
        oinOntbreekt = g.getOin() == null;
        Adres adres = g.getAdres();
        straat = adres == null ? null : adres.straat();
        postcode = adres == null ? null : adres.postcode();
        plaats = adres == null ? null : adres.plaats();
        iban = g.getIban() == null ? null : g.getIban().formatted();
        btwNummer = g.getBtwNummer();
    }

    /** Saves; on bad input the dialog stays open with a message at each wrong field. */
    public void opslaan() {
        if (gemeenteId == null) {
            return;
        }
        try {
            Gemeente g = gemeenten.wijzigFactuurgegevens(currentUser.actor(), gemeenteId,
                    new GemeenteFactuurgegevens(straat, postcode, plaats, iban, btwNummer));
            PageMessages.info("gemeente.factuurgegevens.opgeslagen", g.getNaam());
            gemeenteId = null;
        } catch (InvalidInputException e) {
            veldfouten(e);
            return;
        } catch (NotAllowedException e) {
            PageMessages.error("gemeente.factuurgegevens.nietToegestaan");
        } catch (NotFoundException e) {
            PageMessages.error("gemeente.factuurgegevens.nietGevonden");
        }
        laad();
    }

    private static void veldfouten(InvalidInputException e) {
        FacesContext context = Faces.getContext();
        for (FieldError error : e.errors()) {
            String clientId = FORM + ":" + error.field();
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst(error), null);
            context.addMessage(context.getViewRoot().findComponent(clientId) != null ? clientId : null, message);
        }
        context.validationFailed();
    }

    /** This dialog's own text for the error's code (the address is all or nothing), else the portal's. */
    private static String tekst(FieldError error) {
        return Texts.find("gemeente.factuurgegevens.fout." + error.code()).orElseGet(() -> PageMessages.text(error));
    }

    public List<GemeenteRij> getLijst() {
        return lijst;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public String getGemeenteNaam() {
        return gemeenteNaam;
    }

    public boolean isLead() {
        return lead;
    }

    public boolean isOinOntbreekt() {
        return oinOntbreekt;
    }

    public String getStraat() {
        return straat;
    }

    public void setStraat(String straat) {
        this.straat = straat;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getPlaats() {
        return plaats;
    }

    public void setPlaats(String plaats) {
        this.plaats = plaats;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBtwNummer() {
        return btwNummer;
    }

    public void setBtwNummer(String btwNummer) {
        this.btwNummer = btwNummer;
    }
}
