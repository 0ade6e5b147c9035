package nl.inburgering.portal.openhouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on {@link InvalidInputException}: which fields and codes were refused. */
public final class InvalidInput {

    private InvalidInput() {
    }

    /** Asserts the call is refused with exactly one error carrying this code; returns it. */
    public static FieldError assertRefused(String code, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(1, e.errors().size(), () -> "expected one error, got " + e.errors());
        assertEquals(code, e.errors().get(0).code(), () -> e.errors().toString());
        return e.errors().get(0);
    }

    /** Asserts the call is refused and exactly these fields are listed (in one exception). */
    public static List<FieldError> assertFieldsRefused(Set<String> fields, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        Set<String> got = new TreeSet<>();
        e.errors().forEach(fe -> got.add(fe.field()));
        assertEquals(new TreeSet<>(fields), got, () -> e.errors().toString());
        return e.errors();
    }

    /** The codes of the errors, in order. */
    public static List<String> codes(InvalidInputException e) {
        return e.errors().stream().map(FieldError::code).toList();
    }
}
