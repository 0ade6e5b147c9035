package nl.inburgering.portal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class RequestRulesTest {

    @Test
    void aStreamWithoutLengthIsCutOffJustPastTheLimit() throws IOException {
        InputStream within = new BodySizeFilter.LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);
        assertEquals(100, within.readAllBytes().length);

        InputStream beyond = new BodySizeFilter.LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);
        PayloadTooLargeException e = assertThrows(PayloadTooLargeException.class, beyond::readAllBytes);
        assertEquals(100, e.limit());
    }

    @Test
    void theLimitComesFromTheMethodThenTheClassThenTheDefault() throws NoSuchMethodException {
        assertEquals(5_000_000, RequestRulesFeature.maxBodySize(Bulk.class, Bulk.class.getMethod("upload")));
        assertEquals(2048, RequestRulesFeature.maxBodySize(Bulk.class, Bulk.class.getMethod("small")));
        assertEquals(MaxBodySize.DEFAULT, RequestRulesFeature.maxBodySize(Plain.class, Plain.class.getMethod("post")));
        assertEquals(1024 * 1024, MaxBodySize.DEFAULT);
    }

    @MaxBodySize(5_000_000)
    static class Bulk {
        public void upload() {
        }

        @MaxBodySize(2048)
        public void small() {
        }
    }

    static class Plain {
        public void post() {
        }
    }

    @Test
    void onlyReadingTheOpenApiDocumentIsPublic() {
        assertTrue(AuthenticationFilter.isPublic("GET", "openapi.json"));
        assertTrue(AuthenticationFilter.isPublic("GET", "/openapi.json"));
        assertTrue(AuthenticationFilter.isPublic("HEAD", "openapi.json"));
        assertFalse(AuthenticationFilter.isPublic("POST", "openapi.json"));
        assertFalse(AuthenticationFilter.isPublic("GET", "aanbieders"));
        assertFalse(AuthenticationFilter.isPublic("GET", "openapi.json/../aanbieders"));
        assertFalse(AuthenticationFilter.isPublic("GET", ""));
        assertTrue(AuthenticationFilter.isPublic("GET", "open-house-procedures"));
        assertTrue(AuthenticationFilter.isPublic("GET", "open-house-procedures/12"));
        assertTrue(AuthenticationFilter.isPublic("GET", "aanbestedingen/3/percelen"));
        assertFalse(AuthenticationFilter.isPublic("POST", "open-house-procedures"));
        assertFalse(AuthenticationFilter.isPublic("GET", "open-house-procedures/12/aanmeldingen"));
        assertFalse(AuthenticationFilter.isPublic("GET", "aanbestedingen/3/percelen/1/inschrijvingen"));
        assertFalse(AuthenticationFilter.isPublic("GET", "open-house-procedures/../aanbieders"));
        assertFalse(AuthenticationFilter.isPublic("GET", "open-house-proceduresx"));
    }

    /** A provider registers itself without a token; nothing else about registrations is public. */
    @Test
    void onlyPostingASelfRegistrationIsAPublicWrite() {
        assertTrue(AuthenticationFilter.isPublic("POST", "aanbieder-registraties"));
        assertTrue(AuthenticationFilter.isPublic("POST", "/aanbieder-registraties"));
        assertFalse(AuthenticationFilter.isPublic("GET", "aanbieder-registraties"));
        assertFalse(AuthenticationFilter.isPublic("GET", "aanbieder-registraties/3"));
        assertFalse(AuthenticationFilter.isPublic("PUT", "aanbieder-registraties"));
        assertFalse(AuthenticationFilter.isPublic("DELETE", "aanbieder-registraties"));
        assertFalse(AuthenticationFilter.isPublic("POST", "aanbieder-registraties/3/goedkeuring"));
        assertFalse(AuthenticationFilter.isPublic("POST", "aanbieder-registraties/../aanbieders"));
        assertFalse(AuthenticationFilter.isPublic("POST", "aanbieder-registratiesx"));
        assertFalse(AuthenticationFilter.isPublic("POST", "open-house-procedures/1/aanmeldingen"));
        assertFalse(AuthenticationFilter.isPublic("POST", "open-house-procedures/1/publiceer"));
    }
}
