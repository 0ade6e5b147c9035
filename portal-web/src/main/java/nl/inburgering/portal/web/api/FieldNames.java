package nl.inburgering.portal.web.api;

import java.util.Map;
import java.util.function.Supplier;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * Where the API's name of a field differs from the service's, renames the fields of the service's
 * {@link InvalidInputException}, so {@code invalidParams} names what the client sent.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** Runs the call; an {@link InvalidInputException} comes out with its fields renamed. */
    public static <T> T renamed(Map<String, String> serviceToApi, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(fe -> new FieldError(rename(fe.field(), serviceToApi), fe.code(), fe.message()))
                    .toList());
        }
    }

    /** Renames a field or the first segment of a nested field ({@code tarief.bedrag}). */
    static String rename(String field, Map<String, String> serviceToApi) {
        String exact = serviceToApi.get(field);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, String> e : serviceToApi.entrySet()) {
            if (field.startsWith(e.getKey() + ".") || field.startsWith(e.getKey() + "[")) {
                return e.getValue() + field.substring(e.getKey().length());
            }
        }
        return field;
    }
}
