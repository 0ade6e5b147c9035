package nl.inburgering.portal.web.api.aanbestedingen;

import java.util.List;
import java.util.function.Supplier;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * The domain names a lot's priced items {@code tariefposten} and a bid's item {@code post}; the API
 * calls them {@code prijsonderdelen} and {@code onderdeel} (the ADR linter reads any property
 * containing "post" as an HTTP method). This renames the field of each error, so {@code invalidParams}
 * names the field as the client sent it.
 */
final class Velden {

    private Velden() {
    }

    static <T> T api(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidInputException e) {
            throw hernoemd(e);
        }
    }

    static InvalidInputException hernoemd(InvalidInputException e) {
        List<FieldError> errors = e.errors().stream()
                .map(fe -> new FieldError(naam(fe.field()), fe.code(), fe.message()))
                .toList();
        return new InvalidInputException(errors);
    }

    static String naam(String domein) {
        return domein.replace(".tariefposten", ".prijsonderdelen").replaceAll("^(prijzen\\[\\d+])\\.post$", "$1.onderdeel");
    }
}
