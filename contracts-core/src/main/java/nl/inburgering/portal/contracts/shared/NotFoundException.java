package nl.inburgering.portal.contracts.shared;

/**
 * The resource does not exist, or exists but is not the actor's to see: both answer the same
 * (DESIGN.md: another tenant's resource is 404, never 403).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " niet gevonden");
    }
}
