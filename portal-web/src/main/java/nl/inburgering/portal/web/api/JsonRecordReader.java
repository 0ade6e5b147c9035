package nl.inburgering.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * Reads the API's input records ({@code *Invoer}) from JSON with {@link JsonRecords}: unknown
 * fields, wrong types, duplicate keys, text after the value and syntax errors are refused, and
 * together with the record's Bean Validation constraints every invalid field is reported in one
 * {@link InvalidInputException}. The domain rules of the services come after that, again all at once.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRecordReader implements MessageBodyReader<Record> {

    private static final String API_PACKAGE = JsonRecordReader.class.getPackageName();

    private volatile Validator validator;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().startsWith(API_PACKAGE);
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return read(entityStream.readAllBytes(), type);
    }

    /** Binds and validates; throws {@link InvalidInputException} listing every invalid field. */
    <T extends Record> T read(byte[] body, Class<T> type) {
        JsonValue json = parse(body);
        JsonRecords.Result<T> bound = JsonRecords.bind(json, type);
        List<FieldError> errors = new ArrayList<>(bound.errors());
        if (bound.value() != null) {
            Set<String> reported = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            for (FieldError e : Problems.fieldErrors(validator().validate(bound.value()))) {
                if (!reported.contains(e.field())) {
                    errors.add(e);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return bound.value();
    }

    /**
     * Parses the body. A streaming pass first refuses what a tree reader may let through: a key that
     * occurs twice in one object (named by its path), and text after the JSON value.
     */
    public static JsonValue parse(byte[] body) {
        if (isBlank(body)) {
            throw InvalidInputException.of("body", "verplicht", "Stuur een JSON-object als body.");
        }
        try {
            checkStructure(body);
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                return reader.readValue();
            }
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNumber() < 0 ? ""
                    : " (regel " + at.getLineNumber() + ", kolom " + at.getColumnNumber() + ")";
            throw InvalidInputException.of("body", "json.syntax", "De body is geen geldige JSON" + where + ".");
        } catch (JsonException e) {
            throw InvalidInputException.of("body", "json.syntax", "De body is geen geldige JSON.");
        }
    }

    private static void checkStructure(byte[] body) {
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            do {
                JsonParser.Event event = parser.next();
                Frame parent = open.peek();
                switch (event) {
                    case KEY_NAME -> {
                        String key = parser.getString();
                        if (!parent.keys.add(key)) {
                            throw InvalidInputException.of(parent.childPath(key), "json.dubbel-veld",
                                    "Dit veld staat twee keer in hetzelfde object.");
                        }
                        parent.key = key;
                    }
                    case START_OBJECT, START_ARRAY -> open.push(new Frame(event == JsonParser.Event.START_OBJECT,
                            parent == null ? "" : parent.childPath(parent.key)));
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        if (!open.isEmpty()) {
                            open.peek().valueDone();
                        }
                    }
                    default -> {
                        if (parent != null) {
                            parent.valueDone();
                        }
                    }
                }
            } while (!open.isEmpty());
            if (parser.hasNext()) {
                throw InvalidInputException.of("body", "json.syntax",
                        "De body is geen geldige JSON: na de JSON-waarde volgt nog tekst.");
            }
        }
    }

    /** An open object or array while checking the structure, with the path the client would name it by. */
    private static final class Frame {

        final boolean object;
        final String path;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Frame(boolean object, String path) {
            this.object = object;
            this.path = path;
        }

        String childPath(String name) {
            if (!object) {
                return path + "[" + index + "]";
            }
            return path.isEmpty() ? name : path + "." + name;
        }

        void valueDone() {
            if (!object) {
                index++;
            }
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private Validator validator() {
        Validator v = validator;
        if (v == null) {
            v = Validation.buildDefaultValidatorFactory().getValidator();
            validator = v;
        }
        return v;
    }

    /** For tests: a reader with the given validator. */
    static JsonRecordReader withValidator(Validator validator) {
        JsonRecordReader r = new JsonRecordReader();
        r.validator = validator;
        return r;
    }
}
