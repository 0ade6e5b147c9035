package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import nl.inburgering.portal.contracts.aanbieder.AanbiederSoort;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.openhouse.registratie.Registratie;
import nl.inburgering.portal.openhouse.registratie.RegistratieGegevens;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.security.UserAccountService;

/**
 * A provider registers itself, without login ({@code /open-house/registreren.xhtml}; issue 3): KvK
 * number, name, kind, BRIN/RIO code and WEB recognition for an institution, IBAN, contact, and the
 * user name and password it wants. Every field is checked at once, with the message at the field.
 * The account works only after a contract manager approves the request; the page says so.
 */
@Named
@ViewScoped
public class RegistrerenBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAccountService accounts;

    private String naam;
    private String kvkNummer;
    private AanbiederSoort soort;
    private String brinCode;
    private boolean webErkend;
    private LocalDate webErkendSinds;
    private String iban;
    private String contactNaam;
    private String contactEmail;
    private String contactTelefoon;
    private String gebruikersnaam;
    private transient String wachtwoord;
    private String ontvangenVoor;

    public void registreren() {
        RegistratieGegevens gegevens = new RegistratieGegevens(naam, kvkNummer, soort, brinCode, webErkend,
                webErkendSinds, iban, contactNaam, contactEmail, contactTelefoon, gebruikersnaam, null);
        try {
            Registratie r = accounts.registreerAanbieder(gegevens, wachtwoord);
            ontvangenVoor = r.getGebruikersnaam();
            wachtwoord = null;
        } catch (InvalidInputException e) {
            wachtwoord = null;
            PageMessages.fieldErrors(e, "registratie", Map.of());
        }
    }

    /** After a successful request: the user name the account will have. */
    public String getOntvangenVoor() {
        return ontvangenVoor;
    }

    public AanbiederSoort[] getSoorten() {
        return AanbiederSoort.values();
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

    public String getContactNaam() {
        return contactNaam;
    }

    public void setContactNaam(String contactNaam) {
        this.contactNaam = contactNaam;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactTelefoon() {
        return contactTelefoon;
    }

    public void setContactTelefoon(String contactTelefoon) {
        this.contactTelefoon = contactTelefoon;
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getWachtwoord() {
        return null;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
