package nl.inburgering.portal.web.api;

import static nl.inburgering.portal.web.api.Violations.method;
import static nl.inburgering.portal.web.api.Violations.node;
import static nl.inburgering.portal.web.api.Violations.parameter;
import static nl.inburgering.portal.web.api.Violations.violation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.web.security.NotAuthenticatedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final String PATH = "/api/v1/aanbieders/7";
    private static final Logger PROBLEMS_LOG = Logger.getLogger(Problems.class.getName());
    private static Level logLevel;

    @BeforeAll
    static void quietLog() {
        // the 500 cases log a stack trace on purpose
        logLevel = PROBLEMS_LOG.getLevel();
        PROBLEMS_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restoreLog() {
        PROBLEMS_LOG.setLevel(logLevel);
    }

    @Test
    void domainValidationListsEveryInvalidField() {
        Problems.Answer a = Problems.from(new InvalidInputException(List.of(
                new FieldError("kvkNummer", "kvk.ongeldig", "Een KvK-nummer bestaat uit 8 cijfers."),
                new FieldError("iban", "iban.controlegetal", "Dit IBAN klopt niet."))), PATH);

        assertEquals(400, a.status());
        Problem p = a.problem();
        assertEquals(400, p.status());
        assertEquals("Ongeldige invoer", p.title());
        assertEquals("https://datatracker.ietf.org/doc/html/rfc9110#section-15.5.1", p.type());
        assertEquals(PATH, p.instance());
        assertEquals(List.of(
                new Problem.InvalidParam("kvkNummer", "kvk.ongeldig", "Een KvK-nummer bestaat uit 8 cijfers."),
                new Problem.InvalidParam("iban", "iban.controlegetal", "Dit IBAN klopt niet.")), p.invalidParams());
        assertTrue(p.detail().startsWith("2 velden"), p.detail());
    }

    @Test
    void beanValidationNamesFieldsAsTheClientSentThem() {
        Set<ConstraintViolation<?>> violations = new LinkedHashSet<>();
        violations.add(violation("Dit veld is verplicht.", Violations.notNull(), Resource.class,
                method("create", String.class, Object.class), parameter("invoer", 1),
                node(ElementKind.PROPERTY, "tarieven"), node(ElementKind.PROPERTY, "bedrag", 0)));
        violations.add(violation("Hoogstens 200 tekens.", Violations.size(), Resource.class,
                method("create", String.class, Object.class), parameter("invoer", 1),
                node(ElementKind.PROPERTY, "naam")));
        violations.add(violation("Dit veld is verplicht.", Violations.notNull(), Resource.class,
                method("create", String.class, Object.class), parameter("invoer", 1)));
        violations.add(violation("Verwacht minstens 1.", Violations.size(), Resource.Proxy.class,
                method("create", String.class, Object.class), parameter("arg0", 0)));

        Problems.Answer a = Problems.from(new ConstraintViolationException(violations), PATH);

        assertEquals(400, a.status());
        assertEquals(List.of(
                new Problem.InvalidParam("body", "verplicht", "Dit veld is verplicht."),
                new Problem.InvalidParam("naam", "lengte", "Hoogstens 200 tekens."),
                new Problem.InvalidParam("pagina", "lengte", "Verwacht minstens 1."),
                new Problem.InvalidParam("tarieven[0].bedrag", "verplicht", "Dit veld is verplicht.")),
                a.problem().invalidParams());
    }

    /** A resource method with a query parameter and a body, and a CDI-like proxy that lacks the annotations. */
    static class Resource {
        public void create(@jakarta.ws.rs.QueryParam("pagina") String pagina, Object invoer) {
        }

        static class Proxy extends Resource {
            @Override
            public void create(String pagina, Object invoer) {
            }
        }
    }

    @Test
    void anInvalidAnswerOfOurOwnIsAServerError() {
        Set<ConstraintViolation<?>> violations = Set.of(violation("mag niet null zijn", Violations.notNull(),
                method("get"), node(ElementKind.RETURN_VALUE, "<return value>")));

        Problems.Answer a = Problems.from(new ConstraintViolationException(violations), PATH);

        assertEquals(500, a.status());
        assertNull(a.problem().invalidParams());
    }

    @Test
    void statusPerKindOfFailure() {
        assertEquals(404, Problems.from(new NotFoundException("Aanbieder", 7), PATH).status());
        assertEquals("Aanbieder 7 niet gevonden.", Problems.from(new NotFoundException("Aanbieder", 7), PATH)
                .problem().detail());
        assertEquals(403, Problems.from(new NotAllowedException("Alleen contractbeheerders."), PATH).status());
        assertEquals(409, Problems.from(new StateConflictException("Al beëindigd."), PATH).status());
        assertEquals(413, Problems.from(new PayloadTooLargeException(MaxBodySize.DEFAULT), PATH).status());
        assertEquals(404, Problems.from(new jakarta.ws.rs.NotFoundException(), PATH).status());
        assertEquals(415, Problems.from(new jakarta.ws.rs.NotSupportedException(), PATH).status());
        assertEquals(406, Problems.from(new jakarta.ws.rs.NotAcceptableException(), PATH).status());
    }

    @Test
    void notLoggedInAsksForABearerToken() {
        Problems.Answer a = Problems.from(new NotAuthenticatedException(), PATH);

        assertEquals(401, a.status());
        assertTrue(a.headers().get("WWW-Authenticate").get(0).startsWith("Bearer"));
    }

    @Test
    void aJaxRsErrorKeepsItsStatusAndHeaders() {
        Response notAllowed = Response.status(405).allow("GET", "POST").build();
        Problems.Answer a = Problems.from(new jakarta.ws.rs.NotAllowedException(notAllowed), PATH);

        assertEquals(405, a.status());
        assertEquals("Methode niet toegestaan", a.problem().title());
        String allow = String.join(",", a.headers().get("Allow"));
        assertTrue(allow.contains("GET") && allow.contains("POST"), allow);
    }

    @Test
    void theCauseThatSaysWhatWentWrongWins() {
        Throwable wrapped = new ProcessingException("Error reading entity",
                new IllegalStateException(InvalidInputException.of("naam", "verplicht", "Dit veld is verplicht.")));
        assertEquals(400, Problems.from(wrapped, PATH).status());

        Throwable tooLarge = new ProcessingException("Error deserializing",
                new JsonbException("I/O", new PayloadTooLargeException(1024)));
        Problems.Answer a = Problems.from(tooLarge, PATH);
        assertEquals(413, a.status());
        assertTrue(a.problem().detail().contains("1 kB"), a.problem().detail());
    }

    @Test
    void unreadableJsonIsTheClientsFaultButUnwritableJsonIsOurs() {
        Problems.Answer reading = Problems.from(new ProcessingException("Error deserializing", readFrom()), PATH);
        assertEquals(400, reading.status());
        assertEquals("body", reading.problem().invalidParams().get(0).name());

        Problems.Answer writing = Problems.from(new ProcessingException("Error serializing",
                new JsonbException("Unable to serialize property 'x' from nl.inburgering.Secret")), PATH);
        assertEquals(500, writing.status());
    }

    /** Made in a method called like {@code MessageBodyReader.readFrom}, as the real one is. */
    private static JsonbException readFrom() {
        return new JsonbException("Unable to deserialize property 'webErkend' because of: Cannot cast "
                + "java.lang.String to java.lang.Boolean");
    }

    @Test
    void anUnexpectedFailureRevealsNothingOfTheServer() {
        RuntimeException failure = new IllegalStateException("relation \"aanbieder\" does not exist; "
                + "password=geheim", new java.sql.SQLException("connection to 10.0.0.5 refused"));

        Problems.Answer a = Problems.from(failure, PATH);

        assertEquals(500, a.status());
        Problem p = a.problem();
        assertEquals("Interne fout", p.title());
        assertNull(p.invalidParams());
        String body = p.toString();
        for (String secret : List.of("aanbieder\" does not exist", "geheim", "10.0.0.5", "IllegalStateException",
                "SQLException", "java.", "\tat ", "Problems")) {
            assertFalse(body.contains(secret), () -> "body reveals '" + secret + "': " + body);
        }
        assertTrue(p.detail().matches(".*referentie [0-9a-f-]{36}.*"), p.detail());
    }

    @Test
    void theMapperAnswersProblemJsonWithTheHeaders() {
        Response r = ProblemMapper.toResponse(Problems.from(new NotAuthenticatedException(), PATH));

        assertEquals(401, r.getStatus());
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertTrue(r.getHeaderString("WWW-Authenticate").startsWith("Bearer"));
        assertTrue(r.getEntity() instanceof Problem);
    }
}
