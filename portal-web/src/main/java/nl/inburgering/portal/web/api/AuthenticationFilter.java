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
 * before the request gets here; a logged-in browser session does not count), except reading the OpenAPI document,
 * reading what the region publishes, and a provider's self-registration.
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

    /**
     * Whether a request needs no token: reading the OpenAPI document, and reading what the region
     * publishes for everyone (published Open House procedures and tender notices). Those resources
     * themselves show an anonymous caller only what is published.
     */
    static boolean isPublic(String method, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (HttpMethod.POST.equals(method)) {
            return p.equals(PUBLIC_CREATE);
        }
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method) || p.contains("..")) {
            return false;
        }
        return p.equals(OPENAPI_PATH) || PUBLIC_READ.stream().anyMatch(prefix -> p.equals(prefix)
                || p.startsWith(prefix + "/") && !p.contains("/aanmeldingen") && !p.contains("/inschrijvingen"));
    }

    /**
     * The one collection anyone may POST to without a token: a provider's self-registration (issue 3),
     * whose account works only after a contract manager approves it. Only the collection itself, not
     * its operations ({@code /aanbieder-registraties/{id}/goedkeuring} needs a token).
     */
    static final String PUBLIC_CREATE = "aanbieder-registraties";

    /** Collections whose published items anyone may read (DESIGN.md: public without login). */
    static final java.util.Set<String> PUBLIC_READ = java.util.Set.of("open-house-procedures", "aanbestedingen");
}
