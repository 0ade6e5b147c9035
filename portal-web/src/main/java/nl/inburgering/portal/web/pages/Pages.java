package nl.inburgering.portal.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/** Answers a page request with an error page instead of the page. */
public final class Pages {

    private Pages() {
    }

    /**
     * 404: the resource does not exist or is not the user's to see. Both answer the same (DESIGN.md:
     * another tenant's resource is 404, never 403).
     */
    public static void notFound() {
        sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** 403: the user's role may not use this page at all, whatever it would show. */
    public static void forbidden() {
        sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** Lets the container render the error page of web.xml; the page itself is not rendered. */
    private static void sendError(int status) {
        Faces.responseSendError(status, null);
    }
}
