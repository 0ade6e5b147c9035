package nl.inburgering.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.omnifaces.util.Servlets;

/**
 * The one authentication mechanism of the portal, for pages and API alike.
 * <ul>
 * <li>{@code Authorization: Bearer <token>}: an API token; no session is created.</li>
 * <li>A login form calls {@code SecurityContext.authenticate} with a username and password; on success
 * the session id is renewed (against session fixation) and the user is kept in the session.</li>
 * <li>A request in a logged-in session: the user is re-established from the session; whether the
 * account is still active is checked again at most once a minute.</li>
 * <li>A protected page without login redirects to the login page. API calls without a valid caller
 * are answered 401 by the API's own filter.</li>
 * </ul>
 * The authenticated user is put on the request for {@link CurrentUser}.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "portal.user";
    static final String SESSION_CHECKED = "portal.user.checked";
    public static final String REQUEST_USER = "portal.authenticatedUser";
    private static final Duration RECHECK = Duration.ofMinutes(1);

    @Inject
    UserAccountService accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<AuthenticatedUser> user = accounts.authenticateToken(authorization.substring(7).trim());
            return user.map(u -> login(request, context, u)).orElseGet(context::doNothing);
        }

        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential upc) {
            Optional<AuthenticatedUser> user = accounts.authenticatePassword(upc.getCaller(), upc.getPasswordAsString());
            if (user.isEmpty()) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            HttpSession old = request.getSession(false);
            if (old != null) {
                request.changeSessionId();
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(SESSION_USER, user.get());
            session.setAttribute(SESSION_CHECKED, Instant.now());
            return login(request, context, user.get());
        }

        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_USER) instanceof AuthenticatedUser user) {
            if (stillActive(session, user)) {
                return login(request, context, user);
            }
            session.invalidate();
        }

        if (context.isProtected()) {
            String login = request.getContextPath() + "/login.xhtml";
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an ajax request after the session ended: JSF's script follows only a partial-response redirect
                Servlets.facesRedirect(request, response, login);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    private boolean stillActive(HttpSession session, AuthenticatedUser user) {
        Instant checked = (Instant) session.getAttribute(SESSION_CHECKED);
        if (checked != null && checked.isAfter(Instant.now().minus(RECHECK))) {
            return true;
        }
        boolean active = accounts.isActive(user.gebruikerId());
        session.setAttribute(SESSION_CHECKED, Instant.now());
        return active;
    }

    private static AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context,
            AuthenticatedUser user) {
        request.setAttribute(REQUEST_USER, user);
        return context.notifyContainerAboutLogin(user.actor().username(), Set.of(user.actor().role().name()));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_USER);
        }
        request.removeAttribute(REQUEST_USER);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
