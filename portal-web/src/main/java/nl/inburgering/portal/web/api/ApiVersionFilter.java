package nl.inburgering.portal.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds the full version of the API to every answer, errors included (API Design Rules,
 * /core/version-header). The major version is in the path ({@code /api/v1}); raise this with every
 * change of the OpenAPI document, whose {@code info.version} must be the same.
 */
@Provider
public class ApiVersionFilter implements ContainerResponseFilter {

    public static final String HEADER = "API-Version";
    public static final String VERSION = "1.0.0";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, VERSION);
    }
}
