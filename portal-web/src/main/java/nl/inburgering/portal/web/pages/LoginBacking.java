package nl.inburgering.portal.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import java.io.IOException;
import nl.inburgering.portal.web.security.CurrentUser;
import org.omnifaces.util.Faces;

/**
 * Login and logout ({@code /login.xhtml}). The credential is checked by the portal's authentication
 * mechanism; this bean only hands it over and answers the outcome. A failed login never says whether
 * the username exists.
 */
@Named
@RequestScoped
public class LoginBacking {

    static final String DASHBOARD = "/app/dashboard.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    CurrentUser currentUser;

    private String gebruikersnaam;
    private String wachtwoord;

    /** A logged-in user who opens the login page goes straight to the dashboard. */
    public String redirectIfLoggedIn() {
        return currentUser.isLoggedIn() ? DASHBOARD + "?faces-redirect=true" : null;
    }

    public String login() {
        AuthenticationStatus status = securityContext.authenticate(Faces.getRequest(), Faces.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(gebruikersnaam, new Password(wachtwoord)))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS:
                return DASHBOARD + "?faces-redirect=true";
            case SEND_CONTINUE:
                // the mechanism has written the response itself (a redirect)
                Faces.responseComplete();
                return null;
            default:
                PageMessages.error("login.mislukt");
                return null;
        }
    }

    /** Ends the session everywhere and returns to the login page, which says so. */
    public void logout() throws ServletException, IOException {
        Faces.logout();
        Faces.invalidateSession();
        Faces.redirect("login.xhtml?uitgelogd=true");
    }

    public String getGebruikersnaam() {
        return gebruikersnaam;
    }

    public void setGebruikersnaam(String gebruikersnaam) {
        this.gebruikersnaam = gebruikersnaam;
    }

    public String getWachtwoord() {
        return wachtwoord;
    }

    public void setWachtwoord(String wachtwoord) {
        this.wachtwoord = wachtwoord;
    }
}
