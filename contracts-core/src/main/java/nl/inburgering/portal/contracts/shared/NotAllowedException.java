package nl.inburgering.portal.contracts.shared;

/** The actor's role may not perform this action at all (403); tenancy misses are 404 instead. */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException(String message) {
        super(message);
    }
}
