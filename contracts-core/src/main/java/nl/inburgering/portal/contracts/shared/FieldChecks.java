package nl.inburgering.portal.contracts.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Collects every invalid field of one request, so the user sees all problems at once: parse each
 * field, check each rule, then {@link #throwIfAny()} throws one {@link InvalidInputException} that
 * lists them all. Value-object errors are re-labelled with the field name of the form or API
 * ({@code tarieven[0].bedrag} rather than {@code bedrag}).
 *
 * <pre>{@code
 * FieldChecks checks = new FieldChecks();
 * String naam = checks.requiredText("naam", in.naam(), 200);
 * KvkNumber kvk = checks.required("kvkNummer", in.kvkNummer(), KvkNumber::of);
 * Iban iban = checks.optional("iban", in.iban(), Iban::of);
 * checks.throwIfAny();
 * }</pre>
 */
public final class FieldChecks {

    private final List<FieldError> errors = new ArrayList<>();

    /** Parses a required field; on failure records the errors and returns null. */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            add(field, "verplicht", "Dit veld is verplicht.");
            return null;
        }
        return parse(field, raw, parser);
    }

    /** Parses an optional field: blank is null; on failure records the errors and returns null. */
    public <T> T optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return parse(field, raw, parser);
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
        try {
            return parser.apply(raw);
        } catch (InvalidInputException e) {
            for (FieldError fe : e.errors()) {
                errors.add(new FieldError(field, fe.code(), fe.message()));
            }
            return null;
        }
    }

    /** A required, trimmed text of at most {@code maxLength} characters. */
    public String requiredText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            add(field, "verplicht", "Dit veld is verplicht.");
            return null;
        }
        return optionalText(field, raw, maxLength);
    }

    /** An optional, trimmed text of at most {@code maxLength} characters: blank is null. */
    public String optionalText(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.length() > maxLength) {
            add(field, "te-lang", "Hoogstens " + maxLength + " tekens.");
            return null;
        }
        return s;
    }

    /**
     * A required value that needs no parsing (an enum, a date, an id). No second error is added to
     * a field that already has one (a value that failed to parse is null too).
     */
    public <T> T required(String field, T value) {
        if (value == null && !hasError(field)) {
            add(field, "verplicht", "Dit veld is verplicht.");
        }
        return value;
    }

    /** Converts an optional typed value (a number into {@link Money}): null stays null; on failure records the errors. */
    public <R, T> T convert(String field, R raw, Function<R, T> converter) {
        if (raw == null) {
            return null;
        }
        try {
            return converter.apply(raw);
        } catch (InvalidInputException e) {
            for (FieldError fe : e.errors()) {
                errors.add(new FieldError(field, fe.code(), fe.message()));
            }
            return null;
        }
    }

    /** Records an error unless the rule holds. */
    public boolean check(boolean holds, String field, String code, String message) {
        if (!holds) {
            add(field, code, message);
        }
        return holds;
    }

    public void add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** Adds errors found elsewhere (a nested check, an aggregate's guard) under a field prefix. */
    public void addAll(String prefix, InvalidInputException e) {
        for (FieldError fe : e.errors()) {
            String field = prefix == null || prefix.isEmpty() ? fe.field() : prefix + "." + fe.field();
            errors.add(new FieldError(field, fe.code(), fe.message()));
        }
    }

    /** Adds the errors of a nested check (one item of a list) under a field prefix. */
    public void addAll(String prefix, FieldChecks nested) {
        for (FieldError fe : nested.errors) {
            errors.add(new FieldError(prefix + "." + fe.field(), fe.code(), fe.message()));
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Whether this field already has an error: skip further checks that depend on it. */
    public boolean hasError(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
