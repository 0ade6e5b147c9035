package nl.inburgering.portal.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import nl.inburgering.portal.web.security.AuthenticatedUser;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Every API request needs an API token (established by the portal's authentication mechanism
 * before the request gets here; a logged-in browser session does not count), except reading the OpenAPI document.
 * Runs before matching, so an anonymous caller learns nothing, not even which paths exist.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter {

    /** The one public path, relative to {@code /api/v1}. */
    static final String OPENAPI_PATH = "openapi.json";

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        // only a bearer token counts: a browser session is no API credential, so no page can be used
        // for cross-site requests against the API (CSRF)
        boolean viaToken = currentUser.user().map(AuthenticatedUser::viaToken).orElse(false);
        if (isPublic(request.getMethod(), request.getUriInfo().getPath()) || viaToken) {
            return;
        }
        request.abortWith(ProblemMapper.toResponse(
                Problems.notAuthenticated(request.getUriInfo().getRequestUri().getRawPath())));
    }

    static boolean isPublic(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals(OPENAPI_PATH) && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
    }
}
