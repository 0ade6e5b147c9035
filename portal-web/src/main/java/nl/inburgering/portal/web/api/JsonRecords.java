package nl.inburgering.portal.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.FieldError;

/**
 * Binds a JSON value to an input record strictly, and reports EVERY problem at once rather than the
 * first: an unknown field, a value of the wrong JSON type, a date that is not {@code JJJJ-MM-DD},
 * a value outside an enumeration. A general JSON binder stops at the first error and names the
 * Java type rather than the field; the API promises the client a list of every invalid field.
 *
 * <p>Supported component types: {@code String}, {@code Boolean}, {@code Integer}, {@code Long},
 * {@code BigDecimal} (a JSON number or a numeric string such as {@code "12.50"}), {@code LocalDate},
 * enums, {@code List} and {@code Set} of these, {@code Map}s keyed by an enum (a JSON object whose
 * keys are the constants), and nested records. A missing field or JSON
 * {@code null} is {@code null}; whether that is allowed is for Bean Validation and the services.
 * Field names are the record component names.
 */
public final class JsonRecords {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * The record, or the errors that prevented it; with errors, the record holds nulls where values
     * were invalid, so its constraints can still be checked.
     */
    public record Result<T>(T value, List<FieldError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private JsonRecords() {
    }

    public static <T> Result<T> bind(JsonValue json, Class<T> recordType) {
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType + " is not a record");
        }
        List<FieldError> errors = new ArrayList<>();
        Object value = convert(json, recordType, "", errors);
        if (value == null && errors.isEmpty()) {
            errors.add(new FieldError("body", "verplicht", "Stuur een JSON-object als body."));
        }
        return new Result<>(recordType.cast(value), List.copyOf(errors));
    }

    private static Object convert(JsonValue v, Type type, String path, List<FieldError> errors) {
        Class<?> raw = rawClass(type);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                errors.add(new FieldError(name(path), "verplicht", "Dit veld is verplicht."));
            }
            return null;
        }
        if (raw == String.class) {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            return wrongType(path, "tekst (een JSON-string)", errors);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (v.getValueType() == JsonValue.ValueType.TRUE) {
                return Boolean.TRUE;
            }
            if (v.getValueType() == JsonValue.ValueType.FALSE) {
                return Boolean.FALSE;
            }
            return wrongType(path, "true of false", errors);
        }
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
            return integral(v, raw, path, errors);
        }
        if (raw == BigDecimal.class) {
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (v instanceof JsonString s && DECIMAL.matcher(s.getString().strip()).matches()) {
                return new BigDecimal(s.getString().strip());
            }
            return wrongType(path, "een getal, bijvoorbeeld \"1234.50\"", errors);
        }
        if (raw == LocalDate.class) {
            if (v instanceof JsonString s) {
                try {
                    return LocalDate.parse(s.getString());
                } catch (DateTimeParseException e) {
                    // fall through to the error
                }
            }
            errors.add(new FieldError(name(path), "json.datum",
                    "Verwacht een datum als JJJJ-MM-DD (ISO 8601), bijvoorbeeld \"2026-01-31\"."));
            return null;
        }
        if (raw.isEnum()) {
            return enumValue(v, raw, path, errors);
        }
        if (raw == List.class || raw == Set.class) {
            return collection(v, type, raw, path, errors);
        }
        if (raw == Map.class) {
            return enumMap(v, type, path, errors);
        }
        if (raw.isRecord()) {
            return record(v, raw, path, errors);
        }
        throw new IllegalArgumentException("unsupported input type " + type + " at " + name(path));
    }

    private static Object integral(JsonValue v, Class<?> raw, String path, List<FieldError> errors) {
        if (v instanceof JsonNumber n && n.isIntegral()) {
            BigInteger big = n.bigIntegerValue();
            boolean isInt = raw == Integer.class || raw == int.class;
            BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
            BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            if (big.compareTo(min) >= 0 && big.compareTo(max) <= 0) {
                return isInt ? (Object) big.intValue() : (Object) big.longValue();
            }
            errors.add(new FieldError(name(path), "json.bereik", "Dit getal is te groot of te klein."));
            return null;
        }
        return wrongType(path, "een geheel getal", errors);
    }

    private static Object enumValue(JsonValue v, Class<?> raw, String path, List<FieldError> errors) {
        Object[] constants = raw.getEnumConstants();
        if (v instanceof JsonString s) {
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(s.getString())) {
                    return c;
                }
            }
        }
        errors.add(new FieldError(name(path), "json.keuze", "Kies uit: "
                + Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")) + "."));
        return null;
    }

    private static Object collection(JsonValue v, Type type, Class<?> raw, String path, List<FieldError> errors) {
        if (!(v instanceof JsonArray array)) {
            return wrongType(path, "een lijst (een JSON-array)", errors);
        }
        Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            values.add(convert(array.get(i), element, path + "[" + i + "]", errors));
        }
        if (raw == Set.class) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(values));
        }
        return Collections.unmodifiableList(values);
    }

    /** A {@code Map} keyed by an enum: a JSON object whose keys are the constants' names. */
    private static Object enumMap(JsonValue v, Type type, String path, List<FieldError> errors) {
        if (!(type instanceof ParameterizedType p) || !(p.getActualTypeArguments()[0] instanceof Class<?> key)
                || !key.isEnum()) {
            throw new IllegalArgumentException("only maps keyed by an enum are supported, not " + type);
        }
        if (!(v instanceof JsonObject object)) {
            return wrongType(path, "een JSON-object", errors);
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : object.entrySet()) {
            Object k = enumValue(Json.createValue(e.getKey()), key, child(path, e.getKey()), errors);
            Object value = convert(e.getValue(), p.getActualTypeArguments()[1], child(path, e.getKey()), errors);
            if (k != null) {
                values.put(k, value);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static Object record(JsonValue v, Class<?> raw, String path, List<FieldError> errors) {
        if (!(v instanceof JsonObject object)) {
            return wrongType(path, "een JSON-object", errors);
        }
        RecordComponent[] components = raw.getRecordComponents();
        Set<String> known = new LinkedHashSet<>();
        for (RecordComponent c : components) {
            known.add(c.getName());
        }
        for (String key : object.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(child(path, key), "json.onbekend-veld",
                        "Onbekend veld; bekende velden zijn: " + String.join(", ", known) + "."));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            args[i] = convert(object.get(c.getName()), c.getGenericType(), child(path, c.getName()), errors);
            if (args[i] == null && c.getType().isPrimitive()) {
                args[i] = defaultOf(c.getType());
            }
        }
        try {
            Constructor<?> canonical = raw.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + raw, e);
        }
    }

    private static Object wrongType(String path, String expected, List<FieldError> errors) {
        errors.add(new FieldError(name(path), "json.type", "Verwacht " + expected + "."));
        return null;
    }

    private static Object defaultOf(Class<?> primitive) {
        if (primitive == boolean.class) {
            return false;
        }
        if (primitive == int.class) {
            return 0;
        }
        if (primitive == long.class) {
            return 0L;
        }
        throw new IllegalArgumentException("unsupported primitive " + primitive);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        throw new IllegalArgumentException("unsupported input type " + type);
    }

    private static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String name(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
