package nl.inburgering.portal.web.security;

/** The request has no authenticated caller (401). */
public class NotAuthenticatedException extends RuntimeException {

    public NotAuthenticatedException() {
        super("Niet ingelogd");
    }
}
