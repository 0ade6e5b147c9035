package nl.inburgering.portal.tendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.junit.jupiter.api.function.Executable;

/** Test helpers: Dutch times, ids as the database would give them, and assertions on refused input. */
public final class Testen {

    private Testen() {
    }

    /** A moment given as Dutch local time, e.g. {@code "2026-03-15T12:00"}. */
    public static Instant nl(String lokaal) {
        return LocalDateTime.parse(lokaal).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();
    }

    /** Gives an entity the id the database would have given it. */
    public static <T> T metId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asserts the call is refused with exactly one error carrying this code; returns it. */
    public static FieldError assertRefused(String code, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(1, e.errors().size(), () -> "expected one error, got " + e.errors());
        assertEquals(code, e.errors().get(0).code(), () -> e.errors().toString());
        return e.errors().get(0);
    }

    /** Asserts the call is refused and exactly these fields are listed, in one exception. */
    public static List<FieldError> assertFieldsRefused(Set<String> fields, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        Set<String> got = new TreeSet<>();
        e.errors().forEach(fe -> got.add(fe.field()));
        assertEquals(new TreeSet<>(fields), got, () -> e.errors().toString());
        return e.errors();
    }
}
