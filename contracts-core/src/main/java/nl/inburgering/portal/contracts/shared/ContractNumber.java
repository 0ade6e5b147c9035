package nl.inburgering.portal.contracts.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contract number, unique in the region (DESIGN.md, "Contract": e.g. {@code OH-2026-003} for an
 * Open House contract, {@code AB-2026-B1-01} for a tendered lot).
 *
 * <p>Form, after trimming and upper-casing: groups of capital letters and digits joined by single
 * hyphens, 3 to 30 characters in all: {@code [A-Z0-9]+(-[A-Z0-9]+)*}. No spaces, no leading,
 * trailing or double hyphens. Canonical form: that text.
 */
public final class ContractNumber implements Comparable<ContractNumber>, Serializable {

    private static final long serialVersionUID = 1L;
    /** Groups of capitals and digits joined by single hyphens. */
    public static final String REGEX = "[A-Z0-9]+(-[A-Z0-9]+)*";
    private static final Pattern FORM = Pattern.compile(REGEX);
    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 30;
    private static final String FIELD = "contractNummer";

    private final String value;

    private ContractNumber(String value) {
        this.value = value;
    }

    public static ContractNumber of(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(FIELD, "contractnummer.verplicht", "Vul een contractnummer in.");
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.length() < MIN_LENGTH || s.length() > MAX_LENGTH || !FORM.matcher(s).matches()) {
            throw InvalidInputException.of(FIELD, "contractnummer.ongeldig",
                    "Een contractnummer bestaat uit 3 tot 30 hoofdletters en cijfers in groepen met "
                            + "een streepje ertussen, bijvoorbeeld OH-2026-003.");
        }
        return new ContractNumber(s);
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(ContractNumber o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractNumber c && value.equals(c.value);
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
