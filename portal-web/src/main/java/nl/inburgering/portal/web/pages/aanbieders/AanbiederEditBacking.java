package nl.inburgering.portal.web.pages.aanbieders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.aanbieder.AanbiederGegevens;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Pages;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Creates ({@code /app/aanbieders/edit.xhtml}) or changes ({@code ?id=}) a provider. Only contract
 * managers and administrators may (others get 403, whatever the id). Every field is validated by
 * {@link AanbiederService} at once; its field errors are shown next to the inputs and nothing is
 * saved until all are right. After saving, the provider's page is shown.
 */
@Named
@ViewScoped
public class AanbiederEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names that differ from this form's input ids. */
    private static final Map<String, String> INPUTS = Map.of("contactEmail", "email");

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbiederService aanbieders;

    private Long id;
    private String naam;
    private String kvkNummer;
    private AanbiederSoort soort;
    private String brinCode;
    private boolean webErkend;
    private LocalDate webErkendSinds;
    private String iban;
    private String email;

    /** View action: checks the role, and fills the form from the provider being changed. */
    public void load() {
        if (!currentUser.isContractbeheerder() && !currentUser.isBeheerder()) {
            Pages.forbidden();
            return;
        }
        if (id == null) {
            return;
        }
        try {
            Aanbieder a = aanbieders.get(currentUser.actor(), id);
            naam = a.getNaam();
            kvkNummer = a.getKvkNummer().value();
            soort = a.getSoort();
            brinCode = a.getBrinCode() == null ? null : a.getBrinCode().value();
            webErkend = a.isWebErkend();
            webErkendSinds = a.getWebErkendSinds();
            iban = a.getIban().formatted();
            email = a.getContactEmail() == null ? null : a.getContactEmail().value();
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public String opslaan() {
        AanbiederGegevens gegevens = new AanbiederGegevens(naam, kvkNummer, soort, brinCode, webErkend,
                webErkendSinds, iban, email);
        Aanbieder opgeslagen;
        try {
            opgeslagen = id == null ? aanbieders.create(currentUser.actor(), gegevens)
                    : aanbieders.update(currentUser.actor(), id, gegevens);
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "aanbieder", INPUTS);
            return null;
        } catch (NotFoundException e) {
            Pages.notFound();
            return null;
        }
        PageMessages.flashInfo(id == null ? "aanbieder.aangemaakt" : "aanbieder.opgeslagen", opgeslagen.getNaam());
        return "/app/aanbieders/detail?faces-redirect=true&id=" + opgeslagen.getId();
    }

    /** Where "cancel" goes: the provider's page, or the list for a new one. */
    public String annuleren() {
        return id == null ? "/app/aanbieders/list?faces-redirect=true"
                : "/app/aanbieders/detail?faces-redirect=true&id=" + id;
    }

    public boolean isNieuw() {
        return id == null;
    }

    public AanbiederSoort[] getSoorten() {
        return AanbiederSoort.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getKvkNummer() {
        return kvkNummer;
    }

    public void setKvkNummer(String kvkNummer) {
        this.kvkNummer = kvkNummer;
    }

    public AanbiederSoort getSoort() {
        return soort;
    }

    public void setSoort(AanbiederSoort soort) {
        this.soort = soort;
    }

    public String getBrinCode() {
        return brinCode;
    }

    public void setBrinCode(String brinCode) {
        this.brinCode = brinCode;
    }

    public boolean isWebErkend() {
        return webErkend;
    }

    public void setWebErkend(boolean webErkend) {
        this.webErkend = webErkend;
    }

    public LocalDate getWebErkendSinds() {
        return webErkendSinds;
    }

    public void setWebErkendSinds(LocalDate webErkendSinds) {
        this.webErkendSinds = webErkendSinds;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
