package nl.inburgering.portal.web.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every portal session ends after {@code portal.session.timeout-minutes} of inactivity (default 30):
 * a workstation left alone at the gemeente does not stay logged in.
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    private final int seconds = 60 * ConfigProvider.getConfig()
            .getOptionalValue("portal.session.timeout-minutes", Integer.class).orElse(30);

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
