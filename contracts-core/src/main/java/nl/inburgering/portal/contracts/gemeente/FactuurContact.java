package nl.inburgering.portal.contracts.gemeente;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.EmailAddress;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * Who receives a gemeente's statements (verrekenstaten) and invoices: a name and an e-mail address,
 * both required when a contact is given.
 */
@Embeddable
public class FactuurContact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "factuur_contact_naam", length = 100)
    private String naam;

    @Column(name = "factuur_contact_email", length = 254)
    private EmailAddress email;

    protected FactuurContact() {
    }

    public FactuurContact(String naam, EmailAddress email) {
        if (naam == null || naam.isBlank()) {
            throw InvalidInputException.of("factuurContactNaam", "verplicht", "Vul de naam van het factuurcontact in.");
        }
        if (naam.strip().length() > 100) {
            throw InvalidInputException.of("factuurContactNaam", "te-lang", "Hoogstens 100 tekens.");
        }
        if (email == null) {
            throw InvalidInputException.of("factuurContactEmail", "verplicht",
                    "Vul het e-mailadres van het factuurcontact in.");
        }
        this.naam = naam.strip();
        this.email = email;
    }

    public String getNaam() {
        return naam;
    }

    public EmailAddress getEmail() {
        return email;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactuurContact f && Objects.equals(naam, f.naam) && Objects.equals(email, f.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(naam, email);
    }

    @Override
    public String toString() {
        return naam + " <" + email + ">";
    }
}
