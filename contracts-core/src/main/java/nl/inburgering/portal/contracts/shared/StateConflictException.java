package nl.inburgering.portal.contracts.shared;

/** A request that conflicts with the current state (illegal transition, duplicate): 409. */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
