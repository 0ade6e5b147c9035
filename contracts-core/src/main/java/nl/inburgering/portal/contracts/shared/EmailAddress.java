package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address for a contact person: a pragmatic check of the form {@code name@domain.tld}
 * (no spaces, one {@code @}, a dot in the domain, at most 254 characters), not the full RFC 5322
 * grammar. The domain is lower-cased; the local part is kept as typed. Canonical form: that text.
 */
public final class EmailAddress implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final String FIELD = "email";

    private final String value;

    private EmailAddress(String value) {
        this.value = value;
    }

    public static EmailAddress of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "email.verplicht", "Vul een e-mailadres in.");
        }
        String s = text.strip();
        if (s.length() > 254 || !FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "email.ongeldig",
                    "Dit is geen geldig e-mailadres, bijvoorbeeld naam@gemeente.nl.");
        }
        int at = s.indexOf('@');
        return new EmailAddress(s.substring(0, at) + s.substring(at).toLowerCase(Locale.ROOT));
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EmailAddress e && value.equals(e.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
