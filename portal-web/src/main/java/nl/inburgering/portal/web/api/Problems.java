package nl.inburgering.portal.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.security.NotAuthenticatedException;

/**
 * Turns any failure into the problem+json answer of the API; {@link ProblemMapper} sends it. Plain
 * Java, so the mapping is tested without a container.
 *
 * <p>Mapping: refused input (domain rules, Bean Validation, unreadable JSON) 400 with every invalid
 * field; not logged in 401; role may not 403; missing or another tenant's resource 404; conflict
 * with the current state 409; body too large 413; a JAX-RS exception its own status; anything else
 * 500 with a generic Dutch text and a reference that is logged with the stack trace. A body never
 * holds a stack trace, an exception class or an internal message of an unexpected error.
 */
public final class Problems {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());
    private static final int MAX_CAUSES = 20;

    /** The status and problem to answer, with headers it needs ({@code WWW-Authenticate}, {@code Allow}). */
    public record Answer(int status, Problem problem, Map<String, List<String>> headers) {
    }

    private Problems() {
    }

    public static Answer from(Throwable failure, String instance) {
        for (Throwable t : causes(failure)) {
            Answer a = specific(t, instance);
            if (a != null) {
                return a;
            }
        }
        if (failure instanceof WebApplicationException wae) {
            return fromJaxRs(wae, instance);
        }
        return unexpected(failure, instance);
    }

    /** The answers to exceptions that say exactly what went wrong, wherever they are in the cause chain. */
    private static Answer specific(Throwable t, String instance) {
        if (t instanceof InvalidInputException e) {
            return invalid(instance, e.errors().stream()
                    .map(fe -> new Problem.InvalidParam(fe.field(), fe.code(), fe.message()))
                    .toList());
        }
        if (t instanceof ConstraintViolationException e) {
            return fromViolations(e, instance);
        }
        if (t instanceof NotFoundException e) {
            return answer(404, sentence(e.getMessage()), instance);
        }
        if (t instanceof NotAllowedException e) {
            return answer(403, e.getMessage(), instance);
        }
        if (t instanceof StateConflictException e) {
            return answer(409, e.getMessage(), instance);
        }
        if (t instanceof NotAuthenticatedException) {
            return notAuthenticated(instance);
        }
        if (t instanceof PayloadTooLargeException e) {
            return answer(413, "Het verzoek is groter dan de " + readableSize(e.limit())
                    + " die deze operatie aanneemt.", instance);
        }
        if ((t instanceof JsonbException || t instanceof JsonException) && whileReading(t)) {
            return invalid(instance, List.of(new Problem.InvalidParam("body", "json.ongeldig",
                    "De body is geen geldige JSON voor deze operatie.")));
        }
        return null;
    }

    /** The 401 answer; also used by {@link AuthenticationFilter}. */
    public static Answer notAuthenticated(String instance) {
        Answer a = answer(401, "Deze operatie vraagt een geldig API-token: stuur de header "
                + "'Authorization: Bearer <token>'. Een token maakt u aan in het portaal.", instance);
        return new Answer(401, a.problem(), Map.of("WWW-Authenticate", List.of("Bearer realm=\"inkoopportaal\"")));
    }

    /** A 400 answer listing every invalid field. */
    public static Answer invalid(String instance, List<Problem.InvalidParam> params) {
        String detail = params.size() == 1
                ? "Een veld of parameter is ongeldig; zie invalidParams."
                : params.size() + " velden of parameters zijn ongeldig; zie invalidParams.";
        return new Answer(400, new Problem(type(400), title(400), 400, detail, instance, List.copyOf(params)),
                Map.of());
    }

    /** A problem without field list. */
    public static Answer answer(int status, String detail, String instance) {
        return new Answer(status, new Problem(type(status), title(status), status, detail, instance, null), Map.of());
    }

    private static Answer fromViolations(ConstraintViolationException e, String instance) {
        Set<ConstraintViolation<?>> violations = e.getConstraintViolations();
        if (violations == null || violations.isEmpty()
                || violations.stream().anyMatch(v -> isReturnValue(v.getPropertyPath()))) {
            // an invalid answer of our own, or a validation error without details: the server's fault
            return unexpected(e, instance);
        }
        List<Problem.InvalidParam> params = new ArrayList<>();
        for (FieldError fe : fieldErrors(violations)) {
            params.add(new Problem.InvalidParam(fe.field(), fe.code(), fe.message()));
        }
        return invalid(instance, params);
    }

    /**
     * Bean Validation violations as field errors, named as the client knows the field: without the
     * method and parameter nodes of a resource-method validation, with list indexes
     * ({@code tarieven[0].bedrag}); a violation of a whole parameter is named by its
     * {@code @QueryParam}, {@code @PathParam} or {@code @HeaderParam}, or {@code body} for the entity.
     * Sorted by field name, so answers are stable.
     */
    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(new FieldError(fieldName(v), code(v), v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return errors;
    }

    static String fieldName(ConstraintViolation<?> v) {
        Path.MethodNode method = null;
        Integer parameter = null;
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.as(Path.ParameterNode.class).getParameterIndex();
                continue;
            }
            if (kind == ElementKind.CONSTRUCTOR || kind == ElementKind.CROSS_PARAMETER
                    || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.isInIterable()) {
                Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
                sb.append('[').append(key == null ? "" : key).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        if (!sb.isEmpty()) {
            return sb.toString();
        }
        return method != null && parameter != null ? parameterName(v.getRootBeanClass(), method, parameter) : "body";
    }

    /**
     * The HTTP name of a resource method's parameter; {@code body} for the entity. Looks through the
     * class hierarchy, as the validated instance may be a CDI proxy whose methods lack the annotations.
     */
    private static String parameterName(Class<?> type, Path.MethodNode method, int index) {
        Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                for (Annotation a : c.getDeclaredMethod(method.getName(), types).getParameterAnnotations()[index]) {
                    if (a instanceof QueryParam q) {
                        return q.value();
                    }
                    if (a instanceof PathParam p) {
                        return p.value();
                    }
                    if (a instanceof HeaderParam h) {
                        return h.value();
                    }
                }
            } catch (NoSuchMethodException | ArrayIndexOutOfBoundsException e) {
                // not declared here: look further up
            }
        }
        return "body";
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** A stable code from the constraint: {@code verplicht} for the not-null family, else its name. */
    private static String code(ConstraintViolation<?> v) {
        String name = v.getConstraintDescriptor() == null || v.getConstraintDescriptor().getAnnotation() == null
                ? "ongeldig"
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (name) {
            case "NotNull", "NotBlank", "NotEmpty" -> "verplicht";
            case "Size" -> "lengte";
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> "bereik";
            case "Pattern" -> "patroon";
            default -> name.toLowerCase(Locale.ROOT);
        };
    }

    private static Answer fromJaxRs(WebApplicationException wae, String instance) {
        int status = wae.getResponse() == null ? 500 : wae.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(wae, instance);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        wae.getResponse().getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, List.copyOf(values));
            }
        });
        Answer a = answer(status, jaxRsDetail(status), instance);
        return new Answer(status, a.problem(), headers);
    }

    private static Answer unexpected(Throwable failure, String instance) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Onverwachte fout in de API, referentie " + reference + ", op " + instance, failure);
        return answer(500, "Er ging onverwacht iets mis bij het verwerken van dit verzoek. Probeer het later "
                + "opnieuw; blijft het misgaan, meld dan referentie " + reference + " bij de beheerder.", instance);
    }

    private static String jaxRsDetail(int status) {
        return switch (status) {
            case 400 -> "Het verzoek kon niet worden gelezen.";
            case 401 -> "Deze operatie vraagt een geldig API-token.";
            case 403 -> "U heeft geen toestemming voor deze operatie.";
            case 404 -> "Er is geen resource op dit pad.";
            case 405 -> "Deze HTTP-methode is niet toegestaan op dit pad; zie de header Allow.";
            case 406 -> "De gevraagde representatie (header Accept) is niet beschikbaar; deze API levert "
                    + "application/json.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit mediatype (header Content-Type) wordt niet ondersteund; stuur application/json (een "
                    + "bewijsstuk: application/pdf).";
            default -> "Het verzoek kon niet worden verwerkt.";
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Ongeldige invoer";
            case 401 -> "Niet geauthenticeerd";
            case 403 -> "Geen toestemming";
            case 404 -> "Niet gevonden";
            case 405 -> "Methode niet toegestaan";
            case 406 -> "Niet acceptabel";
            case 409 -> "Conflict met de huidige toestand";
            case 413 -> "Verzoek te groot";
            case 415 -> "Mediatype niet ondersteund";
            case 500 -> "Interne fout";
            default -> "HTTP-status " + status;
        };
    }

    /** The section of RFC 9110 that defines the status: the problem type of a plain HTTP error. */
    static String type(int status) {
        String section = switch (status) {
            case 400 -> "15.5.1";
            case 401 -> "15.5.2";
            case 403 -> "15.5.4";
            case 404 -> "15.5.5";
            case 405 -> "15.5.6";
            case 406 -> "15.5.7";
            case 409 -> "15.5.10";
            case 413 -> "15.5.14";
            case 415 -> "15.5.16";
            case 500 -> "15.6.1";
            default -> null;
        };
        return section == null ? "about:blank" : "https://datatracker.ietf.org/doc/html/rfc9110#section-" + section;
    }

    /** Whether a JSON failure happened while a body was read (a client error) rather than written. */
    private static boolean whileReading(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getMethodName().equals("readFrom") || e.getMethodName().equals("fromJson")) {
                return true;
            }
        }
        return false;
    }

    private static String sentence(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    static String readableSize(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }

    /** The failure and its causes, outermost first. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && chain.size() < MAX_CAUSES && seen.put(t, true) == null;
                t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
