package nl.inburgering.portal.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3 description of this API, public (API Design Rules, /core/publish-openapi). It is
 * written by hand in {@code openapi/openapi.json}; {@code OpenApiDocumentTest} keeps its paths and
 * methods equal to the resources', and {@code .ci/lint-openapi.sh} checks it against the rules.
 */
@Path(AuthenticationFilter.OPENAPI_PATH)
public class OpenApiResource {

    static final String DOCUMENT = "/openapi/openapi.json";

    private static final byte[] CONTENT = load();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(CONTENT).cacheControl(cache).build();
    }

    private static byte[] load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
